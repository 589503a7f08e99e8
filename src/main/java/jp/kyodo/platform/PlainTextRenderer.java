package jp.kyodo.platform;

import java.util.EnumSet;
import org.nibor.autolink.LinkExtractor;
import org.nibor.autolink.LinkSpan;
import org.nibor.autolink.LinkType;

/**
 * Comments are plain text: everything is escaped, line breaks are kept, and web addresses become
 * links (rel="nofollow ugc noopener"). Uses the autolink library that CommonMark's extension uses.
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
    for (var span : LINKS.extractSpans(text)) {
      String part = text.substring(span.getBeginIndex(), span.getEndIndex());
      if (span instanceof LinkSpan link) {
        String href = link.getType() == LinkType.WWW ? "https://" + part : part;
        html.append("<a href=\"")
            .append(escape(href))
            .append("\" rel=\"nofollow ugc noopener\">")
            .append(escape(part))
            .append("</a>");
      } else {
        html.append(escape(part).replace("\n", "<br>\n"));
      }
    }
    return html.toString();
  }

  public static String escape(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
