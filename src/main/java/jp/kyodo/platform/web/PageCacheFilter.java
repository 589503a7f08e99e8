package jp.kyodo.platform.web;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import jp.kyodo.platform.MicroCache;

/**
 * Answers anonymous readers of the pages that say they may be cached ({@link CachedPage}) from
 * {@link RenderedPages}, and keeps what the pages render for them. Rendering a thread page cost
 * about 4 ms of CPU, nearly all of it in Faces (bench/README.md); a kept page is written as bytes
 * with a new script nonce. What a page renders for a signed-in reader, a session, a chosen language
 * (the choice sets a cookie) or a flash message is never kept nor answered from here.
 *
 * <p>Mapped in web.xml after authentication, for every path: the home page is also asked for as
 * {@code /}, which the container forwards to {@code /index.xhtml} after the filters of the request.
 */
public class PageCacheFilter extends HttpFilter {
  /** Mojarra's flash cookie: a message for the next page, which must be rendered for it. */
  private static final String FLASH_COOKIE = "csfcfc";

  @Inject RenderedPages cache;
  @Inject Instance<CachedPage> declared;

  private final Map<String, CachedPage> pages = new HashMap<>();

  @Override
  public void init() throws ServletException {
    for (CachedPage page : declared) {
      page.paths().forEach(path -> pages.put(path, page));
    }
  }

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String path = Requests.path(request);
    CachedPage page = pages.get(path);
    OptionalLong topic =
        page == null || !anonymous(request) ? OptionalLong.empty() : page.topic(request);
    if (topic.isEmpty()) {
      chain.doFilter(request, response);
      return;
    }
    RenderedPages.Key key =
        new RenderedPages.Key(
            topic.getAsLong(),
            path,
            request.getQueryString(),
            page.language(request).toLanguageTag());
    Optional<RenderedPage> kept = cache.serveOrClaim(key);
    if (kept.isPresent()) {
      kept.get().writeTo(response);
      return;
    }
    long readAt = MicroCache.start();
    CapturingResponse capture = new CapturingResponse(response);
    boolean stored = false;
    try {
      chain.doFilter(request, capture);
      Optional<RenderedPage> rendered = capture.rendered(request.getSession(false) == null);
      if (rendered.isPresent()) {
        cache.put(key, rendered.get(), readAt);
        stored = true;
      }
    } finally {
      if (!stored) {
        cache.abandon(key);
      }
    }
  }

  /**
   * A plain read by someone not signed in: no credentials, no session, no language being chosen, no
   * flash message waiting.
   */
  private static boolean anonymous(HttpServletRequest request) {
    if (!"GET".equals(request.getMethod())
        || request.getHeader("Authorization") != null
        || request.getRequestedSessionId() != null
        || request.getParameter("lang") != null) {
      return false;
    }
    Cookie[] cookies = request.getCookies();
    if (cookies != null) {
      for (Cookie c : cookies) {
        if (FLASH_COOKIE.equals(c.getName())) {
          return false;
        }
      }
    }
    return true;
  }
}
