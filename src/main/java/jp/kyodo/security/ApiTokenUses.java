package jp.kyodo.security;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Records that tokens were used (for their idle timeout of days) a few seconds late, many in one
 * statement. Recording it during the request cost a transaction of its own on every participant's
 * first request in an hour, the most expensive part of authenticating. A use not yet written when
 * the server stops is recorded again on the token's next request.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class ApiTokenUses {
  private static final int BATCH = 1_000;

  @PersistenceContext(unitName = "kyodo")
  EntityManager em;

  @Inject Clock clock;

  private final Set<Long> pending = ConcurrentHashMap.newKeySet();

  public void record(long tokenId) {
    pending.add(tokenId);
  }

  @Schedule(hour = "*", minute = "*", second = "*/10", persistent = false)
  public void write() {
    if (pending.isEmpty()) {
      return;
    }
    List<Long> ids = new ArrayList<>(pending);
    pending.removeAll(ids);
    OffsetDateTime now = OffsetDateTime.now(clock);
    for (int from = 0; from < ids.size(); from += BATCH) {
      em.createQuery("update ApiToken t set t.lastUsedAt = :now where t.id in :ids")
          .setParameter("now", now)
          .setParameter("ids", ids.subList(from, Math.min(ids.size(), from + BATCH)))
          .executeUpdate();
    }
  }
}
