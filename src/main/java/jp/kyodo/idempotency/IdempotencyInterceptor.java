package jp.kyodo.idempotency;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Response;
import jp.kyodo.platform.InvalidInputException;
import jp.kyodo.security.Actor;
import jp.kyodo.security.CurrentActor;

/**
 * Runs an {@link Idempotent} operation that carries an {@code Idempotency-Key} through {@link
 * IdempotentCalls}; without the header the operation runs as it always did. Keys belong to the
 * signed-in participant (two participants may use the same key), or to nobody for anonymous
 * registrations, where the fingerprint keeps one caller from reading another's result.
 */
@Idempotent
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class IdempotencyInterceptor {
  public static final String HEADER = "Idempotency-Key";
  private static final int MAX_LENGTH = 255;

  @Inject HttpServletRequest request;
  @Inject CurrentActor currentActor;
  @Inject IdempotentCalls calls;

  @AroundInvoke
  Object around(InvocationContext invocation) throws Exception {
    String key = request.getHeader(HEADER);
    if (key == null) {
      return invocation.proceed();
    }
    requireWellFormed(key);
    Actor actor = currentActor.get();
    String owner = actor.isAuthenticated() ? "p:" + actor.id() : "anonymous";
    String fingerprint = Fingerprint.of(invocation.getMethod(), invocation.getParameters());
    return calls.run(owner, key, fingerprint, () -> (Response) invocation.proceed());
  }

  /** 1 to 255 visible ASCII characters (a UUID is the usual choice). */
  static void requireWellFormed(String key) {
    boolean ok = !key.isEmpty() && key.length() <= MAX_LENGTH;
    for (int i = 0; ok && i < key.length(); i++) {
      char c = key.charAt(i);
      ok = c > 0x20 && c < 0x7F;
    }
    if (!ok) {
      throw InvalidInputException.of(HEADER, "validation.idempotencyKey");
    }
  }
}
