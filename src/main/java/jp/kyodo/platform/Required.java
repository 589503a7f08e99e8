package jp.kyodo.platform;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Present, and for text not blank. Used on request records instead of @NotNull/@NotBlank, whose
 * copies on record constructor parameters break Payara's OpenAPI generator (payara/Payara#7649);
 * the targets deliberately exclude PARAMETER.
 */
@Constraint(validatedBy = Required.Validator.class)
@Target({FIELD, RECORD_COMPONENT})
@Retention(RUNTIME)
public @interface Required {
  String message() default "{validation.required}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Null and blank text are missing. */
  class Validator implements ConstraintValidator<Required, Object> {
    @Override
    public boolean isValid(Object value, ConstraintValidatorContext context) {
      return value != null && !(value instanceof CharSequence text && text.toString().isBlank());
    }
  }
}
