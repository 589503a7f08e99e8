package jp.kyodo.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import jp.kyodo.platform.Messages;
import jp.kyodo.platform.Problem;
import jp.kyodo.platform.Problems;

/**
 * The error pages are for people: when the container itself refuses an API request (a request it
 * cannot parse, such as one with two Content-Type headers) the error dispatch to error.xhtml is
 * answered here with a problem+json of the same status instead. Mapped in web.xml for the ERROR
 * dispatch only.
 */
public class ApiErrorFilter extends HttpFilter {
  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    if (!(uri instanceof String path) || !path.startsWith(request.getContextPath() + "/api/")) {
      chain.doFilter(request, response);
      return;
    }
    int status =
        request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code
            ? code
            : 500;
    String detail = text("problem.http." + status);
    if (detail == null) {
      detail = text("problem.title." + status);
    }
    if (detail == null) {
      detail =
          Messages.get(Messages.JAPANESE, status < 500 ? "problem.http.400" : "problem.title.500");
    }
    Problem problem =
        Problems.problem(status, "http_" + status, detail, null, null, Messages.JAPANESE);
    response.setStatus(status);
    response.setHeader("Content-Type", Problem.MEDIA_TYPE);
    response.getOutputStream().write(Problems.toJson(problem).getBytes(StandardCharsets.UTF_8));
  }

  private static String text(String key) {
    String text = Messages.get(Messages.JAPANESE, key);
    return text.equals(key) ? null : text;
  }
}
