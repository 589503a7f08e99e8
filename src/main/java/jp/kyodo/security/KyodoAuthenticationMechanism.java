package jp.kyodo.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.CallerPrincipal;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import jp.kyodo.platform.Messages;
import jp.kyodo.platform.Problem;
import jp.kyodo.platform.Problems;

/**
 * One mechanism for both doors: the REST API authenticates by bearer token only (so no browser
 * cookie can be replayed against it), the pages by the session started at sign-in. The account is
 * reloaded on every authenticated request, so a withdrawal or a revoked role takes effect at once.
 */
@ApplicationScoped
public class KyodoAuthenticationMechanism implements HttpAuthenticationMechanism {
  @Inject ApiTokenService tokens;
  @Inject ActorSource actors;
  @Inject ActorCache cache;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    boolean api = path.startsWith("/api/");
    if (isStaticResource(path)) {
      return context.doNothing();
    }
    Optional<Actor> actor = Optional.empty();
    String authorization = request.getHeader("Authorization");
    if (api && authorization != null) {
      if (!authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
        return unauthorized(request, response, context, "problem.invalidToken");
      }
      actor = bearer(authorization.substring(7).trim());
      if (actor.isEmpty()) {
        return unauthorized(request, response, context, "problem.invalidToken");
      }
    } else if (!api) {
      HttpSession session = request.getSession(false);
      Long participantId = WebSessions.participantOf(session);
      if (participantId != null) {
        actor = actors.activeActor(participantId);
        if (actor.isEmpty()) {
          session.invalidate();
        }
      }
    }
    if (actor.isPresent()) {
      request.setAttribute(Actor.REQUEST_ATTRIBUTE, actor.get());
      return context.notifyContainerAboutLogin(
          new CallerPrincipal(String.valueOf(actor.get().id())), groups(actor.get()));
    }
    if (context.isProtected()) {
      if (api) {
        return unauthorized(request, response, context, "problem.authenticationRequired");
      }
      return context.redirect(request.getContextPath() + "/login.xhtml?next=" + next(request));
    }
    return context.doNothing();
  }

  private Optional<Actor> bearer(String token) {
    if (token.isEmpty() || token.length() > 200) {
      return Optional.empty();
    }
    String hash = SecureTokens.sha256(token);
    Optional<Actor> cached = cache.get(hash);
    if (cached.isPresent()) {
      return cached;
    }
    Optional<Actor> actor = tokens.authenticate(token).flatMap(actors::activeActor);
    actor.ifPresent(a -> cache.put(hash, a));
    return actor;
  }

  private static boolean isStaticResource(String path) {
    return path.startsWith("/jakarta.faces.resource/") || path.startsWith("/resources/");
  }

  private static Set<String> groups(Actor actor) {
    Set<String> groups = new HashSet<>();
    groups.add(Role.PARTICIPANT_GROUP);
    actor.roles().forEach(r -> groups.add(r.code()));
    return groups;
  }

  private static String next(HttpServletRequest request) {
    String target = request.getRequestURI().substring(request.getContextPath().length());
    if (request.getQueryString() != null) {
      target += "?" + request.getQueryString();
    }
    return URLEncoder.encode(target, StandardCharsets.UTF_8);
  }

  private static AuthenticationStatus unauthorized(
      HttpServletRequest request,
      HttpServletResponse response,
      HttpMessageContext context,
      String messageKey) {
    Locale locale =
        request.getHeader("Accept-Language") == null
            ? Messages.JAPANESE
            : Messages.firstSupported(Collections.list(request.getLocales()));
    Problem problem =
        Problems.problem(
            401, "authentication_required", Messages.get(locale, messageKey), null, null, locale);
    try {
      response.setStatus(401);
      response.setHeader("WWW-Authenticate", "Bearer realm=\"kyodo\"");
      // JSON is UTF-8 by definition; no charset parameter, like every other problem response
      response.setHeader("Content-Type", Problem.MEDIA_TYPE);
      response.getOutputStream().write(Problems.toJson(problem).getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return AuthenticationStatus.SEND_FAILURE;
  }
}
