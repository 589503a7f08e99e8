package jp.kyodo.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jp.kyodo.platform.Csv;
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

  /** The longest reason and details an entry keeps (their columns); longer text is cut. */
  static final int REASON_MAX = 1000;

  static final int DETAILS_MAX = 2000;

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
            cut(reason, REASON_MAX),
            cut(details, DETAILS_MAX)));
  }

  /**
   * At most max code points: a moderator's 2,000-character note or a long search must not fail the
   * action it records (the entry keeps the start and says it was cut).
   */
  static String cut(String text, int max) {
    if (text == null || text.codePointCount(0, text.length()) <= max) {
      return text;
    }
    return text.substring(0, text.offsetByCodePoints(0, max - 1)) + "…";
  }

  /** What administrators filter the log by; every part is optional. */
  public record Filter(
      String action,
      Long actorId,
      String targetType,
      String targetId,
      OffsetDateTime from,
      OffsetDateTime to) {
    public static final Filter NONE = new Filter(null, null, null, null, null, null);
  }

  /** Newest first, filtered. Reading it is itself not audited; exporting it is. */
  @Transactional
  public List<AuditEntryView> search(Filter filter, int limit) {
    Actor actor = currentActor.get();
    policy.require(policy.canReadAuditLog(actor), actor);
    return query(filter, Math.max(1, Math.min(limit, 500)));
  }

  /** The filtered log as CSV, headed in the reader's language ({@link Csv}). */
  @Transactional
  public String exportCsv(Filter filter, Locale locale) {
    Actor actor = currentActor.get();
    policy.require(policy.canReadAuditLog(actor), actor);
    List<AuditEntryView> entries = query(filter, EXPORT_LIMIT);
    record(actor, "audit_log.export", "audit_log", null, null, entries.size() + " entries");
    List<List<String>> rows =
        entries.stream()
            .map(
                e ->
                    Arrays.asList(
                        String.valueOf(e.id()),
                        String.valueOf(e.occurredAt()),
                        e.actorId() == null ? null : String.valueOf(e.actorId()),
                        e.action(),
                        e.targetType(),
                        e.targetId(),
                        e.reason(),
                        e.details()))
            .toList();
    return Csv.write(
        Csv.header(
            locale,
            "csv.audit.",
            List.of(
                "id",
                "occurred_at",
                "actor_id",
                "action",
                "target_type",
                "target_id",
                "reason",
                "details")),
        rows);
  }

  private static final int EXPORT_LIMIT = 100_000;

  private List<AuditEntryView> query(Filter f, int limit) {
    StringBuilder jpql = new StringBuilder("select e from AuditEntry e where 1 = 1");
    Map<String, Object> params = new LinkedHashMap<>();
    if (f.action() != null) {
      jpql.append(" and e.action like :action");
      params.put("action", f.action().replace("%", "") + "%");
    }
    if (f.actorId() != null) {
      jpql.append(" and e.actorId = :actor");
      params.put("actor", f.actorId());
    }
    if (f.targetType() != null) {
      jpql.append(" and e.targetType = :targetType");
      params.put("targetType", f.targetType());
    }
    if (f.targetId() != null) {
      jpql.append(" and e.targetId = :targetId");
      params.put("targetId", f.targetId());
    }
    if (f.from() != null) {
      jpql.append(" and e.occurredAt >= :from");
      params.put("from", f.from());
    }
    if (f.to() != null) {
      jpql.append(" and e.occurredAt < :to");
      params.put("to", f.to());
    }
    TypedQuery<AuditEntry> q =
        em.createQuery(jpql.append(" order by e.id desc").toString(), AuditEntry.class)
            .setMaxResults(limit);
    params.forEach(q::setParameter);
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
