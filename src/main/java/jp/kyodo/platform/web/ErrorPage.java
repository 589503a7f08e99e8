package jp.kyodo.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import jp.kyodo.platform.InvalidInputException;
import jp.kyodo.platform.KyodoException;
import jp.kyodo.platform.Messages;

/**
 * error.xhtml: the title for the status, and what went wrong when the request was refused for a
 * reason a person can act on (a parameter with a forbidden character, a missing choice). Whoever
 * refuses the request calls {@link #explain} before sending the error status.
 */
@Named
@RequestScoped
public class ErrorPage {
  private static final String REFUSAL = "kyodo.error.refusal";

  @Inject HttpServletRequest request;
  @Inject Language language;

  /** Keeps the refusal for the error page that the container renders next. */
  public static void explain(HttpServletRequest request, KyodoException refusal) {
    request.setAttribute(REFUSAL, refusal);
  }

  public int getStatus() {
    Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    return status instanceof Integer code ? code : 500;
  }

  public String getTitle() {
    int status = getStatus();
    String key =
        switch (status) {
          case 400, 403, 404, 409, 413, 422, 429 -> "problem.title." + status;
          default -> "problem.title.500";
        };
    return Messages.get(language.getLocale(), key);
  }

  /** What was refused and why, or null when there is nothing more to say than the title. */
  public String getMessage() {
    if (!(request.getAttribute(REFUSAL) instanceof KyodoException refusal)) {
      return null;
    }
    Locale locale = language.getLocale();
    if (refusal instanceof InvalidInputException invalid && !invalid.errors().isEmpty()) {
      InvalidInputException.FieldError first = invalid.errors().get(0);
      return Messages.format(
          locale,
          "page.error.field",
          java.util.Map.of(
              "field",
              first.field().substring(first.field().lastIndexOf(':') + 1),
              "message",
              Messages.format(locale, first.messageKey(), first.args())));
    }
    return Messages.format(locale, refusal.messageKey(), refusal.args());
  }
}
