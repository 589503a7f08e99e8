package jp.kyodo.participant;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import jp.kyodo.document.DocumentDates;
import jp.kyodo.document.DocumentKind;
import jp.kyodo.platform.KyodoException;
import jp.kyodo.platform.web.Pages;

/**
 * consent.xhtml: after sign-in, the new versions of the terms and privacy notice that wait for the
 * participant, what changed, links to the documents, and acceptance; then on to where they were
 * going. They may also leave it: read on, sign out or withdraw.
 */
@Named
@ViewScoped
public class ConsentPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject transient AccountService accounts;
  @Inject transient ConsentService consents;

  private long participantId;
  private List<ConsentService.DueDocument> due;
  private String next;
  private boolean acceptTerms;
  private boolean acceptPrivacy;

  @PostConstruct
  void load() {
    participantId = accounts.requireSignedIn();
    due = consents.view(participantId).required();
  }

  public void accept() {
    try {
      consents.accept(
          participantId,
          new Acceptance(
              acceptTerms ? version("terms") : null, acceptPrivacy ? version("privacy") : null));
      Pages.keepMessages();
      Pages.info("consent.accepted");
      Pages.redirect(NextPage.safe(next));
    } catch (KyodoException e) {
      Pages.show("consentForm", e);
      due = consents.view(participantId).required();
    }
  }

  private String version(String kind) {
    return due.stream()
        .filter(d -> d.kind().equals(kind))
        .findFirst()
        .map(d -> d.version())
        .orElse(null);
  }

  public List<ConsentService.DueDocument> getDue() {
    return due;
  }

  public boolean isTermsDue() {
    return version("terms") != null;
  }

  public boolean isPrivacyDue() {
    return version("privacy") != null;
  }

  /** 「利用規約（2026-10-01 版、2026年10月1日施行）」 */
  public String heading(ConsentService.DueDocument d) {
    DocumentKind kind = DocumentKind.of(d.kind()).orElseThrow();
    return Pages.text(
        "consent.document.heading",
        Map.of(
            "title",
            Pages.text(kind.titleKey()),
            "version",
            d.version(),
            "date",
            DocumentDates.day(d.effectiveFrom(), Pages.locale())));
  }

  public String acceptLabel(String kind) {
    DocumentKind k = DocumentKind.of(kind).orElseThrow();
    return Pages.text(
        "consent.accept.label",
        Map.of("title", Pages.text(k.titleKey()), "version", version(kind)));
  }

  public String readLabel(ConsentService.DueDocument d) {
    return Pages.text(
        "consent.read",
        Map.of("title", Pages.text(DocumentKind.of(d.kind()).orElseThrow().titleKey())));
  }

  public String previousLabel(ConsentService.DueDocument d) {
    return Pages.text("consent.previous", Map.of("version", d.previousVersion()));
  }

  public String previousPage(ConsentService.DueDocument d) {
    return DocumentKind.of(d.kind()).orElseThrow().page() + "?version=" + d.previousVersion();
  }

  public String changes(ConsentService.DueDocument d) {
    return d.changesHtml("en".equals(Pages.locale().getLanguage()));
  }

  /** Where "continue without accepting" leads: the page they were going to. */
  public String getContinueTo() {
    return NextPage.safe(next);
  }

  public String getNext() {
    return next;
  }

  public void setNext(String next) {
    this.next = next;
  }

  public boolean isAcceptTerms() {
    return acceptTerms;
  }

  public void setAcceptTerms(boolean acceptTerms) {
    this.acceptTerms = acceptTerms;
  }

  public boolean isAcceptPrivacy() {
    return acceptPrivacy;
  }

  public void setAcceptPrivacy(boolean acceptPrivacy) {
    this.acceptPrivacy = acceptPrivacy;
  }
}
