package jp.kyodo.security;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import jp.kyodo.platform.Messages;
import jp.kyodo.platform.Problem;
import jp.kyodo.platform.Problems;
import jp.kyodo.platform.web.Requests;

/**
 * Who is asking, on every request, and the page areas that need a role. The REST API authenticates
 * by bearer token only (so no browser cookie can be replayed against it), the pages by the session
 * started at sign-in. The actor comes from {@link ActorCache} or is loaded again, so a withdrawal
 * or a revoked role takes effect at once on this node and within the cache's lifetime on others.
 *
 * <p>A servlet filter (mapped first in web.xml) rather than a Jakarta Security authentication
 * mechanism: Payara's JASPIC bridge looked the mechanism up through a JNDI BeanManager lookup under
 * a global lock on every request, the largest cost in the benchmark (bench/README.md, "Where the
 * time goes"). Nothing else in Kyodo uses container security; every rule is in {@link ForumPolicy}.
 */
public class AuthenticationFilter extends HttpFilter {
  private static final String BEARER = "Bearer ";

  @Inject ApiTokenService tokens;
  @Inject ActorSource actors;
  @Inject ActorCache cache;
  @Inject ForumPolicy policy;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String path = Requests.path(request);
    if (Requests.isStaticResource(path)) {
      chain.doFilter(request, response);
      return;
    }
    boolean api = Requests.isApi(path);
    Optional<Actor> actor;
    if (api) {
      String authorization = request.getHeader("Authorization");
      actor = authorization == null ? Optional.empty() : bearer(authorization);
      if (authorization != null && actor.isEmpty()) {
        unauthorized(request, response);
        return;
      }
    } else {
      actor = sessionActor(request);
    }
    actor.ifPresent(a -> request.setAttribute(Actor.REQUEST_ATTRIBUTE, a));
    if (!api && !policy.canOpenPage(actor.orElse(Actor.ANONYMOUS), path)) {
      if (actor.isEmpty()) {
        response.sendRedirect(request.getContextPath() + "/login.xhtml?next=" + next(request));
      } else {
        response.sendError(HttpServletResponse.SC_FORBIDDEN);
      }
      return;
    }
    chain.doFilter(request, response);
  }

  private Optional<Actor> bearer(String authorization) {
    if (!authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
      return Optional.empty();
    }
    String token = authorization.substring(BEARER.length()).trim();
    if (token.isEmpty() || token.length() > 200) {
      return Optional.empty();
    }
    String hash = SecureTokens.sha256(token);
    String key = "token:" + hash;
    Optional<Actor> cached = cache.get(key);
    if (cached.isPresent()) {
      return cached;
    }
    Optional<Actor> actor = tokens.actorOf(hash);
    actor.ifPresent(a -> cache.put(key, a));
    return actor;
  }

  /** The signed-in participant of the page session; a session of a closed account is ended. */
  private Optional<Actor> sessionActor(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    Long participantId = WebSessions.participantOf(session);
    if (participantId == null) {
      return Optional.empty();
    }
    String key = "session:" + participantId;
    Optional<Actor> cached = cache.get(key);
    if (cached.isPresent()) {
      return cached;
    }
    Optional<Actor> actor = actors.activeActor(participantId);
    if (actor.isEmpty()) {
      session.invalidate();
    } else {
      cache.put(key, actor.get());
    }
    return actor;
  }

  private static String next(HttpServletRequest request) {
    String target = request.getRequestURI().substring(request.getContextPath().length());
    if (request.getQueryString() != null) {
      target += "?" + request.getQueryString();
    }
    return URLEncoder.encode(target, StandardCharsets.UTF_8);
  }

  private static void unauthorized(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Locale locale = Requests.language(request);
    Problem problem =
        Problems.problem(
            401,
            "authentication_required",
            Messages.get(locale, "problem.invalidToken"),
            null,
            null,
            locale);
    response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
    response.setHeader("WWW-Authenticate", "Bearer realm=\"kyodo\"");
    // JSON is UTF-8 by definition; no charset parameter, like every other problem response
    response.setHeader("Content-Type", Problem.MEDIA_TYPE);
    response.getOutputStream().write(Problems.toJson(problem).getBytes(StandardCharsets.UTF_8));
  }
}
