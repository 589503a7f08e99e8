package jp.kyodo.security;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Set;
import jp.kyodo.platform.PublicUrl;

/**
 * Refuses (403) a state-changing request a browser sent from another site's page: cross-site
 * request forgery. The reading pages' forms are stateless (their view is not kept in the session,
 * so that a page can be rendered once for many readers: docs/decisions.md), so Faces' view state is
 * no longer what ties a form post to this site; this filter is, with the session cookie's {@code
 * SameSite=Lax} (a browser does not send it with another site's form post).
 *
 * <p>OWASP's "verifying origin with standard headers": a browser names the page a request comes
 * from in {@code Origin} (every form post, in current browsers) and says in {@code Sec-Fetch-Site}
 * whether it is another site. A request with neither comes from a program, not from a page, and
 * carries no one's cookies but its own; a bearer token cannot be forged by a page either. The
 * origin accepted is the one the request was sent to ({@code Host}, or the proxy's {@code
 * X-Forwarded-Host}) or the configured public address ({@code kyodo.public-url}).
 */
public class SameOriginFilter extends HttpFilter {
  private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

  @Inject PublicUrl publicUrl;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (SAFE.contains(request.getMethod())
        || request.getHeader("Authorization") != null
        || sameOrigin(request)) {
      chain.doFilter(request, response);
    } else {
      response.sendError(HttpServletResponse.SC_FORBIDDEN);
    }
  }

  private boolean sameOrigin(HttpServletRequest request) {
    if ("cross-site".equals(request.getHeader("Sec-Fetch-Site"))) {
      return false;
    }
    String origin = request.getHeader("Origin");
    if (origin == null) {
      return true; // not a page's request (see above)
    }
    String authority = authority(origin);
    return authority != null
        && (authority.equals(lower(request.getHeader("Host")))
            || authority.equals(lower(request.getHeader("X-Forwarded-Host")))
            || authority.equals(authority(publicUrl.of(""))));
  }

  /** host[:port] of an origin or address, lower case; null when it is none ("null" included). */
  private static String authority(String address) {
    try {
      URI uri = URI.create(address.strip());
      return uri.getRawAuthority() == null ? null : lower(uri.getRawAuthority());
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static String lower(String s) {
    return s == null ? null : s.strip().toLowerCase(Locale.ROOT);
  }
}
