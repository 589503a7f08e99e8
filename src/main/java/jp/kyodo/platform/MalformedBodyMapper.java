package jp.kyodo.platform;

import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A request body that is not valid JSON or does not fit the expected shape (a string where a number
 * belongs, an unknown enum constant): 400, naming the property when JSON-B tells which.
 */
@Provider
public class MalformedBodyMapper implements ExceptionMapper<JsonbException> {
  private static final Pattern PROPERTY = Pattern.compile("property '?([A-Za-z0-9_]+)'?");

  @Context HttpHeaders headers;

  @Override
  public Response toResponse(JsonbException e) {
    return response(e, ApiLocale.of(headers));
  }

  static Response response(Throwable e, Locale locale) {
    List<Problem.FieldProblem> fields = null;
    for (Throwable t = e; t != null; t = t.getCause()) {
      Matcher m = t.getMessage() == null ? null : PROPERTY.matcher(t.getMessage());
      if (m != null && m.find()) {
        fields =
            List.of(new Problem.FieldProblem(m.group(1), Messages.get(locale, "validation.type")));
        break;
      }
    }
    return Problems.response(
        Problems.problem(
            400,
            "malformed_body",
            Messages.get(locale, "problem.malformedBody"),
            fields,
            null,
            locale));
  }
}
