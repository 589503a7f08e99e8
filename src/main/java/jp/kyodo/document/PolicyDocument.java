package jp.kyodo.document;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Objects;
import jp.kyodo.platform.InvalidInputException;
import jp.kyodo.platform.WardTime;

/**
 * One published version of the terms or the privacy notice: Markdown text in Japanese (the
 * authoritative one) and optionally in English, what changed, and when it comes into force. Never
 * changed once published (the database refuses it): what a participant accepted stays readable.
 */
@Entity
@Table(name = "policy_document")
@IdClass(PolicyDocument.Key.class)
public class PolicyDocument {
  @Id private String kind;
  @Id private String version;

  @Column(name = "effective_from", nullable = false, updatable = false)
  private OffsetDateTime effectiveFrom;

  @Column(name = "published_at", nullable = false, updatable = false)
  private OffsetDateTime publishedAt;

  @Column(name = "published_by", updatable = false)
  private Long publishedBy;

  @Column(name = "body_ja", nullable = false, updatable = false)
  private String bodyJa;

  @Column(name = "body_en", updatable = false)
  private String bodyEn;

  @Column(name = "changes_ja", nullable = false, updatable = false)
  private String changesJa;

  @Column(name = "changes_en", updatable = false)
  private String changesEn;

  protected PolicyDocument() {}

  private PolicyDocument(
      DocumentKind kind,
      String version,
      OffsetDateTime effectiveFrom,
      OffsetDateTime publishedAt,
      long publishedBy,
      Text japanese,
      Text english) {
    this.kind = kind.code();
    this.version = Objects.requireNonNull(version);
    this.effectiveFrom = Objects.requireNonNull(effectiveFrom);
    this.publishedAt = Objects.requireNonNull(publishedAt);
    this.publishedBy = publishedBy;
    this.bodyJa = Objects.requireNonNull(japanese.body());
    this.changesJa = Objects.requireNonNull(japanese.changes());
    this.bodyEn = english == null ? null : english.body();
    this.changesEn = english == null ? null : english.changes();
  }

  /**
   * A new version that comes into force at the start of {@code effectiveDay} in Tokyo: today (at
   * once) or later, never in the past, since participants cannot have been told about it.
   */
  static PolicyDocument publish(
      DocumentKind kind,
      String version,
      LocalDate effectiveDay,
      OffsetDateTime now,
      long publishedBy,
      Text japanese,
      Text english) {
    if (effectiveDay.isBefore(now.atZoneSameInstant(WardTime.ZONE).toLocalDate())) {
      throw InvalidInputException.of("effectiveFrom", "validation.document.effectivePast");
    }
    OffsetDateTime effectiveFrom = effectiveDay.atStartOfDay(WardTime.ZONE).toOffsetDateTime();
    return new PolicyDocument(kind, version, effectiveFrom, now, publishedBy, japanese, english);
  }

  /** The text of one language: the document and what changed against the previous version. */
  public record Text(String body, String changes) {}

  /** The composite key (kind, version). */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;
    private String kind;
    private String version;

    public Key() {}

    public Key(String kind, String version) {
      this.kind = kind;
      this.version = version;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && kind.equals(k.kind) && version.equals(k.version);
    }

    @Override
    public int hashCode() {
      return Objects.hash(kind, version);
    }
  }

  public DocumentKind kind() {
    return DocumentKind.of(kind).orElseThrow();
  }

  public String version() {
    return version;
  }

  public OffsetDateTime effectiveFrom() {
    return effectiveFrom;
  }

  public OffsetDateTime publishedAt() {
    return publishedAt;
  }

  public Long publishedBy() {
    return publishedBy;
  }

  public Text japanese() {
    return new Text(bodyJa, changesJa);
  }

  /** The English translation, if one was published with this version. */
  public Text english() {
    return bodyEn == null ? null : new Text(bodyEn, changesEn == null ? "" : changesEn);
  }
}
