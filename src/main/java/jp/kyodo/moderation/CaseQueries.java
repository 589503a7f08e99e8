package jp.kyodo.moderation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import jp.kyodo.platform.InvalidInputException;
import jp.kyodo.platform.ResourceNotFoundException;
import jp.kyodo.platform.SqlValues;
import jp.kyodo.security.Actor;
import jp.kyodo.security.CurrentActor;
import jp.kyodo.security.ForumPolicy;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What moderators read: the queue, a case with its item, context, reports and history. */
@ApplicationScoped
public class CaseQueries {
  @PersistenceContext(unitName = "kyodo")
  EntityManager em;

  @Inject CurrentActor currentActor;
  @Inject ForumPolicy policy;
  @Inject CaseRepository cases;

  /** A case as the queue and the API show it. */
  public record CaseSummary(
      long id,
      String targetType,
      long targetId,
      long topicId,
      String state,
      String reason,
      int reportCount,
      boolean awaitingDecision,
      OffsetDateTime openedAt,
      OffsetDateTime updatedAt,
      OffsetDateTime reviewRequestedAt,
      long version) {
    static CaseSummary of(ModerationCase c) {
      return new CaseSummary(
          c.id(),
          c.targetType(),
          c.targetId(),
          c.topicId(),
          c.state().code(),
          c.reason(),
          c.reportCount(),
          c.awaitingDecision(),
          c.openedAt(),
          c.updatedAt(),
          c.reviewRequestedAt(),
          c.version());
    }
  }

  /** A queue line: the case, the topic it is on, and the start of the item's text. */
  public record QueueItem(
      CaseSummary moderationCase, String topicTitle, String excerpt, String authorName) {}

  @Schema(name = "CaseReport")
  public record Report(String reason, String text, String reporterName, OffsetDateTime at) {}

  /** One line of a case's history; no actor id when the system acted. */
  public record HistoryLine(
      OffsetDateTime at,
      Long actorId,
      String actorName,
      String kind,
      String from,
      String to,
      String reason,
      String note) {}

  /** The item in full, whatever its state (moderators must read what they judge). */
  public record Item(
      String type,
      long id,
      String topicTitle,
      String text,
      String status,
      OffsetDateTime createdAt,
      long authorId,
      String authorName,
      String parentText,
      String parentAuthorName,
      String channel) {
    /** Received outside the web and entered by staff: no author to name, look up or sanction. */
    public boolean proxy() {
      return !"web".equals(channel);
    }
  }

  /** The author's record: how much they wrote, how their earlier cases ended, their sanctions. */
  public record AuthorHistory(
      long comments, List<CaseCount> casesByState, List<SanctionService.SanctionView> sanctions) {}

  public record CaseCount(String state, long count) {}

  public record CaseDetail(
      CaseSummary moderationCase,
      Item item,
      String reviewRequestText,
      List<Report> reports,
      List<HistoryLine> history,
      AuthorHistory authorHistory) {}

  /** Cases waiting for a moderator, oldest first or most reported first. */
  @Transactional
  @SuppressWarnings("unchecked")
  public List<QueueItem> queue(String sort, int limit) {
    requireModerator();
    String order =
        switch (sort == null ? "oldest" : sort) {
          case "oldest" -> "c.opened_at, c.id";
          case "reports" -> "c.report_count desc, c.opened_at, c.id";
          default -> throw InvalidInputException.of("sort", "validation.code.unknown");
        };
    List<Object[]> rows =
        em.createNativeQuery(
                "select c.id, c.target_type, c.target_id, c.topic_id, c.state, c.reason,"
                    + " c.report_count, c.awaiting_decision, c.opened_at, c.updated_at,"
                    + " c.review_requested_at, c.version, t.title,"
                    + " case when c.target_type = 'comment' then left(cm.body, 160)"
                    + " else left(t.body_markdown, 160) end, a.display_name"
                    + " from moderation_case c join topic t on t.id = c.topic_id"
                    + " left join comment cm on c.target_type = 'comment' and cm.id = c.target_id"
                    + " join participant a on a.id = c.author_id"
                    + " where c.awaiting_decision order by "
                    + order
                    + " limit ?1")
            .setParameter(1, Math.max(1, Math.min(limit, 200)))
            .getResultList();
    return rows.stream()
        .map(
            r ->
                new QueueItem(
                    new CaseSummary(
                        SqlValues.asLong(r[0]),
                        (String) r[1],
                        SqlValues.asLong(r[2]),
                        SqlValues.asLong(r[3]),
                        (String) r[4],
                        (String) r[5],
                        ((Number) r[6]).intValue(),
                        (Boolean) r[7],
                        SqlValues.time(r[8]),
                        SqlValues.time(r[9]),
                        SqlValues.time(r[10]),
                        SqlValues.asLong(r[11])),
                    (String) r[12],
                    (String) r[13],
                    (String) r[14]))
        .toList();
  }

  @Transactional
  public CaseDetail detail(long caseId) {
    requireModerator();
    ModerationCase c =
        cases.find(caseId).orElseThrow(() -> new ResourceNotFoundException("moderation_case"));
    return new CaseDetail(
        CaseSummary.of(c),
        item(c),
        c.reviewRequestText(),
        reports(caseId),
        history(caseId),
        authorHistory(c.authorId()));
  }

  private Item item(ModerationCase c) {
    Object[] r;
    if ("comment".equals(c.targetType())) {
      r =
          (Object[])
              em.createNativeQuery(
                      "select t.title, cm.body, cm.status, cm.created_at, cm.author_id,"
                          + " a.display_name, p.body, pa.display_name, cm.channel"
                          + " from comment cm join topic t on t.id = cm.topic_id"
                          + " join participant a on a.id = cm.author_id"
                          + " left join comment p on p.id = cm.in_reply_to_id"
                          + " left join participant pa on pa.id = p.author_id where cm.id = ?1")
                  .setParameter(1, c.targetId())
                  .getSingleResult();
    } else {
      r =
          (Object[])
              em.createNativeQuery(
                      "select t.title, t.body_markdown,"
                          + " case when t.hidden_reason is null then 'visible' else 'hidden' end,"
                          + " t.created_at, t.created_by, a.display_name, null, null, 'web'"
                          + " from topic t join participant a on a.id = t.created_by where t.id = ?1")
                  .setParameter(1, c.targetId())
                  .getSingleResult();
    }
    return new Item(
        c.targetType(),
        c.targetId(),
        (String) r[0],
        (String) r[1],
        (String) r[2],
        SqlValues.time(r[3]),
        SqlValues.asLong(r[4]),
        (String) r[5],
        (String) r[6],
        (String) r[7],
        (String) r[8]);
  }

  @SuppressWarnings("unchecked")
  private List<Report> reports(long caseId) {
    List<Object[]> rows =
        em.createNativeQuery(
                "select r.reason, r.text, p.display_name, r.created_at from moderation_report r"
                    + " join participant p on p.id = r.reporter_id where r.case_id = ?1 order by r.id")
            .setParameter(1, caseId)
            .getResultList();
    return rows.stream()
        .map(r -> new Report((String) r[0], (String) r[1], (String) r[2], SqlValues.time(r[3])))
        .toList();
  }

  @SuppressWarnings("unchecked")
  private List<HistoryLine> history(long caseId) {
    List<Object[]> rows =
        em.createNativeQuery(
                "select e.occurred_at, e.actor_id, p.display_name, e.kind, e.from_state,"
                    + " e.to_state, e.reason,"
                    + " e.note from moderation_event e left join participant p on p.id = e.actor_id"
                    + " where e.case_id = ?1 order by e.id")
            .setParameter(1, caseId)
            .getResultList();
    return rows.stream()
        .map(
            r ->
                new HistoryLine(
                    SqlValues.time(r[0]),
                    r[1] == null ? null : SqlValues.asLong(r[1]),
                    (String) r[2],
                    (String) r[3],
                    (String) r[4],
                    (String) r[5],
                    (String) r[6],
                    (String) r[7]))
        .toList();
  }

  @SuppressWarnings("unchecked")
  private AuthorHistory authorHistory(long authorId) {
    long comments =
        ((Number)
                em.createNativeQuery("select count(*) from comment where author_id = ?1")
                    .setParameter(1, authorId)
                    .getSingleResult())
            .longValue();
    List<Object[]> rows =
        em.createNativeQuery(
                "select state, count(*) from moderation_case where author_id = ?1 group by state")
            .setParameter(1, authorId)
            .getResultList();
    List<CaseCount> byState =
        rows.stream()
            .map(r -> new CaseCount((String) r[0], ((Number) r[1]).longValue()))
            .sorted(Comparator.comparing(CaseCount::state))
            .toList();
    List<SanctionService.SanctionView> sanctions =
        em
            .createQuery(
                "select s from Sanction s where s.participantId = ?1 order by s.id desc",
                Sanction.class)
            .setParameter(1, authorId)
            .getResultList()
            .stream()
            .map(Sanction::view)
            .toList();
    return new AuthorHistory(comments, byState, sanctions);
  }

  /** The signed-in participant's own items under moderation, with what they may still do. */
  @Transactional
  @SuppressWarnings("unchecked")
  public List<MyCase> mine() {
    Actor actor = currentActor.get();
    policy.require(actor.isAuthenticated(), actor);
    List<Object[]> rows =
        em.createNativeQuery(
                "select c.id, c.target_type, c.target_id, c.topic_id, t.title, c.state, c.reason,"
                    + " c.updated_at, c.review_requested_at is null and c.state in ('hidden', 'rejected'),"
                    + " case when c.target_type = 'comment' then cm.body else t.title end"
                    + " from moderation_case c join topic t on t.id = c.topic_id"
                    + " left join comment cm on c.target_type = 'comment' and cm.id = c.target_id"
                    + " where c.author_id = ?1 and c.state in ('hidden', 'held', 'rejected')"
                    + " order by c.updated_at desc limit 100")
            .setParameter(1, actor.id())
            .getResultList();
    return rows.stream()
        .map(
            r ->
                new MyCase(
                    SqlValues.asLong(r[0]),
                    (String) r[1],
                    SqlValues.asLong(r[2]),
                    SqlValues.asLong(r[3]),
                    (String) r[4],
                    (String) r[5],
                    (String) r[6],
                    SqlValues.time(r[7]),
                    (Boolean) r[8],
                    (String) r[9]))
        .toList();
  }

  /** One of my items that moderation hid, holds or rejected. */
  public record MyCase(
      long caseId,
      String targetType,
      long targetId,
      long topicId,
      String topicTitle,
      String state,
      String reason,
      OffsetDateTime updatedAt,
      boolean canRequestReview,
      String text) {}

  private void requireModerator() {
    Actor actor = currentActor.get();
    policy.require(policy.canModerate(actor), actor);
  }
}
