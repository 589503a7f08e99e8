package jp.kyodo.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;

/** Records that a token was used (for its idle timeout), in a transaction of its own. */
@ApplicationScoped
class ApiTokenUses {
  @PersistenceContext(unitName = "kyodo")
  EntityManager em;

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void record(long tokenId, OffsetDateTime now) {
    em.createQuery("update ApiToken t set t.lastUsedAt = :now where t.id = :id")
        .setParameter("now", now)
        .setParameter("id", tokenId)
        .executeUpdate();
  }
}
