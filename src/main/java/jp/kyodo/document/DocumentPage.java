package jp.kyodo.document;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import jp.kyodo.platform.KyodoException;
import jp.kyodo.platform.web.Pages;

/**
 * terms.xhtml and privacy.xhtml: the version in force of a document, or the one named by {@code
 * ?version=}, with the list of every version. Request scoped: reading creates no HTTP session.
 */
@Named
@RequestScoped
public class DocumentPage {
  @Inject PolicyDocumentService service;

  private String version;
  private DocumentKind kind;
  private DocumentViews.DocumentView document;
  private List<DocumentViews.VersionView> versions;

  public void load(String kindCode) {
    kind = DocumentKind.of(kindCode).orElseThrow();
    try {
      document =
          version == null || version.isBlank()
              ? service.current(kind)
              : service.get(kind, version.strip());
      versions = service.versions(kind);
    } catch (KyodoException e) {
      Pages.notFound();
    }
  }

  public boolean isLoaded() {
    return document != null;
  }

  public String getTitle() {
    return Pages.text(kind.titleKey());
  }

  /** 「2026-04-01 版（2026年4月1日施行）」 */
  public String getVersionLine() {
    return line("document.versionLine", document.version(), document.effectiveFrom());
  }

  public String getStatus() {
    return document.status();
  }

  /** A past or scheduled version says so; the version in force needs no notice. */
  public String getStatusNotice() {
    return switch (document.status()) {
      case "superseded" -> Pages.text("document.superseded");
      case "scheduled" ->
          Pages.text(
              "document.scheduled",
              Map.of("date", DocumentDates.day(document.effectiveFrom(), Pages.locale())));
      default -> null;
    };
  }

  public String getCurrentPage() {
    return kind.page();
  }

  private boolean english() {
    return "en".equals(Pages.locale().getLanguage());
  }

  /** The text in the page's language: English when translated, otherwise the Japanese text. */
  public String getHtml() {
    return english() && document.htmlEn() != null ? document.htmlEn() : document.htmlJa();
  }

  /** Japanese is authoritative: the English page says whether it shows a translation or not. */
  public String getLanguageNote() {
    if (!english()) {
      return null;
    }
    return Pages.text(
        document.htmlEn() != null ? "document.translationNote" : "document.japaneseOnly");
  }

  /** The Japanese text's language, so that screen readers read it as Japanese on English pages. */
  public String getTextLanguage() {
    return english() && document.htmlEn() != null ? "en" : "ja";
  }

  public List<DocumentViews.VersionView> getVersions() {
    return versions;
  }

  public String versionLabel(DocumentViews.VersionView v) {
    return line("document.versionLine", v.version(), v.effectiveFrom())
        + " — "
        + Pages.text("document.status." + v.status());
  }

  public boolean isShown(DocumentViews.VersionView v) {
    return v.version().equals(document.version());
  }

  public String getVersion() {
    return version;
  }

  public void setVersion(String version) {
    this.version = version;
  }

  private String line(String key, String version, java.time.OffsetDateTime effectiveFrom) {
    return Pages.text(
        key, Map.of("version", version, "date", DocumentDates.day(effectiveFrom, Pages.locale())));
  }
}
