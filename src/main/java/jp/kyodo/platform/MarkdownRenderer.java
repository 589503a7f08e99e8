package jp.kyodo.platform;

import java.util.List;
import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * Markdown (CommonMark) to safe HTML: raw HTML in the source is escaped by the renderer, and the
 * result passes the OWASP sanitiser, which keeps formatting and http(s)/mailto links only. No
 * script, no event handler, no style survives.
 */
public final class MarkdownRenderer {
  private static final List<Extension> EXTENSIONS = List.of(AutolinkExtension.create());
  private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
  private static final HtmlRenderer RENDERER =
      HtmlRenderer.builder().extensions(EXTENSIONS).escapeHtml(true).sanitizeUrls(true).build();

  private static final PolicyFactory POLICY =
      new HtmlPolicyBuilder()
          .allowElements(
              "p",
              "br",
              "hr",
              "h1",
              "h2",
              "h3",
              "h4",
              "h5",
              "h6",
              "strong",
              "em",
              "code",
              "pre",
              "blockquote",
              "ul",
              "ol",
              "li",
              "a",
              "table",
              "thead",
              "tbody",
              "tr",
              "th",
              "td",
              "del")
          .allowUrlProtocols("http", "https", "mailto")
          .allowAttributes("href")
          .onElements("a")
          .allowAttributes("start")
          .matching((element, attribute, value) -> value.matches("[0-9]{1,6}") ? value : null)
          .onElements("ol")
          .requireRelsOnLinks("nofollow", "noopener", "noreferrer")
          .toFactory();

  private MarkdownRenderer() {}

  public static String toSafeHtml(String markdown) {
    if (markdown == null || markdown.isEmpty()) {
      return "";
    }
    return POLICY.sanitize(RENDERER.render(PARSER.parse(markdown)));
  }
}
