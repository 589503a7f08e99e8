package jp.kyodo.platform;

import java.util.List;
import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.TextContentRenderer;

/**
 * Markdown (CommonMark, with GitHub-style tables) to safe HTML: raw HTML in the source is escaped
 * by the renderer, and the result passes {@link HtmlPolicy} (the OWASP sanitiser), which keeps
 * formatting and http(s)/mailto links only. No script, no event handler, no style survives.
 */
public final class MarkdownRenderer {
  private static final List<Extension> EXTENSIONS =
      List.of(AutolinkExtension.create(), TablesExtension.create());
  private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
  private static final HtmlRenderer RENDERER =
      HtmlRenderer.builder().extensions(EXTENSIONS).escapeHtml(true).sanitizeUrls(true).build();

  private static final TextContentRenderer TEXT =
      TextContentRenderer.builder().extensions(EXTENSIONS).build();

  private MarkdownRenderer() {}

  /** The words of a Markdown text without its markup (what search indexes and quotes). */
  public static String toPlainText(String markdown) {
    if (markdown == null || markdown.isEmpty()) {
      return "";
    }
    return TEXT.render(PARSER.parse(markdown));
  }

  public static String toSafeHtml(String markdown) {
    if (markdown == null || markdown.isEmpty()) {
      return "";
    }
    return HtmlPolicy.sanitize(RENDERER.render(PARSER.parse(markdown)));
  }
}
