package jp.kyodo.platform.web;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A page as rendered for anonymous readers, kept as bytes with the places of its script nonce cut
 * out: each response gets a nonce of its own, in the body and in the Content-Security-Policy
 * header, as a page rendered for it would.
 *
 * @param headers the headers the render set (name, value), the nonce in them as rendered
 * @param parts the body between the nonce's occurrences
 * @param nonce the nonce the page was rendered with; null if it has none
 */
record RenderedPage(
    String contentType, Locale locale, List<String[]> headers, List<byte[]> parts, String nonce) {

  /** Cuts the nonce out of a rendered body. */
  static RenderedPage of(
      String contentType, Locale locale, List<String[]> headers, byte[] body, String nonce) {
    List<byte[]> parts = new ArrayList<>();
    if (nonce == null) {
      parts.add(body);
    } else {
      byte[] mark = nonce.getBytes(StandardCharsets.US_ASCII);
      int from = 0;
      for (int at = indexOf(body, mark, 0); at >= 0; at = indexOf(body, mark, from)) {
        parts.add(Arrays.copyOfRange(body, from, at));
        from = at + mark.length;
      }
      parts.add(Arrays.copyOfRange(body, from, body.length));
    }
    return new RenderedPage(contentType, locale, List.copyOf(headers), List.copyOf(parts), nonce);
  }

  /** Writes the page with a new nonce. */
  void writeTo(HttpServletResponse response) throws IOException {
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
    byte[] mark = fresh == null ? new byte[0] : fresh.getBytes(StandardCharsets.US_ASCII);
    long length = (long) mark.length * (parts.size() - 1);
    for (byte[] p : parts) {
      length += p.length;
    }
    response.setContentLengthLong(length);
    ServletOutputStream out = response.getOutputStream();
    for (int i = 0; i < parts.size(); i++) {
      if (i > 0) {
        out.write(mark);
      }
      out.write(parts.get(i));
    }
  }

  private static int indexOf(byte[] body, byte[] mark, int from) {
    outer:
    for (int i = from; i <= body.length - mark.length; i++) {
      for (int j = 0; j < mark.length; j++) {
        if (body[i + j] != mark[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
