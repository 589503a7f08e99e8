package jp.kyodo.platform;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jp.kyodo.platform.InvalidInputException.FieldError;

/**
 * The rules every request parameter meets before any page or resource reads it: the query string is
 * percent-encoded UTF-8 (decoded strictly, not with replacement characters), and each name and
 * value is one line of at most {@value #MAX_VALUE} code points without control, bidi-override or
 * non-characters. Form fields may hold line breaks and tabs, but no other control character (NUL
 * above all: PostgreSQL refuses it in text).
 */
public final class RequestParameters {
  /** Longest query value in code points: cursors, addresses and filters are far shorter. */
  public static final int MAX_VALUE = 1000;

  /** More parameters than any page or endpoint reads. */
  public static final int MAX_COUNT = 100;

  private RequestParameters() {}

  /** Problems of a raw query string (as sent, still percent-encoded); empty when it is fine. */
  public static List<FieldError> checkQuery(String raw) {
    List<FieldError> errors = new ArrayList<>();
    if (raw == null || raw.isEmpty()) {
      return errors;
    }
    String[] pairs = raw.split("&", -1);
    if (pairs.length > MAX_COUNT) {
      errors.add(error("query", "validation.query.tooMany", Map.of("max", MAX_COUNT)));
      return errors;
    }
    for (String pair : pairs) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String name = decode(eq < 0 ? pair : pair.substring(0, eq));
      String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
      if (name == null || !isCleanLine(name) || Text.length(name) > 100) {
        errors.add(error("query", "validation.query.encoding", Map.of()));
      } else if (value == null) {
        errors.add(error(name, "validation.query.encoding", Map.of()));
      } else if (!isCleanLine(value)) {
        errors.add(error(name, "validation.text.forbiddenCharacters", Map.of()));
      } else if (Text.length(value) > MAX_VALUE) {
        errors.add(error(name, "validation.text.tooLong", Map.of("max", MAX_VALUE)));
      }
    }
    return errors;
  }

  /** Problems of decoded form fields (a page's form post); line breaks and tabs are allowed. */
  public static List<FieldError> checkForm(Map<String, String[]> fields) {
    List<FieldError> errors = new ArrayList<>();
    for (Map.Entry<String, String[]> field : fields.entrySet()) {
      boolean clean = !hasControlCharacter(field.getKey());
      for (String value : field.getValue()) {
        clean &= !hasControlCharacter(value);
      }
      if (!clean) {
        String name = hasControlCharacter(field.getKey()) ? "form" : field.getKey();
        errors.add(error(name, "validation.text.forbiddenCharacters", Map.of()));
      }
    }
    return errors;
  }

  private static boolean isCleanLine(String s) {
    return !Text.hasForbiddenCharacters(s, false);
  }

  /** C0 controls other than tab and line breaks, DEL, C1 controls and unpaired surrogates. */
  static boolean hasControlCharacter(String s) {
    if (s == null) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\t' || c == '\n' || c == '\r') {
        continue;
      }
      if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) {
        return true;
      }
      if (Character.isSurrogate(c)) {
        boolean paired =
            Character.isHighSurrogate(c)
                && i + 1 < s.length()
                && Character.isLowSurrogate(s.charAt(i + 1));
        if (!paired) {
          return true;
        }
        i++;
      }
    }
    return false;
  }

  /**
   * Percent-decoding as forms encode ("+" is a space), then UTF-8 that must be well-formed; null
   * when it is not (a stray "%", "%zz", or bytes that are not UTF-8).
   */
  static String decode(String encoded) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(encoded.length());
    for (int i = 0; i < encoded.length(); i++) {
      char c = encoded.charAt(i);
      if (c == '+') {
        bytes.write(' ');
      } else if (c == '%') {
        if (i + 2 >= encoded.length()) {
          return null;
        }
        int hi = hex(encoded.charAt(i + 1));
        int lo = hex(encoded.charAt(i + 2));
        if (hi < 0 || lo < 0) {
          return null;
        }
        bytes.write(hi * 16 + lo);
        i += 2;
      } else if (c <= 0xFF) {
        // a raw byte the container read as ISO-8859-1: it must be part of UTF-8 like the rest
        bytes.write(c);
      } else {
        // a character the container already decoded (a lone surrogate is refused later)
        int cp = encoded.codePointAt(i);
        i += Character.charCount(cp) - 1;
        bytes.writeBytes(new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8));
      }
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes.toByteArray()))
          .toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  private static int hex(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
      return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'F') {
      return c - 'A' + 10;
    }
    return -1;
  }

  private static FieldError error(String field, String key, Map<String, Object> args) {
    return new FieldError(field, key, args);
  }
}
