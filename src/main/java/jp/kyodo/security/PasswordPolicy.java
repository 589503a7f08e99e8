package jp.kyodo.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import jp.kyodo.platform.InvalidInputException.FieldError;
import jp.kyodo.platform.Text;

/**
 * Password strength as NIST SP 800-63B recommends: long enough, not a well-known password, not
 * built from the account's own e-mail address. No composition rules.
 */
public final class PasswordPolicy {
  public static final int MIN_LENGTH = 10;
  public static final int MAX_LENGTH = 128;

  private static final Set<String> COMMON =
      Set.of(
          "1234567890",
          "12345678910",
          "0123456789",
          "1111111111",
          "0000000000",
          "password12",
          "password123",
          "password1234",
          "qwertyuiop",
          "1q2w3e4r5t",
          "qwerty1234",
          "abcdefghij",
          "iloveyou12",
          "letmein123",
          "welcome123",
          "setagaya123",
          "setagaya2026",
          "kyodo12345",
          "passw0rd12",
          "administrator",
          "aaaaaaaaaa",
          "abc1234567",
          "asdfghjkl1",
          "zaq12wsxcde");

  private PasswordPolicy() {}

  public static List<FieldError> check(String field, String password, String email) {
    List<FieldError> errors = new ArrayList<>();
    if (password == null || password.isEmpty()) {
      errors.add(new FieldError(field, "validation.password.required", Map.of()));
      return errors;
    }
    int length = Text.length(password);
    if (length < MIN_LENGTH) {
      errors.add(new FieldError(field, "validation.password.tooShort", Map.of("min", MIN_LENGTH)));
    } else if (length > MAX_LENGTH) {
      errors.add(new FieldError(field, "validation.password.tooLong", Map.of("max", MAX_LENGTH)));
    } else if (isGuessable(password, email)) {
      errors.add(new FieldError(field, "validation.password.guessable", Map.of()));
    }
    return errors;
  }

  private static boolean isGuessable(String password, String email) {
    String lower = password.toLowerCase(Locale.ROOT);
    if (COMMON.contains(lower) || lower.codePoints().distinct().count() <= 2) {
      return true;
    }
    if (email != null && email.contains("@")) {
      String local = email.substring(0, email.indexOf('@')).toLowerCase(Locale.ROOT);
      return local.length() >= 4 && lower.contains(local);
    }
    return false;
  }
}
