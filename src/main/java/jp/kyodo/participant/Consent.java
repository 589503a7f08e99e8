package jp.kyodo.participant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** Which version of the terms or privacy notice a participant accepted, and when. */
@Entity
@Table(name = "consent")
public class Consent {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "participant_id", nullable = false, updatable = false)
  private long participantId;

  @Column(name = "document_kind", nullable = false, updatable = false)
  private String documentKind;

  @Column(name = "document_version", nullable = false, updatable = false)
  private String documentVersion;

  @Column(name = "accepted_at", nullable = false, updatable = false)
  private OffsetDateTime acceptedAt;

  protected Consent() {}

  Consent(
      long participantId, String documentKind, String documentVersion, OffsetDateTime acceptedAt) {
    this.participantId = participantId;
    this.documentKind = documentKind;
    this.documentVersion = documentVersion;
    this.acceptedAt = acceptedAt;
  }

  public String documentKind() {
    return documentKind;
  }

  public String documentVersion() {
    return documentVersion;
  }

  public OffsetDateTime acceptedAt() {
    return acceptedAt;
  }
}
