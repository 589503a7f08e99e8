package jp.kyodo.platform;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Text a person typed: at most {@code max} code points after NFC normalisation, with no control
 * characters (line breaks only when {@code multiline}). Null is valid; add @NotBlank if required.
 */
@Constraint(validatedBy = CleanTextValidator.class)
@Target({FIELD, RECORD_COMPONENT})
@Retention(RUNTIME)
public @interface CleanText {
  int max();

  boolean multiline() default false;

  String message() default "{validation.text.tooLong}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
