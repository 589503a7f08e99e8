package jp.kyodo.platform;

import java.util.EnumSet;
import java.util.Locale;
import org.nibor.autolink.LinkExtractor;
import org.nibor.autolink.LinkSpan;
import org.nibor.autolink.LinkType;

/**
 * Comments are plain text: everything is escaped, line breaks are kept, and web addresses become
 * links. Addresses are found by the autolink library that CommonMark's extension uses; only {@code
 * http://}, {@code https://} and {@code www.} addresses become links — any other scheme ({@code
 * javascript://}, {@code data:}, {@code vbscript:} …) stays text. Text with a link then passes
 * {@link HtmlPolicy}, the rule topics use, so no href the topics would refuse survives.
 */
public final class PlainTextRenderer {
  private static final LinkExtractor LINKS =
      LinkExtractor.builder().linkTypes(EnumSet.of(LinkType.URL, LinkType.WWW)).build();

  private PlainTextRenderer() {}

  public static String toHtml(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder html = new StringBuilder(text.length() + 32);
    boolean linked = false;
    for (var span : LINKS.extractSpans(text)) {
      String part = text.substring(span.getBeginIndex(), span.getEndIndex());
      String href = span instanceof LinkSpan link ? href(link.getType(), part) : null;
      if (href != null) {
        linked = true;
        html.append("<a href=\"")
            .append(Encode.html(href))
            .append("\">")
            .append(Encode.html(part))
            .append("</a>");
      } else {
        html.append(Encode.html(part).replace("\n", "<br>\n"));
      }
    }
    // text without a link holds no markup but the line breaks written above
    return linked ? HtmlPolicy.sanitize(html.toString()) : html.toString();
  }

  /** The address a link may point to, or null when this span stays text. */
  private static String href(LinkType type, String part) {
    if (type == LinkType.WWW) {
      return "https://" + part;
    }
    int colon = part.indexOf(':');
    String scheme = colon < 0 ? "" : part.substring(0, colon).toLowerCase(Locale.ROOT);
    return scheme.equals("http") || scheme.equals("https") ? part : null;
  }
}
