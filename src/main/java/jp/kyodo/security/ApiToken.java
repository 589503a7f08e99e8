package jp.kyodo.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.OffsetDateTime;

/** A bearer token for the REST API. Only the SHA-256 of the token is kept. */
@Entity
@Table(name = "api_token")
public class ApiToken {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "token_hash", nullable = false, updatable = false)
  private String tokenHash;

  @Column(name = "participant_id", nullable = false, updatable = false)
  private long participantId;

  @Column(name = "created_at", nullable = false, updatable = false)
  private OffsetDateTime createdAt;

  @Column(name = "last_used_at", nullable = false)
  private OffsetDateTime lastUsedAt;

  @Column(name = "expires_at", nullable = false)
  private OffsetDateTime expiresAt;

  @Column(name = "revoked_at")
  private OffsetDateTime revokedAt;

  protected ApiToken() {}

  public ApiToken(String tokenHash, long participantId, OffsetDateTime now, Duration lifetime) {
    this.tokenHash = tokenHash;
    this.participantId = participantId;
    this.createdAt = now;
    this.lastUsedAt = now;
    this.expiresAt = now.plus(lifetime);
  }

  public void revoke(OffsetDateTime now) {
    if (revokedAt == null) {
      revokedAt = now;
    }
  }

  public long participantId() {
    return participantId;
  }

  public OffsetDateTime expiresAt() {
    return expiresAt;
  }
}
