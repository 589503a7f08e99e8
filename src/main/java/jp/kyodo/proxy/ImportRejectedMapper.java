package jp.kyodo.proxy;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import java.util.Map;
import jp.kyodo.platform.ApiLocale;
import jp.kyodo.platform.Messages;
import jp.kyodo.platform.Problem;
import jp.kyodo.platform.Problems;

/**
 * The 422 of a refused import as problem+json: {@code errors} has one entry per problem, its {@code
 * field} {@code rows[<row>].<field>} (e.g. {@code rows[3].receivedOn}), its message naming the row
 * and the column as the file heads it.
 */
@Provider
public class ImportRejectedMapper implements ExceptionMapper<ImportRejectedException> {
  @Context HttpHeaders headers;

  @Override
  public Response toResponse(ImportRejectedException e) {
    Locale locale = ApiLocale.of(headers);
    Problem problem =
        Problems.problem(
            e.status(),
            e.code(),
            Messages.format(locale, e.messageKey(), e.args()),
            e.errors().stream()
                .map(
                    r ->
                        new Problem.FieldProblem(
                            "rows[" + r.row() + "]." + r.field(),
                            Messages.format(
                                locale,
                                "proxyImport.rowError",
                                Map.of(
                                    "row", r.row(), "column", r.column(), "message", r.message()))))
                .toList(),
            null,
            locale);
    return Problems.response(problem);
  }
}
