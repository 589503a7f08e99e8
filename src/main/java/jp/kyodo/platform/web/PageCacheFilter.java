package jp.kyodo.platform.web;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Function;
import jp.kyodo.platform.MicroCache;

/**
 * Answers the readers of the pages that say they may be cached ({@link CachedPage}) from {@link
 * RenderedPages}, and keeps what the pages render for them. Rendering a thread page cost about 4 ms
 * of CPU, nearly all of it in Faces (bench/README.md); a kept page is written as bytes.
 *
 * <ul>
 *   <li>Anonymous readers: the page as rendered for the first of them, with a new script nonce.
 *   <li>Signed-in readers of a class ({@link PageReaders}: plain participants): the page as
 *       rendered once for a stand-in of their class, with the places where one reader's page
 *       differs from another's ({@link PersonalMarks}) filled in with this reader's values ({@link
 *       ReaderFacts}): their name, unread count, reactions, their own comments' controls. Only a
 *       copy that has seen every change to its topic so far is used for them: they may just have
 *       made one.
 * </ul>
 *
 * Never used for: a form post, a bearer token, a chosen language (the choice sets a cookie), Faces'
 * flash message, a reader outside the classes (staff, moderators, a suspended participant, a
 * participant with terms to accept), whose pages render as always.
 *
 * <p>Mapped in web.xml after authentication, for every path: the home page is also asked for as
 * {@code /}, which the container forwards to {@code /index.xhtml} after the filters of the request.
 */
public class PageCacheFilter extends HttpFilter {
  /** Mojarra's flash cookie: a message for the next page, which must be rendered for it. */
  private static final String FLASH_COOKIE = "csfcfc";

  /** The session attribute: when its reader last changed something ({@link System#nanoTime}). */
  private static final String WROTE_AT = PageCacheFilter.class.getName() + ".wroteAt";

  private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

  @Inject RenderedPages cache;
  @Inject Instance<CachedPage> declared;
  @Inject PageReaders readers;
  @Inject Instance<ReaderFacts> allFacts;

  private final Map<String, CachedPage> pages = new HashMap<>();
  private final Map<String, ReaderFacts> facts = new HashMap<>();

  @Override
  public void init() throws ServletException {
    for (CachedPage page : declared) {
      page.paths().forEach(path -> pages.put(path, page));
    }
    for (ReaderFacts f : allFacts) {
      f.kinds().forEach(kind -> facts.put(kind, f));
    }
  }

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String path = Requests.path(request);
    CachedPage page = pages.get(path);
    if (!READS.contains(request.getMethod())) {
      write(request, response, chain);
    } else if (page == null || !plainRead(request)) {
      chain.doFilter(request, response);
    } else {
      boolean anonymous = request.getRequestedSessionId() == null;
      Optional<String> base = anonymous ? Optional.of("") : readers.classOf(request);
      Optional<String> readerClass =
          anonymous ? base : base.flatMap(c -> page.readerClass(request, c));
      OptionalLong topic = readerClass.isEmpty() ? OptionalLong.empty() : page.topic(request);
      if (topic.isEmpty()) {
        chain.doFilter(request, response); // rendered for this reader alone, as always
        return;
      }
      RenderedPages.Key key =
          new RenderedPages.Key(
              topic.getAsLong(),
              path,
              request.getQueryString(),
              page.language(request).toLanguageTag(),
              readerClass.get());
      if (anonymous) {
        anonymous(key, request, response, chain);
      } else {
        signedIn(key, base.get(), request, response, chain);
      }
    }
  }

  private void anonymous(
      RenderedPages.Key key,
      HttpServletRequest request,
      HttpServletResponse response,
      FilterChain chain)
      throws IOException, ServletException {
    Optional<RenderedPage> kept = cache.serveOrClaim(key);
    if (kept.isPresent()) {
      kept.get().writeTo(response, Map.of());
      return;
    }
    long readAt = MicroCache.start();
    CapturingResponse capture = CapturingResponse.teeing(response);
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

  private void signedIn(
      RenderedPages.Key key,
      String readerClass,
      HttpServletRequest request,
      HttpServletResponse response,
      FilterChain chain)
      throws IOException, ServletException {
    HttpSession session = request.getSession(false);
    Long wroteAt = session == null ? null : (Long) session.getAttribute(WROTE_AT);
    RenderedPage kept = cache.serveOrClaim(key, wroteAt).orElse(null);
    if (kept == null) {
      long readAt = MicroCache.start();
      CapturingResponse capture = CapturingResponse.buffering(response);
      String secret = PersonalMarks.secret();
      boolean stored = false;
      try {
        request.setAttribute(PersonalMarks.ATTRIBUTE, secret);
        try (PageReaders.StandIn standIn = readers.standIn(request, readerClass)) {
          chain.doFilter(new StandInRequest(request), capture);
        } finally {
          request.removeAttribute(PersonalMarks.ATTRIBUTE);
        }
        if (capture.location() != null) {
          response.sendRedirect(capture.location());
          return;
        }
        if (capture.status() >= 400) {
          response.sendError(capture.status()); // its error page renders for this reader
          return;
        }
        kept = capture.page(secret);
        if (capture.keepable(true)) {
          cache.put(key, kept, readAt);
          stored = true;
        }
        response.setStatus(capture.status());
      } finally {
        if (!stored) {
          cache.abandon(key);
        }
      }
    }
    kept.writeTo(response, valuesFor(kept));
  }

  /**
   * A request that may change something (a form post): the session remembers when, so that the
   * writer is not given a kept page older than their change ({@link MicroCache#serveOrClaim(Object,
   * Long)}): "writing" until it ends, since the browser may follow the answer's redirect first.
   */
  private static void write(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    mark(request.getSession(false), MicroCache.WRITING);
    try {
      chain.doFilter(request, response);
    } finally {
      mark(request.getSession(false), System.nanoTime());
    }
  }

  private static void mark(HttpSession session, long at) {
    if (session != null) {
      try {
        session.setAttribute(WROTE_AT, at);
      } catch (IllegalStateException signedOut) {
        // the session ended with this request: nothing to remember
      }
    }
  }

  /** This request's reader's values of the page's marks, from the features that own them. */
  private Map<String, Function<String, String>> valuesFor(RenderedPage page) {
    if (!page.personal()) {
      return Map.of();
    }
    Map<ReaderFacts, Map<String, Set<String>>> asked = new HashMap<>();
    page.marks()
        .forEach(
            (kind, args) -> {
              ReaderFacts owner = facts.get(kind);
              if (owner == null) {
                throw new IllegalStateException("no ReaderFacts fills marks of kind " + kind);
              }
              asked.computeIfAbsent(owner, o -> new HashMap<>()).put(kind, args);
            });
    Map<String, Function<String, String>> values = new HashMap<>();
    asked.forEach((owner, marks) -> values.putAll(owner.of(marks)));
    return values;
  }

  /** A plain read: no credentials but a session's, no language being chosen, no flash message. */
  private static boolean plainRead(HttpServletRequest request) {
    if (!"GET".equals(request.getMethod())
        || request.getHeader("Authorization") != null
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

  /**
   * The request as the stand-in reader makes it: without the reader's session, so that nothing of
   * theirs can reach the page, and unable to start one.
   */
  private static final class StandInRequest extends HttpServletRequestWrapper {
    StandInRequest(HttpServletRequest request) {
      super(request);
    }

    @Override
    public HttpSession getSession(boolean create) {
      if (create) {
        throw new IllegalStateException("a page kept for a class of readers starts no session");
      }
      return null;
    }

    @Override
    public HttpSession getSession() {
      return getSession(true);
    }

    @Override
    public String getRequestedSessionId() {
      return null;
    }

    @Override
    public boolean isRequestedSessionIdValid() {
      return false;
    }

    @Override
    public String getRemoteUser() {
      return null;
    }

    @Override
    public java.security.Principal getUserPrincipal() {
      return null;
    }

    @Override
    public boolean isUserInRole(String role) {
      return false;
    }
  }
}
