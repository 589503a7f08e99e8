package jp.kyodo.comment;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.kyodo.platform.KyodoException;
import jp.kyodo.platform.web.Requests;
import jp.kyodo.security.Actor;

/**
 * The fast lane for the most read request there is: an anonymous reader's page of a thread that
 * {@link ThreadPageCache} already holds is written straight from the cache, without the JAX-RS
 * request cycle, which cost more than half of such a request (bench/README.md, "Where the time
 * went"). Everything else — signed-in readers, a page not cached, a malformed parameter, a client
 * that does not accept JSON — goes on to {@link TopicCommentsResource}, which answers and fills the
 * cache.
 */
public class ThreadPageFilter extends HttpFilter {
  private static final Pattern THREAD = Pattern.compile("/api/v1/topics/([0-9]{1,18})/comments");

  @Inject ThreadPageCache cache;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    Optional<byte[]> page = cachedPage(request);
    if (page.isEmpty()) {
      chain.doFilter(request, response);
      return;
    }
    response.setContentType("application/json");
    response.setContentLength(page.get().length);
    response.getOutputStream().write(page.get());
  }

  private Optional<byte[]> cachedPage(HttpServletRequest request) {
    if (!"GET".equals(request.getMethod())
        || request.getAttribute(Actor.REQUEST_ATTRIBUTE) != null
        || !Requests.acceptsJson(request)) {
      return Optional.empty();
    }
    String path = Requests.path(request);
    Matcher m = THREAD.matcher(path);
    if (!m.matches()) {
      return Optional.empty();
    }
    try {
      return cache.servable(
          ThreadPageCache.Key.of(
              Long.parseLong(m.group(1)),
              request.getParameter("sort"),
              request.getParameter("cursor"),
              request.getParameter("limit")));
    } catch (KyodoException malformed) {
      return Optional.empty(); // the resource answers with the problem
    }
  }
}
