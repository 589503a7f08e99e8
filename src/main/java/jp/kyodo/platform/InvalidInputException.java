package jp.kyodo.platform;

import java.util.List;
import java.util.Map;

/** 400: the input breaks a rule of its own shape; names every offending field. */
public class InvalidInputException extends KyodoException {
  private final List<FieldError> errors;

  public InvalidInputException(List<FieldError> errors) {
    super(400, "invalid_input", "problem.invalidInput", Map.of());
    this.errors = List.copyOf(errors);
  }

  public static InvalidInputException of(String field, String messageKey) {
    return new InvalidInputException(List.of(new FieldError(field, messageKey, Map.of())));
  }

  public static InvalidInputException of(
      String field, String messageKey, Map<String, Object> args) {
    return new InvalidInputException(List.of(new FieldError(field, messageKey, args)));
  }

  public List<FieldError> errors() {
    return errors;
  }

  /** One offending field, with a message key and its named arguments. */
  public record FieldError(String field, String messageKey, Map<String, Object> args) {
    public FieldError {
      args = Map.copyOf(args);
    }
  }
}
