package jp.kyodo.platform;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Builds every problem+json response, so that all errors look alike. */
public final class Problems {
  private static final Logger LOG = Logger.getLogger(Problems.class.getName());
  private static final Jsonb JSONB = JsonbBuilder.create();

  private Problems() {}

  public static Problem of(KyodoException e, Locale locale) {
    List<Problem.FieldProblem> fields = null;
    if (e instanceof InvalidInputException invalid) {
      fields =
          invalid.errors().stream()
              .map(
                  f ->
                      new Problem.FieldProblem(
                          f.field(), Messages.format(locale, f.messageKey(), f.args())))
              .toList();
    }
    Problem problem =
        problem(
            e.status(),
            e.code(),
            Messages.format(locale, e.messageKey(), e.args()),
            fields,
            null,
            locale);
    if (e instanceof AcceptanceRequiredException required) {
      return new Problem(
          problem.type(),
          problem.title(),
          problem.status(),
          problem.detail(),
          problem.code(),
          null,
          required.requiredVersions(),
          null);
    }
    return problem;
  }

  public static Problem problem(
      int status,
      String code,
      String detail,
      List<Problem.FieldProblem> fields,
      String errorId,
      Locale locale) {
    return new Problem(
        "urn:kyodo:problem:" + code,
        Messages.get(locale, "problem.title." + status),
        status,
        detail,
        code,
        fields,
        null,
        errorId);
  }

  /**
   * A fault nobody can act on: a 500 whose opaque {@code errorId} is also in the server log, with
   * the cause, so that a report can be matched to it.
   */
  public static Problem internal(Throwable cause, Locale locale) {
    String errorId = UUID.randomUUID().toString();
    LOG.log(Level.SEVERE, "Unexpected error " + errorId, cause);
    return problem(
        500,
        "internal_error",
        Messages.format(locale, "problem.internal", Map.of("errorId", errorId)),
        null,
        errorId,
        locale);
  }

  public static Response response(Problem problem) {
    return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
  }

  public static Response response(KyodoException e, Locale locale) {
    Response.ResponseBuilder builder =
        Response.status(e.status()).type(Problem.MEDIA_TYPE).entity(of(e, locale));
    if (e instanceof TooManyRequestsException limited) {
      builder.header("Retry-After", Math.max(1, limited.retryAfter().toSeconds()));
    }
    if (e instanceof ServiceUnavailableException) {
      builder.header("Retry-After", ServiceUnavailableException.RETRY_AFTER_SECONDS);
    }
    return builder.build();
  }

  public static Response simple(int status, String code, String messageKey, Locale locale) {
    return response(
        problem(status, code, Messages.format(locale, messageKey, Map.of()), null, null, locale));
  }

  /** For code that writes to the servlet response directly (the authentication filter). */
  public static String toJson(Problem problem) {
    return JSONB.toJson(problem);
  }
}
