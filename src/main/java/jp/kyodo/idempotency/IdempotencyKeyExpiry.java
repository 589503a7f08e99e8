package jp.kyodo.idempotency;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Keys are kept for a day (a claim treats an older one as unused); the rows are removed hourly.
 * Every node may run it: the statement is the same whoever runs it first.
 */
@Singleton
public class IdempotencyKeyExpiry {
  @PersistenceContext(unitName = "kyodo")
  EntityManager em;

  @Schedule(hour = "*", minute = "23", persistent = false)
  public void removeExpired() {
    em.createNativeQuery("delete from idempotency_key where created_at < now() - interval '1 day'")
        .executeUpdate();
  }
}
