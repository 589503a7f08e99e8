package jp.kyodo.platform;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

public class CleanTextValidator implements ConstraintValidator<CleanText, String> {
  private int max;
  private boolean multiline;

  @Override
  public void initialize(CleanText annotation) {
    max = annotation.max();
    multiline = annotation.multiline();
  }

  @Override
  public boolean isValid(String value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    String normalized = Text.normalize(value);
    if (Text.hasForbiddenCharacters(normalized, multiline)) {
      context.disableDefaultConstraintViolation();
      context
          .buildConstraintViolationWithTemplate("{validation.text.forbiddenCharacters}")
          .addConstraintViolation();
      return false;
    }
    return Text.length(normalized) <= max;
  }
}
