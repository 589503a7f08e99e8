package jp.kyodo.document;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import jp.kyodo.platform.KyodoException;
import jp.kyodo.platform.MarkdownRenderer;
import jp.kyodo.platform.WardTime;
import jp.kyodo.platform.web.Pages;

/**
 * admin/policy-documents.xhtml: every version of the terms and the privacy notice, and a form to
 * publish a new version of one of them, starting from the text in force, with a preview.
 */
@Named
@ViewScoped
public class PolicyDocumentsPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject transient PolicyDocumentService service;
  @Inject transient Clock clock;

  private String kind = DocumentKind.TERMS.code();
  private String version;
  private String effectiveFrom;
  private String changesJa;
  private String bodyJa;
  private String changesEn;
  private String bodyEn;
  private String previewHtml;
  private boolean loaded;

  /** On the first request: the form starts from the text in force of the chosen document. */
  public void load() {
    if (loaded || FacesContext.getCurrentInstance().isPostback()) {
      return;
    }
    DocumentKind k = DocumentKind.of(kind).orElse(DocumentKind.TERMS);
    kind = k.code();
    DocumentViews.DocumentView current = service.current(k);
    bodyJa = current.bodyJa();
    bodyEn = current.bodyEn();
    effectiveFrom = LocalDate.now(clock.withZone(WardTime.ZONE)).toString();
    loaded = true;
  }

  public void preview() {
    previewHtml = MarkdownRenderer.toSafeHtml(bodyJa);
  }

  public void publish() {
    try {
      DocumentViews.DocumentView published =
          service.publish(
              DocumentKind.of(kind).orElseThrow(),
              new PolicyDocumentRequests.Publication(
                  version, effectiveFrom, changesJa, bodyJa, changesEn, bodyEn));
      Pages.keepMessages();
      Pages.info(
          "documents.published",
          java.util.Map.of(
              "title",
              Pages.text(DocumentKind.of(kind).orElseThrow().titleKey()),
              "version",
              published.version()));
      Pages.redirect("/admin/policy-documents.xhtml?kind=" + kind);
    } catch (KyodoException e) {
      Pages.show("publishForm", e);
    }
  }

  public List<DocumentViews.VersionView> versions(String kindCode) {
    return service.versions(DocumentKind.of(kindCode).orElseThrow());
  }

  public String getTitle() {
    return Pages.text(DocumentKind.of(kind).orElse(DocumentKind.TERMS).titleKey());
  }

  public String day(java.time.OffsetDateTime t) {
    return DocumentDates.day(t, Pages.locale());
  }

  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = kind;
  }

  public String getVersion() {
    return version;
  }

  public void setVersion(String version) {
    this.version = version;
  }

  public String getEffectiveFrom() {
    return effectiveFrom;
  }

  public void setEffectiveFrom(String effectiveFrom) {
    this.effectiveFrom = effectiveFrom;
  }

  public String getChangesJa() {
    return changesJa;
  }

  public void setChangesJa(String changesJa) {
    this.changesJa = changesJa;
  }

  public String getBodyJa() {
    return bodyJa;
  }

  public void setBodyJa(String bodyJa) {
    this.bodyJa = bodyJa;
  }

  public String getChangesEn() {
    return changesEn;
  }

  public void setChangesEn(String changesEn) {
    this.changesEn = changesEn;
  }

  public String getBodyEn() {
    return bodyEn;
  }

  public void setBodyEn(String bodyEn) {
    this.bodyEn = bodyEn;
  }

  public String getPreviewHtml() {
    return previewHtml;
  }
}
