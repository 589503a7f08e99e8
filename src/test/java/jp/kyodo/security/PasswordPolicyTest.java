package jp.kyodo.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {
  private static List<String> keys(String password, String email) {
    return PasswordPolicy.check("password", password, email).stream()
        .map(e -> e.messageKey())
        .toList();
  }

  @Test
  void acceptsLongPassphrasesInAnyScript() {
    assertTrue(keys("世田谷の公園で散歩する朝", "x@example.jp").isEmpty());
    assertTrue(keys("correct horse battery", "x@example.jp").isEmpty());
  }

  @Test
  void rejectsShortCommonRepetitiveOrAddressBasedPasswords() {
    assertEquals(List.of("validation.password.tooShort"), keys("短いパスワード", "x@example.jp"));
    assertEquals(List.of("validation.password.guessable"), keys("Password123", "x@example.jp"));
    assertEquals(List.of("validation.password.guessable"), keys("ababababababab", "x@example.jp"));
    assertEquals(
        List.of("validation.password.guessable"), keys("hanako-2026-xyz", "hanako@example.jp"));
    assertEquals(List.of("validation.password.required"), keys(null, "x@example.jp"));
    assertEquals(List.of("validation.password.tooLong"), keys("a1".repeat(65), "x@example.jp"));
  }
}
