package jp.kyodo.platform;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import jp.kyodo.platform.web.Language;
import jp.kyodo.platform.web.Requests;

/**
 * Mapped first in web.xml, around everything else (the authentication filter loads actors from the
 * database too). While {@link DatabaseAvailability} says the database is down, every request but
 * static resources and /health is answered at once with 503 and Retry-After: the API with
 * problem+json, pages with a short page in the page language. A request that fails because the
 * database cannot serve gets the same answer and marks the database down. Anything else that
 * escapes from an API request becomes a problem+json 500, so that /api/ never answers with an HTML
 * error page.
 */
public class AvailabilityFilter extends HttpFilter {

  @Inject DatabaseAvailability database;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String path = Requests.path(request);
    if (Requests.isStaticResource(path) || path.equals("/health") || path.startsWith("/health/")) {
      // Payara serves /health inside the root application: its readiness check says DOWN itself
      chain.doFilter(request, response);
      return;
    }
    boolean api = Requests.isApi(path);
    if (!database.isAvailable()) {
      unavailable(request, response, api);
      return;
    }
    try {
      chain.doFilter(request, response);
    } catch (IOException | ServletException | RuntimeException e) {
      if (response.isCommitted()) {
        throw e;
      }
      if (database.report(e)) {
        discardBody(response);
        unavailable(request, response, api);
      } else if (api && !(e instanceof IOException)) {
        discardBody(response);
        internalError(request, response, e);
      } else {
        throw e;
      }
    }
  }

  /**
   * Drops what the failed request wrote, keeping the headers (those of the security filters too; a
   * download's disposition is undone).
   */
  private static void discardBody(HttpServletResponse response) {
    response.resetBuffer();
    if (response.containsHeader("Content-Disposition")) {
      response.setHeader("Content-Disposition", "inline");
    }
  }

  /** 503 with Retry-After: problem+json for the API, a page for the rest. */
  static void unavailable(HttpServletRequest request, HttpServletResponse response, boolean api)
      throws IOException {
    response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
    response.setHeader(
        "Retry-After", String.valueOf(ServiceUnavailableException.RETRY_AFTER_SECONDS));
    response.setHeader("Cache-Control", "no-store");
    if (api) {
      Locale locale = Requests.language(request);
      write(response, Problems.of(new ServiceUnavailableException(), locale));
    } else {
      page(request, response);
    }
  }

  private static void internalError(
      HttpServletRequest request, HttpServletResponse response, Throwable e) throws IOException {
    response.setStatus(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
    write(response, Problems.internal(e, Requests.language(request)));
  }

  private static void write(HttpServletResponse response, Problem problem) throws IOException {
    // JSON is UTF-8 by definition; no charset parameter, like every other problem response
    response.setHeader("Content-Type", Problem.MEDIA_TYPE);
    byte[] body = Problems.toJson(problem).getBytes(StandardCharsets.UTF_8);
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }

  /**
   * A page of its own, not a Facelets view: rendering the site's template would reach for the
   * database again (the signed-in participant's navigation).
   */
  private static void page(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Locale locale = Language.of(request);
    String title = escape(Messages.get(locale, "unavailable.title"));
    String html =
        "<!DOCTYPE html>\n<html lang=\""
            + locale.getLanguage()
            + "\">\n<head>\n<meta charset=\"UTF-8\"/>\n"
            + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n"
            + "<title>"
            + title
            + " | "
            + escape(Messages.get(locale, "app.name"))
            + "</title>\n<link rel=\"stylesheet\" href=\""
            + escape(request.getContextPath())
            + "/jakarta.faces.resource/kyodo.css.xhtml?ln=kyodo\"/>\n</head>\n<body>\n"
            + "<main id=\"main\" class=\"content\">\n<h1>"
            + title
            + "</h1>\n<p>"
            + escape(Messages.get(locale, "unavailable.detail"))
            + "</p>\n<p><a href=\""
            + escape(request.getContextPath())
            + "/\">"
            + escape(Messages.get(locale, "unavailable.retry"))
            + "</a></p>\n</main>\n</body>\n</html>\n";
    byte[] body = html.getBytes(StandardCharsets.UTF_8);
    response.setContentType("text/html;charset=UTF-8");
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;")
        .replace("'", "&#39;");
  }
}
