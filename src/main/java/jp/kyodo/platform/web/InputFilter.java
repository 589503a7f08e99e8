package jp.kyodo.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import jp.kyodo.platform.InvalidInputException;
import jp.kyodo.platform.InvalidInputException.FieldError;
import jp.kyodo.platform.Problem;
import jp.kyodo.platform.Problems;
import jp.kyodo.platform.RequestParameters;

/**
 * Checks every request's parameters once, before anything reads them ({@link RequestParameters}):
 * the query string of API and page requests alike, and the fields of a page's form post. The API
 * answers a 400 problem naming the parameter; a page answers 400 with the error page, which says
 * what was wrong. Mapped first in web.xml.
 */
public class InputFilter extends HttpFilter {
  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String path = Requests.path(request);
    boolean api = Requests.isApi(path);
    List<FieldError> errors =
        new ArrayList<>(RequestParameters.checkQuery(request.getQueryString()));
    if (errors.isEmpty() && !api && isFormPost(request)) {
      errors.addAll(RequestParameters.checkForm(request.getParameterMap()));
    }
    if (errors.isEmpty()) {
      chain.doFilter(request, response);
    } else if (api) {
      problem(request, response, errors);
    } else {
      ErrorPage.explain(request, new InvalidInputException(errors));
      response.sendError(HttpServletResponse.SC_BAD_REQUEST);
    }
  }

  private static boolean isFormPost(HttpServletRequest request) {
    String type = request.getContentType();
    return "POST".equals(request.getMethod())
        && type != null
        && type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded");
  }

  private static void problem(
      HttpServletRequest request, HttpServletResponse response, List<FieldError> errors)
      throws IOException {
    Locale locale = Requests.language(request);
    Problem problem = Problems.of(new InvalidInputException(errors), locale);
    response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
    response.setHeader("Content-Type", Problem.MEDIA_TYPE);
    response.getOutputStream().write(Problems.toJson(problem).getBytes(StandardCharsets.UTF_8));
  }
}
