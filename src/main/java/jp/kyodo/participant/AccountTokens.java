package jp.kyodo.participant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import jp.kyodo.platform.BusinessRuleException;
import jp.kyodo.security.SecureTokens;

/** Creates and redeems the single-use tokens sent by mail. */
@ApplicationScoped
public class AccountTokens {
  @PersistenceContext(unitName = "kyodo")
  EntityManager em;

  @Inject Clock clock;

  /** Returns the raw token for the mail; only its hash is stored. */
  public String create(long participantId, AccountToken.Purpose purpose, Duration ttl) {
    String raw = SecureTokens.generate();
    em.persist(
        new AccountToken(
            SecureTokens.sha256(raw), participantId, purpose, OffsetDateTime.now(clock), ttl));
    return raw;
  }

  /** Marks the token used and returns its participant; unknown, used or expired tokens fail. */
  public long redeem(String raw, AccountToken.Purpose purpose) {
    OffsetDateTime now = OffsetDateTime.now(clock);
    AccountToken token =
        raw == null || raw.isBlank() || raw.length() > 200
            ? null
            : em.find(AccountToken.class, SecureTokens.sha256(raw.strip()));
    if (token == null || !token.isUsable(purpose, now)) {
      throw new BusinessRuleException("invalid_token", "problem.invalidAccountToken");
    }
    token.use(now);
    return token.participantId();
  }

  /** Older unused tokens of the same purpose stop working when a new one is sent. */
  public void invalidateOutstanding(long participantId, AccountToken.Purpose purpose) {
    em.createQuery(
            "update AccountToken t set t.usedAt = :now where t.participantId = :p"
                + " and t.purpose = :purpose and t.usedAt is null")
        .setParameter("now", OffsetDateTime.now(clock))
        .setParameter("p", participantId)
        .setParameter("purpose", purpose.code())
        .executeUpdate();
  }
}
