package jp.kyodo.platform;

/**
 * Encoders for values that Kyodo writes itself into HTML, attributes or script blocks. Facelets
 * already escapes {@code #{…}} in text and attributes; whatever Java builds as markup or script
 * goes through here instead of being escaped case by case.
 */
public final class Encode {
  private Encode() {}

  /**
   * Text for an HTML element or a quoted attribute value: {@code < > & " '} become character
   * references.
   */
  public static String html(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder out = null;
    for (int i = 0; i < s.length(); i++) {
      String replacement =
          switch (s.charAt(i)) {
            case '<' -> "&lt;";
            case '>' -> "&gt;";
            case '&' -> "&amp;";
            case '"' -> "&quot;";
            case '\'' -> "&#39;";
            default -> null;
          };
      if (replacement != null && out == null) {
        out = new StringBuilder(s.length() + 16).append(s, 0, i);
      }
      if (out != null) {
        out.append(replacement != null ? replacement : s.charAt(i));
      }
    }
    return out == null ? s : out.toString();
  }

  /**
   * JSON that is about to be written into a {@code <script>} element (or an event attribute):
   * {@code <}, {@code >} and {@code &} become {@code \u003c}-style escapes, so a value can neither
   * close the element ({@code </script>}) nor open a comment ({@code <!--}), and U+2028/U+2029,
   * which end a line in older JavaScript, are escaped too. Outside strings JSON contains none of
   * these characters, so the result is the same JSON value.
   */
  public static String jsonForScript(String json) {
    if (json == null) {
      return "null";
    }
    StringBuilder out = null;
    for (int i = 0; i < json.length(); i++) {
      char c = json.charAt(i);
      boolean escape = c == '<' || c == '>' || c == '&' || c == '\u2028' || c == '\u2029';
      if (escape && out == null) {
        out = new StringBuilder(json.length() + 16).append(json, 0, i);
      }
      if (out != null) {
        if (escape) {
          out.append(String.format("\\u%04x", (int) c));
        } else {
          out.append(c);
        }
      }
    }
    return out == null ? json : out.toString();
  }
}
