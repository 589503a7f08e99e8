package jp.kyodo.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import jp.kyodo.security.Actor;
import jp.kyodo.security.CurrentActor;
import jp.kyodo.security.ForumPolicy;

/**
 * Writes the audit log inside the caller's transaction (an action and its record commit together)
 * and lets administrators read it. There is deliberately no way to change an entry.
 */
@ApplicationScoped
public class AuditLog {
  @PersistenceContext(unitName = "kyodo")
  EntityManager em;

  @Inject Clock clock;
  @Inject ForumPolicy policy;
  @Inject CurrentActor currentActor;

  @Transactional(Transactional.TxType.MANDATORY)
  public void record(
      Actor actor,
      String action,
      String targetType,
      Object targetId,
      String reason,
      String details) {
    em.persist(
        new AuditEntry(
            OffsetDateTime.now(clock),
            actor.id(),
            action,
            targetType,
            targetId == null ? null : String.valueOf(targetId),
            reason,
            details));
  }

  /** Newest first, optionally filtered by action and actor. Reading it is itself not audited. */
  @Transactional
  public List<AuditEntryView> search(String action, Long actorId, int limit) {
    Actor actor = currentActor.get();
    policy.require(policy.canReadAuditLog(actor), actor);
    StringBuilder jpql = new StringBuilder("select e from AuditEntry e where 1 = 1");
    if (action != null) {
      jpql.append(" and e.action = :action");
    }
    if (actorId != null) {
      jpql.append(" and e.actorId = :actor");
    }
    TypedQuery<AuditEntry> q =
        em.createQuery(jpql.append(" order by e.id desc").toString(), AuditEntry.class)
            .setMaxResults(Math.max(1, Math.min(limit, 500)));
    if (action != null) {
      q.setParameter("action", action);
    }
    if (actorId != null) {
      q.setParameter("actor", actorId);
    }
    return q.getResultList().stream().map(AuditEntryView::of).toList();
  }

  /** What the API and pages show of an entry. */
  public record AuditEntryView(
      long id,
      OffsetDateTime occurredAt,
      Long actorId,
      String action,
      String targetType,
      String targetId,
      String reason,
      String details) {
    static AuditEntryView of(AuditEntry e) {
      return new AuditEntryView(
          e.id(),
          e.occurredAt(),
          e.actorId(),
          e.action(),
          e.targetType(),
          e.targetId(),
          e.reason(),
          e.details());
    }
  }
}
