package jp.kyodo.platform;

import java.text.Normalizer;

/**
 * Text rules of PRODUCT.md: NFC-normalised, trimmed (including the ideographic space), counted in
 * Unicode code points, and free of control and bidirectional-override characters.
 */
public final class Text {
  private Text() {}

  /** NFC, unified line breaks, surrounding white space removed; null stays null. */
  public static String normalize(String raw) {
    if (raw == null) {
      return null;
    }
    String nfc = Normalizer.normalize(raw, Normalizer.Form.NFC);
    return nfc.replace("\r\n", "\n").replace('\r', '\n').strip();
  }

  /** Normalised, and null when nothing is left: an empty optional field means 回答しない. */
  public static String normalizeOptional(String raw) {
    String n = normalize(raw);
    return n == null || n.isEmpty() ? null : n;
  }

  /** E-mail addresses: NFKC so that full-width ｔａｒｏ＠ｅｘａｍｐｌｅ．ｊｐ is taro@example.jp. */
  public static String normalizeEmail(String raw) {
    if (raw == null) {
      return null;
    }
    return Normalizer.normalize(raw, Normalizer.Form.NFKC).strip();
  }

  /**
   * The start of a text on one line, for lists and tables: line breaks become spaces and a text
   * longer than {@code max} code points is cut there with an ellipsis (the whole is a link away).
   */
  public static String excerpt(String body, int max) {
    if (body == null) {
      return "";
    }
    String flat = body.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ');
    return flat.codePointCount(0, flat.length()) <= max
        ? flat
        : flat.substring(0, flat.offsetByCodePoints(0, max)) + "…";
  }

  public static int length(String s) {
    return s == null ? 0 : s.codePointCount(0, s.length());
  }

  /**
   * True when the text holds a character no person types on purpose: C0/C1 controls (line breaks
   * and tabs only where multi-line text is allowed), bidi overrides that disguise text, unpaired
   * surrogates, and non-characters.
   */
  public static boolean hasForbiddenCharacters(String s, boolean multiline) {
    if (s == null) {
      return false;
    }
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      if (cp == '\n' || cp == '\t') {
        if (!multiline) {
          return true;
        }
        continue;
      }
      if (Character.getType(cp) == Character.CONTROL
          || Character.getType(cp) == Character.SURROGATE
          || (cp >= 0x202A && cp <= 0x202E)
          || (cp >= 0x2066 && cp <= 0x2069)
          || (cp >= 0xFDD0 && cp <= 0xFDEF)
          || (cp & 0xFFFE) == 0xFFFE) {
        return true;
      }
    }
    return false;
  }
}
