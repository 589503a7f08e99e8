package jp.kyodo.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Bean Validation inside the core: services check their request records here, so that the REST API
 * and the pages get the same field errors from one place.
 */
@ApplicationScoped
public class InputValidator {
  @Inject Validator validator;

  public <T> T check(T input) {
    List<InvalidInputException.FieldError> errors = violations(input);
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    return input;
  }

  /** The field errors of a request, for use cases that add their own rules before failing. */
  public <T> List<InvalidInputException.FieldError> violations(T input) {
    if (input == null) {
      throw InvalidInputException.of("body", "validation.body.missing");
    }
    Set<ConstraintViolation<T>> violations = validator.validate(input);
    return violations.stream()
        .map(InputValidator::toFieldError)
        .sorted(Comparator.comparing(InvalidInputException.FieldError::field))
        .toList();
  }

  static InvalidInputException.FieldError toFieldError(ConstraintViolation<?> v) {
    String field = "";
    for (Path.Node node : v.getPropertyPath()) {
      if (node.getName() != null) {
        field = node.getName();
      }
    }
    String template = v.getMessageTemplate();
    String key =
        template.startsWith("{") && template.endsWith("}")
            ? template.substring(1, template.length() - 1)
            : template;
    Map<String, Object> args = new HashMap<>();
    v.getConstraintDescriptor()
        .getAttributes()
        .forEach(
            (name, value) -> {
              if (value instanceof Number || value instanceof String) {
                args.put(name, value);
              }
            });
    args.remove("message");
    return new InvalidInputException.FieldError(field, key, args);
  }
}
