package jp.kyodo.notification.line;

import java.security.SecureRandom;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import jp.kyodo.security.SecureTokens;

/**
 * One-time link codes: 8 characters from an alphabet without look-alikes (no 0/O, 1/I/L), about 40
 * bits, typed into LINE by a person. Only their SHA-256 is stored.
 */
public final class LinkCodes {
  static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
  static final int LENGTH = 8;
  private static final SecureRandom RANDOM = new SecureRandom();

  private LinkCodes() {}

  public static String generate() {
    StringBuilder code = new StringBuilder(LENGTH);
    for (int i = 0; i < LENGTH; i++) {
      code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    return code.toString();
  }

  /**
   * What a person sent, read as a code if it can be one: full-width letters folded (NFKC), case,
   * spaces and hyphens ignored (「abcd-efgh」 and 「ＡＢＣＤ ＥＦＧＨ」 both work).
   */
  public static Optional<String> read(String text) {
    if (text == null || text.length() > 40) {
      return Optional.empty();
    }
    String folded =
        Normalizer.normalize(text, Normalizer.Form.NFKC)
            .toUpperCase(Locale.ROOT)
            .replaceAll("[\\s\\-]", "");
    if (folded.length() != LENGTH) {
      return Optional.empty();
    }
    for (char c : folded.toCharArray()) {
      if (ALPHABET.indexOf(c) < 0) {
        return Optional.empty();
      }
    }
    return Optional.of(folded);
  }

  public static String hash(String code) {
    return SecureTokens.sha256(code);
  }
}
