package jp.kyodo.security;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import jp.kyodo.platform.web.Requests;

/**
 * The browser-facing security headers on every response — pages, the API (its problem responses
 * too, also those the authentication filter and the cached-thread fast lane write), static
 * resources and error pages. Mapped first in web.xml, for requests and error dispatches; what each
 * header does is in docs/security.md.
 *
 * <p>Pages get their Content-Security-Policy from PrimeFaces (context parameter {@code
 * primefaces.CSP_POLICY}, to which it adds the page's script nonce); until a page sets it, and on
 * anything that is not a page, a default applies: the page policy without a nonce for Faces
 * requests, a policy that allows nothing for the rest.
 */
public class SecurityHeadersFilter extends HttpFilter {
  /** For responses that are not pages (JSON, CSV, scripts, style sheets): nothing may run. */
  static final String NON_PAGE_POLICY =
      "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

  /** What pages may use when PrimeFaces has not said otherwise (web.xml sets the real one). */
  static final String FALLBACK_PAGE_POLICY =
      "default-src 'self'; base-uri 'self'; object-src 'none'; frame-ancestors 'none';"
          + " form-action 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline';"
          + " script-src 'self'";

  static final String PERMISSIONS_POLICY =
      "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(),"
          + " payment=(), usb=()";

  /** Pages that hold someone's account in progress: sign-in, registration, reset, confirmation. */
  private static final Set<String> ACCOUNT_PAGES =
      Set.of("/login.xhtml", "/register.xhtml", "/password-reset.xhtml", "/confirm.xhtml");

  @Inject ForumPolicy policy;
  @Inject TransportSecurity transport;

  private String pagePolicy;

  @Override
  public void init() throws ServletException {
    String configured = getServletContext().getInitParameter("primefaces.CSP_POLICY");
    pagePolicy =
        configured == null || configured.isBlank() ? FALLBACK_PAGE_POLICY : configured.strip();
  }

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String path = Requests.path(request);
    boolean https = transport.isHttps(request);
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("X-Content-Type-Options", "nosniff");
    headers.put("Referrer-Policy", "same-origin");
    headers.put("X-Frame-Options", "DENY");
    headers.put("Permissions-Policy", PERMISSIONS_POLICY);
    headers.put("Cross-Origin-Opener-Policy", "same-origin");
    headers.put(SecureResponse.CSP, path.endsWith(".xhtml") ? pagePolicy : NON_PAGE_POLICY);
    if (https) {
      transport.hsts().ifPresent(v -> headers.put("Strict-Transport-Security", v));
    }
    if (isPersonal(request, path)) {
      headers.put(SecureResponse.CACHE_CONTROL, "no-store");
    }
    boolean proxied = https && !request.isSecure();
    SecureResponse secured =
        new SecureResponse(response, headers, https, proxied ? httpsOrigin(request) : null);
    SecureResponse previous = SessionCookies.track(secured);
    try {
      chain.doFilter(proxied ? new Https(request) : request, secured);
    } finally {
      secured.fixCookies();
      SessionCookies.untrack(previous);
    }
  }

  /**
   * Never stored by browsers or caches: pages behind a sign-in and the account pages, their
   * downloads, whatever is asked with credentials — a bearer token (every API export needs one) or
   * a session — since the answer then depends on who asks, and the answers to writes (a new token,
   * a form shown again with what was typed). Anonymous public reads stay cacheable.
   */
  private boolean isPersonal(HttpServletRequest request, String path) {
    String method = request.getMethod();
    return !("GET".equals(method) || "HEAD".equals(method))
        || policy.isPersonalPage(path)
        || ACCOUNT_PAGES.contains(path)
        || request.getHeader("Authorization") != null
        || request.getRequestedSessionId() != null;
  }

  /** "https://host[:port]" from the Host header the proxy passed on; null if it is not a host. */
  private static String httpsOrigin(HttpServletRequest request) {
    String host = request.getHeader("Host");
    return host != null && HOST.matcher(host).matches() ? "https://" + host : null;
  }

  private static final Pattern HOST = Pattern.compile("[A-Za-z0-9.-]{1,253}(:[0-9]{1,5})?");

  /** The request as the client sent it, behind a trusted proxy that ended TLS. */
  private static final class Https extends HttpServletRequestWrapper {
    Https(HttpServletRequest request) {
      super(request);
    }

    @Override
    public boolean isSecure() {
      return true;
    }

    @Override
    public String getScheme() {
      return "https";
    }
  }
}
