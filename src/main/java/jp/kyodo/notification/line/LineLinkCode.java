package jp.kyodo.notification.line;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.OffsetDateTime;

/** A one-time code (stored as its SHA-256) that links the LINE account it is sent from. */
@Entity
@Table(name = "line_link_code")
public class LineLinkCode {
  /** How long a code may be used: long enough to open LINE and add the ward as a friend. */
  static final Duration LIFETIME = Duration.ofMinutes(30);

  @Id
  @Column(name = "code_hash")
  private String codeHash;

  @Column(name = "participant_id", nullable = false, updatable = false)
  private long participantId;

  @Column(name = "created_at", nullable = false, updatable = false)
  private OffsetDateTime createdAt;

  @Column(name = "expires_at", nullable = false, updatable = false)
  private OffsetDateTime expiresAt;

  @Column(name = "used_at")
  private OffsetDateTime usedAt;

  protected LineLinkCode() {}

  LineLinkCode(String codeHash, long participantId, OffsetDateTime now) {
    this.codeHash = codeHash;
    this.participantId = participantId;
    this.createdAt = now;
    this.expiresAt = now.plus(LIFETIME);
  }

  boolean isUsable(OffsetDateTime now) {
    return usedAt == null && now.isBefore(expiresAt);
  }

  /** Spends the code; refuses one already used or expired. */
  void use(OffsetDateTime now) {
    if (!isUsable(now)) {
      throw new IllegalStateException("link code already used or expired");
    }
    usedAt = now;
  }

  long participantId() {
    return participantId;
  }

  OffsetDateTime expiresAt() {
    return expiresAt;
  }
}
