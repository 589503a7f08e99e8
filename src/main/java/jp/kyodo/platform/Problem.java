package jp.kyodo.platform;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import java.util.Map;

/**
 * An RFC 9457 problem document. {@code code} is a stable machine-readable reason, {@code errors}
 * names offending fields, {@code requiredVersions} the policy documents (kind → version) a
 * participant must accept before writing ({@code terms_acceptance_required}), {@code errorId} ties
 * a 500 to the server log.
 */
@JsonbPropertyOrder({
  "type",
  "title",
  "status",
  "detail",
  "code",
  "errors",
  "requiredVersions",
  "errorId"
})
public record Problem(
    String type,
    String title,
    int status,
    String detail,
    String code,
    List<FieldProblem> errors,
    Map<String, String> requiredVersions,
    String errorId) {

  public static final String MEDIA_TYPE = "application/problem+json";

  public record FieldProblem(String field, String message) {}
}
