package jp.kyodo.document;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.kyodo.platform.ResourceNotFoundException;

/**
 * Every published version of the terms and the privacy notice, and which one is in force. The list
 * of versions (without their text) is held in memory: it is read whenever an actor is loaded. It is
 * read again after a version is published on this server and every 30 seconds in the background
 * ({@link PolicyDocumentsRefresh}), so another server's publication is seen within that time and no
 * request pays for the reading; a version's coming into force needs no reload.
 */
@ApplicationScoped
public class PolicyDocuments {
  /** Newest in force first: the latest date of effect, then the latest publication. */
  static final Comparator<Version> NEWEST_FIRST =
      Comparator.comparing(Version::effectiveFrom).thenComparing(Version::publishedAt).reversed();

  @PersistenceContext(unitName = "kyodo")
  EntityManager em;

  @Inject Clock clock;

  private volatile List<Version> versions;

  /** A version without its text. */
  public record Version(
      DocumentKind kind,
      String version,
      OffsetDateTime effectiveFrom,
      OffsetDateTime publishedAt) {}

  /** Where a version stands today. */
  public enum Status {
    IN_FORCE,
    SCHEDULED,
    SUPERSEDED;

    public String code() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** A version was published; observers reload after commit. */
  public record Published(DocumentKind kind, String version) {}

  /** The versions of one document, newest first (scheduled ones before the one in force). */
  public List<Version> versions(DocumentKind kind) {
    return all().stream().filter(v -> v.kind() == kind).sorted(NEWEST_FIRST).toList();
  }

  /** The version in force now. Every document has one from the first migration on. */
  public Version inForce(DocumentKind kind) {
    OffsetDateTime now = OffsetDateTime.now(clock);
    return versions(kind).stream()
        .filter(v -> !v.effectiveFrom().isAfter(now))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("no " + kind.code() + " in force"));
  }

  /** The versions in force now, by kind code: {terms=2026-04-01, privacy=2026-04-01}. */
  public Map<String, String> inForceVersions() {
    Map<String, String> current = new LinkedHashMap<>();
    for (DocumentKind kind : DocumentKind.values()) {
      current.put(kind.code(), inForce(kind).version());
    }
    return current;
  }

  /** The versions in force that a participant with these acceptances has yet to accept. */
  public Map<String, String> dueFor(java.util.Collection<Acceptances.Accepted> accepted) {
    return Acceptances.due(inForceVersions(), accepted);
  }

  public Status status(Version v) {
    if (v.effectiveFrom().isAfter(OffsetDateTime.now(clock))) {
      return Status.SCHEDULED;
    }
    return inForce(v.kind()).equals(v) ? Status.IN_FORCE : Status.SUPERSEDED;
  }

  public Optional<Version> version(DocumentKind kind, String version) {
    return all().stream()
        .filter(v -> v.kind() == kind && v.version().equals(version))
        .findFirst()
        .or(() -> read(kind, version).map(PolicyDocuments::summary));
  }

  /** The document with its text; 404 for a version that does not exist. */
  public PolicyDocument require(DocumentKind kind, String version) {
    return read(kind, version).orElseThrow(() -> new ResourceNotFoundException("policy_document"));
  }

  boolean exists(DocumentKind kind, String version) {
    return read(kind, version).isPresent();
  }

  void add(PolicyDocument document) {
    em.persist(document);
    em.flush();
  }

  void reload(@Observes(during = TransactionPhase.AFTER_SUCCESS) Published published) {
    reload();
  }

  private Optional<PolicyDocument> read(DocumentKind kind, String version) {
    if (version == null) {
      return Optional.empty();
    }
    return Optional.ofNullable(
        em.find(PolicyDocument.class, new PolicyDocument.Key(kind.code(), version)));
  }

  private List<Version> all() {
    List<Version> loaded = versions;
    return loaded == null ? reload() : loaded;
  }

  /** Reads the list of versions again (after a publication, and every 30 seconds). */
  List<Version> reload() {
    List<Version> loaded =
        em
            .createQuery(
                "select d.kind, d.version, d.effectiveFrom, d.publishedAt from PolicyDocument d",
                Object[].class)
            .getResultList()
            .stream()
            .map(
                r ->
                    new Version(
                        DocumentKind.of((String) r[0]).orElseThrow(),
                        (String) r[1],
                        (OffsetDateTime) r[2],
                        (OffsetDateTime) r[3]))
            .toList();
    versions = loaded;
    return loaded;
  }

  private static Version summary(PolicyDocument d) {
    return new Version(d.kind(), d.version(), d.effectiveFrom(), d.publishedAt());
  }
}
