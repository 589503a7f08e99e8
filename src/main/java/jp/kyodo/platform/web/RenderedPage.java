package jp.kyodo.platform.web;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * A page as rendered once and written many times: kept as bytes with its variable places cut out.
 *
 * <ul>
 *   <li>Its script nonce: each response gets a nonce of its own, in the body and in its
 *       Content-Security-Policy header, as a page rendered for it would.
 *   <li>For a page rendered for a class of signed-in readers ({@link PersonalMarks}), the places
 *       where one reader's page differs from another's: values (their name, whether a reaction
 *       button is pressed) and sections shown or left out (a comment's controls for its author).
 *       {@link ReaderFacts} give each reader's values when the page is written.
 * </ul>
 *
 * @param headers the headers the render set (name, value), the nonce in them as rendered
 * @param parts the body: text, values and sections
 * @param nonce the nonce the page was rendered with; null if it has none
 * @param marks the personal marks in the page, their arguments by kind (empty for anonymous pages)
 */
record RenderedPage(
    String contentType,
    Charset charset,
    Locale locale,
    List<String[]> headers,
    List<Part> parts,
    String nonce,
    Map<String, Set<String>> marks) {

  /** The value kind standing for the response's own script nonce. */
  static final String NONCE = "nonce";

  sealed interface Part {}

  record Text(byte[] bytes) implements Part {}

  /** A reader's value, written HTML-escaped (fit for text and attributes). */
  record Value(String kind, String arg) implements Part {}

  /** Shown when the reader's value is "true" (or, negated, when it is not). */
  record Section(String kind, String arg, boolean negated, List<Part> parts) implements Part {}

  /**
   * Cuts a rendered body into its parts: at the nonce, and at the marks written between two
   * occurrences of {@code secret} ({@link PersonalMarks}); null when the page has none.
   */
  static RenderedPage of(
      String contentType,
      Charset charset,
      Locale locale,
      List<String[]> headers,
      String body,
      String nonce,
      String secret) {
    Map<String, Set<String>> marks = new LinkedHashMap<>();
    String marked = body;
    if (nonce != null) {
      String nonceMark = secret == null ? null : PersonalMarks.mark(secret, "v", NONCE, "");
      if (nonceMark == null) {
        secret = PersonalMarks.secret();
        nonceMark = PersonalMarks.mark(secret, "v", NONCE, "");
      }
      marked = body.replace(nonce, nonceMark);
    }
    List<Part> parts = new ArrayList<>();
    if (secret == null) {
      parts.add(new Text(body.getBytes(charset)));
    } else {
      List<List<Part>> open = new ArrayList<>();
      open.add(parts);
      String[] pieces = marked.split(java.util.regex.Pattern.quote(secret), -1);
      for (int i = 0; i < pieces.length; i++) {
        List<Part> into = open.get(open.size() - 1);
        if (i % 2 == 0) {
          if (!pieces[i].isEmpty()) {
            into.add(new Text(pieces[i].getBytes(charset)));
          }
          continue;
        }
        String command = pieces[i];
        if (command.equals("e")) {
          if (open.size() == 1) {
            throw new IllegalStateException("a section's end without its start");
          }
          open.remove(open.size() - 1);
          continue;
        }
        char type = command.charAt(0);
        boolean negated = command.length() > 1 && command.charAt(1) == '!';
        String key = command.substring(negated ? 2 : 1);
        int space = key.indexOf(' ');
        String kind = space < 0 ? key : key.substring(0, space);
        String arg = space < 0 ? "" : key.substring(space + 1);
        if (!kind.equals(NONCE)) {
          marks.computeIfAbsent(kind, k -> new java.util.LinkedHashSet<>()).add(arg);
        }
        if (type == 'v') {
          into.add(new Value(kind, arg));
        } else {
          Section section = new Section(kind, arg, negated, new ArrayList<>());
          into.add(section);
          open.add(section.parts());
        }
      }
      if (open.size() != 1) {
        throw new IllegalStateException("a section without its end");
      }
    }
    Map<String, Set<String>> kinds = new LinkedHashMap<>();
    marks.forEach((k, v) -> kinds.put(k, Set.copyOf(v)));
    return new RenderedPage(
        contentType,
        charset,
        locale,
        List.copyOf(headers),
        List.copyOf(parts),
        nonce,
        Map.copyOf(kinds));
  }

  /** Whether the page differs from one reader to another. */
  boolean personal() {
    return !marks.isEmpty();
  }

  /** Writes the page with a new nonce and the reader's values (by kind, of the argument). */
  void writeTo(HttpServletResponse response, Map<String, Function<String, String>> values)
      throws IOException {
    String fresh = nonce == null ? null : Nonces.fresh();
    if (locale != null) {
      response.setLocale(locale);
    }
    response.setContentType(contentType);
    Set<String> set = new HashSet<>();
    for (String[] h : headers) {
      String value = nonce == null ? h[1] : h[1].replace(nonce, fresh);
      if (set.add(h[0].toLowerCase(Locale.ROOT))) {
        response.setHeader(h[0], value); // replaces what the filters before set by default
      } else {
        response.addHeader(h[0], value);
      }
    }
    List<byte[]> chunks = new ArrayList<>(parts.size() + 8);
    long length = write(parts, values, fresh == null ? null : fresh.getBytes(charset), chunks);
    response.setContentLengthLong(length);
    ServletOutputStream out = response.getOutputStream();
    for (byte[] chunk : chunks) {
      out.write(chunk);
    }
  }

  /** The body for a reader, with the nonce {@code fresh}. */
  ByteArrayOutputStream body(Map<String, Function<String, String>> values, String fresh) {
    List<byte[]> chunks = new ArrayList<>();
    write(parts, values, fresh == null ? null : fresh.getBytes(charset), chunks);
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    chunks.forEach(body::writeBytes);
    return body;
  }

  /**
   * Gathers the pieces of the reader's body, the kept text itself and not a copy (a busy page is
   * written thousands of times a second: copying it made garbage); answers their length.
   */
  private long write(
      List<Part> from,
      Map<String, Function<String, String>> values,
      byte[] fresh,
      List<byte[]> out) {
    long length = 0;
    for (Part p : from) {
      byte[] chunk = null;
      if (p instanceof Text t) {
        chunk = t.bytes();
      } else if (p instanceof Value v) {
        chunk =
            v.kind().equals(NONCE)
                ? fresh
                : escape(value(values, v.kind(), v.arg())).getBytes(charset);
      } else if (p instanceof Section s
          && ("true".equals(value(values, s.kind(), s.arg())) != s.negated())) {
        length += write(s.parts(), values, fresh, out);
      }
      if (chunk != null) {
        out.add(chunk);
        length += chunk.length;
      }
    }
    return length;
  }

  private static String value(
      Map<String, Function<String, String>> values, String kind, String arg) {
    Function<String, String> of = values.get(kind);
    String value = of == null ? null : of.apply(arg);
    return value == null ? "" : value;
  }

  /** HTML-escaped, for text and for attribute values in quotes. */
  private static String escape(String s) {
    StringBuilder b = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      String r =
          switch (c) {
            case '&' -> "&amp;";
            case '<' -> "&lt;";
            case '>' -> "&gt;";
            case '"' -> "&quot;";
            case '\'' -> "&#39;";
            default -> null;
          };
      if (r != null && b == null) {
        b = new StringBuilder(s.length() + 16).append(s, 0, i);
      }
      if (b != null) {
        if (r != null) {
          b.append(r);
        } else {
          b.append(c);
        }
      }
    }
    return b == null ? s : b.toString();
  }
}
