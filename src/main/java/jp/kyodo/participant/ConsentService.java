package jp.kyodo.participant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.kyodo.document.Acceptances;
import jp.kyodo.document.DocumentKind;
import jp.kyodo.document.DocumentViews;
import jp.kyodo.document.PolicyDocument;
import jp.kyodo.document.PolicyDocuments;
import jp.kyodo.platform.InputValidator;
import jp.kyodo.platform.InvalidInputException;
import jp.kyodo.platform.InvalidInputException.FieldError;
import jp.kyodo.platform.MarkdownRenderer;
import jp.kyodo.platform.Text;
import jp.kyodo.security.AccountChanged;
import jp.kyodo.security.Actor;
import jp.kyodo.security.CurrentActor;
import jp.kyodo.security.ForumPolicy;

/**
 * A participant's acceptances of the terms and the privacy notice: which versions in force wait for
 * acceptance, and accepting them. Every acceptance is a new consent row with the version and the
 * time; rows are never changed or removed (the database refuses it).
 */
@ApplicationScoped
public class ConsentService {
  @Inject CurrentActor currentActor;
  @Inject ForumPolicy policy;
  @Inject InputValidator validator;
  @Inject ParticipantRepository participants;
  @Inject PolicyDocuments documents;
  @Inject Clock clock;
  @Inject Event<AccountChanged> accountChanged;

  /** A version in force that waits for the participant's acceptance, with what changed. */
  public record DueDocument(
      String kind,
      String version,
      OffsetDateTime effectiveFrom,
      String changesJa,
      String changesEn,
      String page,
      String previousVersion) {
    /** What changed, as sanitised HTML in the page's language (Japanese when not translated). */
    public String changesHtml(boolean english) {
      return MarkdownRenderer.toSafeHtml(english && changesEn != null ? changesEn : changesJa);
    }
  }

  /** One recorded acceptance. */
  public record ConsentRecord(String document, String version, OffsetDateTime acceptedAt) {}

  /** What waits for acceptance, and every acceptance so far, oldest first. */
  public record ConsentsView(List<DueDocument> required, List<ConsentRecord> history) {}

  /** Document kind → version in force the participant has yet to accept, read from the database. */
  public Map<String, String> due(long participantId) {
    return documents.dueFor(accepted(participants.consents(participantId)));
  }

  @Transactional
  public ConsentsView view(long participantId) {
    requireOwn(participantId);
    return viewOf(participantId);
  }

  /**
   * Records acceptance of the versions named, each of which must be the one in force; every
   * document that waits for acceptance must be named. Accepting a version again records nothing.
   */
  @Transactional
  public ConsentsView accept(long participantId, Acceptance request) {
    requireOwn(participantId);
    validator.check(request);
    List<Consent> consents = participants.consents(participantId);
    Map<String, String> due = documents.dueFor(accepted(consents));
    Map<String, String> inForce = documents.inForceVersions();
    List<FieldError> errors = new ArrayList<>();
    List<String> toRecord = new ArrayList<>();
    check("terms", request.acceptedTermsVersion(), due, inForce, errors, toRecord);
    check("privacy", request.acceptedPrivacyVersion(), due, inForce, errors, toRecord);
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    OffsetDateTime now = OffsetDateTime.now(clock);
    for (String kind : toRecord) {
      String version = inForce.get(kind);
      boolean already =
          consents.stream()
              .anyMatch(c -> c.documentKind().equals(kind) && c.documentVersion().equals(version));
      if (!already) {
        participants.addConsent(new Consent(participantId, kind, version, now));
      }
    }
    participants.flush();
    accountChanged.fire(new AccountChanged(participantId)); // the cached actor carries what is due
    return viewOf(participantId);
  }

  private static void check(
      String kind,
      String named,
      Map<String, String> due,
      Map<String, String> inForce,
      List<FieldError> errors,
      List<String> toRecord) {
    String field = "terms".equals(kind) ? "acceptedTermsVersion" : "acceptedPrivacyVersion";
    String version = Text.normalizeOptional(named);
    if (version == null) {
      if (due.containsKey(kind)) {
        errors.add(new FieldError(field, "validation." + kind + ".required", Map.of()));
      }
      return;
    }
    if (!version.equals(inForce.get(kind))) {
      errors.add(
          new FieldError(
              field, "validation." + kind + ".outdated", Map.of("version", inForce.get(kind))));
      return;
    }
    toRecord.add(kind);
  }

  private ConsentsView viewOf(long participantId) {
    List<Consent> consents = participants.consents(participantId);
    Map<String, String> due = documents.dueFor(accepted(consents));
    List<DueDocument> required = new ArrayList<>();
    due.forEach(
        (kind, version) -> {
          DocumentKind k = DocumentKind.of(kind).orElseThrow();
          PolicyDocument d = documents.require(k, version);
          PolicyDocument.Text en = d.english();
          required.add(
              new DueDocument(
                  kind,
                  version,
                  d.effectiveFrom(),
                  d.japanese().changes(),
                  en == null || en.changes().isEmpty() ? null : en.changes(),
                  DocumentViews.page(k, version),
                  previous(consents, kind).orElse(null)));
        });
    List<ConsentRecord> history =
        consents.stream()
            .map(c -> new ConsentRecord(c.documentKind(), c.documentVersion(), c.acceptedAt()))
            .toList();
    return new ConsentsView(required, history);
  }

  /** The version of this document the participant accepted last. */
  private static Optional<String> previous(List<Consent> consents, String kind) {
    return consents.stream()
        .filter(c -> c.documentKind().equals(kind))
        .reduce((first, second) -> second)
        .map(Consent::documentVersion);
  }

  private static List<Acceptances.Accepted> accepted(List<Consent> consents) {
    return consents.stream()
        .map(c -> new Acceptances.Accepted(c.documentKind(), c.documentVersion()))
        .toList();
  }

  private void requireOwn(long participantId) {
    Actor actor = currentActor.get();
    policy.require(policy.canEditAccount(actor, participantId), actor);
  }
}
