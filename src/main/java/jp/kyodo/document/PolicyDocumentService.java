package jp.kyodo.document;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import jp.kyodo.audit.AuditLog;
import jp.kyodo.platform.ConflictException;
import jp.kyodo.platform.InputValidator;
import jp.kyodo.platform.InvalidInputException;
import jp.kyodo.platform.ResourceNotFoundException;
import jp.kyodo.platform.Text;
import jp.kyodo.security.Actor;
import jp.kyodo.security.CurrentActor;
import jp.kyodo.security.EveryAccountChanged;
import jp.kyodo.security.ForumPolicy;

/**
 * Reading the terms and the privacy notice (anyone) and publishing new versions (administrators).
 */
@ApplicationScoped
public class PolicyDocumentService {
  private static final Pattern VERSION = Pattern.compile("[0-9A-Za-z][0-9A-Za-z._-]{0,31}");

  @Inject PolicyDocuments documents;
  @Inject CurrentActor currentActor;
  @Inject ForumPolicy policy;
  @Inject InputValidator validator;
  @Inject AuditLog audit;
  @Inject Clock clock;
  @Inject Event<PolicyDocuments.Published> published;
  @Inject Event<EveryAccountChanged> everyAccountChanged;

  /** Every version of both documents, each document's newest first. */
  public List<DocumentViews.VersionView> all() {
    return Arrays.stream(DocumentKind.values()).flatMap(k -> versions(k).stream()).toList();
  }

  public List<DocumentViews.VersionView> versions(DocumentKind kind) {
    return documents.versions(kind).stream()
        .map(v -> DocumentViews.of(v, documents.status(v)))
        .toList();
  }

  /** The version in force now, with its text. */
  @Transactional
  public DocumentViews.DocumentView current(DocumentKind kind) {
    return get(kind, documents.inForce(kind).version());
  }

  /** Any published version, past, in force or scheduled; 404 when there is no such version. */
  @Transactional
  public DocumentViews.DocumentView get(DocumentKind kind, String version) {
    PolicyDocuments.Version v =
        documents
            .version(kind, version)
            .orElseThrow(() -> new ResourceNotFoundException("policy_document"));
    return DocumentViews.of(documents.require(kind, version), documents.status(v));
  }

  /** 401 for an anonymous caller, 403 for a participant who is not an administrator. */
  public void requirePublisher() {
    Actor actor = currentActor.get();
    policy.require(policy.canManagePolicyDocuments(actor), actor);
  }

  /**
   * Publishes a new version, in force from the start of its day (Tokyo time). From then on,
   * participants who accepted an earlier version are asked to accept it before they write again.
   */
  @Transactional
  public DocumentViews.DocumentView publish(
      DocumentKind kind, PolicyDocumentRequests.Publication request) {
    requirePublisher();
    Actor actor = currentActor.get();
    validator.check(request);
    LocalDate day = effectiveDay(request.effectiveFrom());
    String version =
        blank(request.version()) ? day.toString() : Text.normalize(request.version()).strip();
    if (!VERSION.matcher(version).matches()) {
      throw InvalidInputException.of("version", "validation.document.version");
    }
    if (documents.exists(kind, version)) {
      throw new ConflictException("duplicate_version", "problem.document.duplicateVersion");
    }
    OffsetDateTime now = OffsetDateTime.now(clock);
    PolicyDocument.Text english =
        blank(request.bodyEn())
            ? null
            : new PolicyDocument.Text(
                Text.normalize(request.bodyEn()),
                blank(request.changesEn()) ? "" : Text.normalize(request.changesEn()));
    PolicyDocument document =
        PolicyDocument.publish(
            kind,
            version,
            day,
            now,
            actor.id(),
            new PolicyDocument.Text(
                Text.normalize(request.bodyJa()), Text.normalize(request.changesJa())),
            english);
    documents.add(document);
    audit.record(
        actor,
        "policy_document.publish",
        "policy_document",
        kind.code() + "/" + version,
        null,
        "effective " + day + (english == null ? ", Japanese only" : ", Japanese and English"));
    published.fire(new PolicyDocuments.Published(kind, version));
    // cached actors carry what waits for acceptance: forget them (publishing is rare)
    everyAccountChanged.fire(new EveryAccountChanged());
    boolean inForceNow = !document.effectiveFrom().isAfter(now);
    PolicyDocuments.Status status =
        inForceNow ? PolicyDocuments.Status.IN_FORCE : PolicyDocuments.Status.SCHEDULED;
    return DocumentViews.of(document, status);
  }

  private static LocalDate effectiveDay(String raw) {
    try {
      return LocalDate.parse(raw.strip());
    } catch (DateTimeParseException e) {
      throw InvalidInputException.of("effectiveFrom", "validation.date");
    }
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
