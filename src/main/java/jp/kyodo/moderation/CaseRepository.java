package jp.kyodo.moderation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import jp.kyodo.platform.ResourceNotFoundException;

/** Cases, their history and their reports. A case row is locked while anyone changes it. */
@ApplicationScoped
public class CaseRepository {
  @PersistenceContext(unitName = "kyodo")
  EntityManager em;

  /** What a case is about. */
  public record Target(String type, long id, long topicId, long authorId) {}

  /**
   * The case of the target, opened if it has none, locked until the transaction ends: reports and
   * decisions on one item happen one after the other.
   */
  public ModerationCase lockOrOpen(Target target, ModerationReason reason, OffsetDateTime now) {
    em.createNativeQuery(
            "insert into moderation_case (target_type, target_id, topic_id, author_id, state,"
                + " reason, awaiting_decision, opened_at, updated_at)"
                + " values (?1, ?2, ?3, ?4, 'pending', ?5, true, ?6, ?6)"
                + " on conflict (target_type, target_id) do nothing")
        .setParameter(1, target.type())
        .setParameter(2, target.id())
        .setParameter(3, target.topicId())
        .setParameter(4, target.authorId())
        .setParameter(5, reason.code())
        .setParameter(6, now)
        .executeUpdate();
    long id =
        ((Number)
                em.createNativeQuery(
                        "select id from moderation_case where target_type = ?1 and target_id = ?2")
                    .setParameter(1, target.type())
                    .setParameter(2, target.id())
                    .getSingleResult())
            .longValue();
    return locked(id);
  }

  public ModerationCase locked(long id) {
    ModerationCase c = em.find(ModerationCase.class, id, LockModeType.PESSIMISTIC_WRITE);
    if (c == null) {
      throw new ResourceNotFoundException("moderation_case");
    }
    em.refresh(c, LockModeType.PESSIMISTIC_WRITE);
    return c;
  }

  public Optional<ModerationCase> find(long id) {
    return Optional.ofNullable(em.find(ModerationCase.class, id));
  }

  /** Appends history lines in the order given (one flush each: JPA does not keep insert order). */
  public void record(List<CaseEvent> events) {
    for (CaseEvent e : events) {
      em.persist(e);
      em.flush();
    }
  }

  public boolean hasReported(long caseId, long reporterId) {
    return !em.createNativeQuery(
            "select 1 from moderation_report where case_id = ?1 and reporter_id = ?2")
        .setParameter(1, caseId)
        .setParameter(2, reporterId)
        .getResultList()
        .isEmpty();
  }

  public void addReport(
      long caseId, long reporterId, ModerationReason reason, String text, OffsetDateTime now) {
    em.createNativeQuery(
            "insert into moderation_report (case_id, reporter_id, reason, text, created_at)"
                + " values (?1, ?2, ?3, ?4, ?5)")
        .setParameter(1, caseId)
        .setParameter(2, reporterId)
        .setParameter(3, reason.code())
        .setParameter(4, text)
        .setParameter(5, now)
        .executeUpdate();
  }

  public void flush() {
    em.flush();
  }
}
