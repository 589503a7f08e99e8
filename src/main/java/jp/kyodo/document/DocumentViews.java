package jp.kyodo.document;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import jp.kyodo.platform.MarkdownRenderer;

/** What the API shows of policy documents. */
public final class DocumentViews {
  private DocumentViews() {}

  /** A version without its text; {@code page} is where people read it. */
  public record VersionView(
      String kind,
      String version,
      OffsetDateTime effectiveFrom,
      OffsetDateTime publishedAt,
      String status,
      String page) {}

  /**
   * A version with its text: Markdown as published and as sanitised HTML. The Japanese text is
   * authoritative; the English one, when present, a translation.
   */
  public record DocumentView(
      String kind,
      String version,
      OffsetDateTime effectiveFrom,
      OffsetDateTime publishedAt,
      String status,
      String page,
      String changesJa,
      String changesEn,
      String bodyJa,
      String bodyEn,
      String htmlJa,
      String htmlEn) {}

  static VersionView of(PolicyDocuments.Version v, PolicyDocuments.Status status) {
    return new VersionView(
        v.kind().code(),
        v.version(),
        v.effectiveFrom(),
        v.publishedAt(),
        status.code(),
        page(v.kind(), v.version()));
  }

  static DocumentView of(PolicyDocument d, PolicyDocuments.Status status) {
    PolicyDocument.Text en = d.english();
    return new DocumentView(
        d.kind().code(),
        d.version(),
        d.effectiveFrom(),
        d.publishedAt(),
        status.code(),
        page(d.kind(), d.version()),
        d.japanese().changes(),
        en == null ? null : en.changes(),
        d.japanese().body(),
        en == null ? null : en.body(),
        MarkdownRenderer.toSafeHtml(d.japanese().body()),
        en == null ? null : MarkdownRenderer.toSafeHtml(en.body()));
  }

  /** The public page of a version, e.g. /terms.xhtml?version=2026-04-01. */
  public static String page(DocumentKind kind, String version) {
    return kind.page() + "?version=" + URLEncoder.encode(version, StandardCharsets.UTF_8);
  }
}
