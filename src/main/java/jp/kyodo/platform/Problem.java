package jp.kyodo.platform;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;

/**
 * An RFC 9457 problem document. {@code code} is a stable machine-readable reason, {@code errors}
 * names offending fields, {@code errorId} ties a 500 to the server log.
 */
@JsonbPropertyOrder({"type", "title", "status", "detail", "code", "errors", "errorId"})
public record Problem(
    String type,
    String title,
    int status,
    String detail,
    String code,
    List<FieldProblem> errors,
    String errorId) {

  public static final String MEDIA_TYPE = "application/problem+json";

  public record FieldProblem(String field, String message) {}
}
