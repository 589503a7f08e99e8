package jp.kyodo.security;

import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionIdListener;
import jakarta.servlet.http.HttpSessionListener;
import java.util.Locale;

/**
 * The flags every cookie Kyodo sets carries: {@code Secure} when the request came over https (by
 * the container's own listener or a trusted proxy's header), and for the session cookie also {@code
 * HttpOnly} and {@code SameSite=Lax}.
 *
 * <p>Payara writes the session cookie itself, from its own request, when a session starts or
 * changes id, so it cannot know about a proxy's https. This listener tells the response of the
 * request in progress ({@link SecureResponse}), which puts the flags on before anything is sent.
 * {@code SameSite} and {@code HttpOnly} also come from {@code WEB-INF/payara-web.xml}: Payara
 * ignores the {@code cookie-config} attributes of web.xml.
 */
@WebListener
public class SessionCookies implements HttpSessionListener, HttpSessionIdListener {
  private static final ThreadLocal<SecureResponse> CURRENT = new ThreadLocal<>();

  static SecureResponse track(SecureResponse response) {
    SecureResponse previous = CURRENT.get();
    CURRENT.set(response);
    return previous;
  }

  static void untrack(SecureResponse previous) {
    if (previous == null) {
      CURRENT.remove();
    } else {
      CURRENT.set(previous);
    }
  }

  @Override
  public void sessionCreated(HttpSessionEvent event) {
    changed();
  }

  @Override
  public void sessionIdChanged(HttpSessionEvent event, String oldSessionId) {
    changed();
  }

  private static void changed() {
    SecureResponse response = CURRENT.get();
    if (response != null) {
      response.sessionCookieChanged();
    }
  }

  /** A Set-Cookie value with the flags it lacks added; the same string when it has them. */
  static String withFlags(String setCookie, boolean https) {
    boolean session = setCookie.startsWith("JSESSIONID=");
    boolean secure = false;
    boolean httpOnly = false;
    boolean sameSite = false;
    for (String attribute : setCookie.split(";")) {
      String a = attribute.strip().toLowerCase(Locale.ROOT);
      secure |= a.equals("secure");
      httpOnly |= a.equals("httponly");
      sameSite |= a.startsWith("samesite=");
    }
    StringBuilder fixed = new StringBuilder(setCookie);
    if (https && !secure) {
      fixed.append("; Secure");
    }
    if (session && !httpOnly) {
      fixed.append("; HttpOnly");
    }
    if (session && !sameSite) {
      fixed.append("; SameSite=Lax");
    }
    return fixed.length() == setCookie.length() ? setCookie : fixed.toString();
  }
}
