package jp.kyodo.participant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.OffsetDateTime;

/** A single-use, expiring token sent by mail (e-mail confirmation, password reset). */
@Entity
@Table(name = "account_token")
public class AccountToken {
  /** What a mailed token allows. */
  public enum Purpose {
    CONFIRM_EMAIL("confirm_email"),
    RESET_PASSWORD("reset_password");

    private final String code;

    Purpose(String code) {
      this.code = code;
    }

    public String code() {
      return code;
    }
  }

  @Id
  @Column(name = "token_hash")
  private String tokenHash;

  @Column(name = "participant_id", nullable = false, updatable = false)
  private long participantId;

  @Column(nullable = false, updatable = false)
  private String purpose;

  @Column(name = "created_at", nullable = false, updatable = false)
  private OffsetDateTime createdAt;

  @Column(name = "expires_at", nullable = false, updatable = false)
  private OffsetDateTime expiresAt;

  @Column(name = "used_at")
  private OffsetDateTime usedAt;

  protected AccountToken() {}

  AccountToken(
      String tokenHash, long participantId, Purpose purpose, OffsetDateTime now, Duration ttl) {
    this.tokenHash = tokenHash;
    this.participantId = participantId;
    this.purpose = purpose.code();
    this.createdAt = now;
    this.expiresAt = now.plus(ttl);
  }

  boolean isUsable(Purpose expected, OffsetDateTime now) {
    return purpose.equals(expected.code()) && usedAt == null && now.isBefore(expiresAt);
  }

  void use(OffsetDateTime now) {
    usedAt = now;
  }

  long participantId() {
    return participantId;
  }
}
