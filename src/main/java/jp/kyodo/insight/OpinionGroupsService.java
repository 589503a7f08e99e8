package jp.kyodo.insight;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import jp.kyodo.platform.LockingReads;
import jp.kyodo.platform.ResourceNotFoundException;
import jp.kyodo.platform.SqlValues;
import jp.kyodo.security.Actor;
import jp.kyodo.security.CurrentActor;
import jp.kyodo.security.ForumPolicy;
import jp.kyodo.topic.Topic;
import jp.kyodo.topic.TopicRepository;

/**
 * Computes a topic's opinion groups from its visible comments' agree/disagree reactions and stores
 * each run with what went in ({@code opinion_groups_run}); staff and administrators read the
 * latest. Runs of one topic are serialised across the cluster by an advisory lock, and each keeps
 * the number of groups of the run before unless another separates clearly better.
 */
@ApplicationScoped
public class OpinionGroupsService {
  /** The advisory lock space of opinion-group runs (the topic id is the second key). */
  static final int LOCK_SPACE = 0x6b79_6f67;

  private static final Jsonb JSONB = JsonbBuilder.create();

  @PersistenceContext(unitName = "kyodo")
  EntityManager em;

  @Inject CurrentActor currentActor;
  @Inject ForumPolicy policy;
  @Inject TopicRepository topics;
  @Inject Clock clock;

  /** The latest stored run, or 404 when the topic's groups were never computed. */
  @Transactional
  public OpinionGroupsView latest(long topicId) {
    return find(topicId).orElseThrow(() -> new ResourceNotFoundException("opinion groups"));
  }

  /** The latest stored run, if the topic's groups were ever computed (404 for an unknown topic). */
  @Transactional
  public java.util.Optional<OpinionGroupsView> find(long topicId) {
    allowed(topicId);
    return stored(topicId);
  }

  /** A topic's title with its latest run ({@code latest} null before the first), for the page. */
  public record TopicGroups(long topicId, String title, OpinionGroupsView latest) {}

  @Transactional
  public TopicGroups forPage(long topicId) {
    Topic topic = allowed(topicId);
    return new TopicGroups(topicId, topic.title(), stored(topicId).orElse(null));
  }

  /** Computes the topic's groups now, stores the run and answers it. */
  @Transactional
  public OpinionGroupsView compute(long topicId) {
    allowed(topicId);
    lock(topicId);
    return run(topicId, currentActor.get().id(), signature(topicId));
  }

  /**
   * The scheduled run of one open topic: computed again only when a vote came after its last run
   * and that run is at least {@code every} old. Under the topic's lock, so that of several nodes
   * running the schedule one computes and the others find the fresh run and skip. True if it ran.
   */
  @Transactional
  @SuppressWarnings("unchecked")
  public boolean refreshIfStale(long topicId, Duration every) {
    lock(topicId);
    List<Object[]> last =
        em.createNativeQuery(
                "select computed_at, votes_signature from opinion_groups_run where topic_id = ?1"
                    + " order by computed_at desc, id desc limit 1")
            .setParameter(1, topicId)
            .getResultList();
    String now = signature(topicId);
    if (!last.isEmpty()) {
      OffsetDateTime lastRun = SqlValues.time(last.get(0)[0]);
      if (now.equals(last.get(0)[1]) || lastRun.isAfter(OffsetDateTime.now(clock).minus(every))) {
        return false;
      }
    } else if (now.startsWith("0:")) {
      return false; // no vote yet
    }
    run(topicId, null, now);
    return true;
  }

  /** The open topics with at least one vote, for the schedule. */
  @Transactional
  @SuppressWarnings("unchecked")
  public List<Long> openTopicsWithVotes() {
    List<Object> ids =
        em.createNativeQuery(
                "select t.id from topic t where t.status = 'open' and exists (select 1 from"
                    + " comment c join reaction r on r.comment_id = c.id where c.topic_id = t.id)"
                    + " order by t.id")
            .getResultList();
    return ids.stream().map(SqlValues::asLong).toList();
  }

  private void lock(long topicId) {
    LockingReads.onTransactionConnection(em);
    em.createNativeQuery("select pg_advisory_xact_lock(?1, ?2)")
        .setParameter(1, LOCK_SPACE)
        .setParameter(2, (int) topicId)
        .getSingleResult();
  }

  /** {@code signature}: of the votes as read under the topic's lock, stored with the run. */
  private OpinionGroupsView run(long topicId, Long by, String signature) {
    int previous = stored(topicId).map(OpinionGroupsView::groupCount).orElse(0);
    OffsetDateTime at = OffsetDateTime.now(clock);
    GroupsResult result = OpinionGroups.compute(votes(topicId), previous, OpinionGroups.SEED);
    OpinionGroupsView view = OpinionGroupsView.of(topicId, at, previous, result);
    em.createNativeQuery(
            "insert into opinion_groups_run (topic_id, computed_at, computed_by, participants,"
                + " participants_excluded, votes, comments, comments_projected, seed,"
                + " previous_groups, groups, silhouette, result, votes_signature) values (?1, ?2,"
                + " cast(?3 as bigint), ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, cast(?13 as jsonb),"
                + " ?14)")
        .setParameter(1, topicId)
        .setParameter(2, at)
        .setParameter(3, by)
        .setParameter(4, view.participants())
        .setParameter(5, view.participantsExcluded())
        .setParameter(6, view.votes())
        .setParameter(7, view.comments())
        .setParameter(8, view.commentsProjected())
        .setParameter(9, view.seed())
        .setParameter(10, previous)
        .setParameter(11, view.groupCount())
        .setParameter(12, view.silhouette())
        .setParameter(13, JSONB.toJson(view))
        .setParameter(14, signature)
        .executeUpdate();
    return view;
  }

  private Topic allowed(long topicId) {
    Actor actor = currentActor.get();
    policy.require(policy.canReadTopicReport(actor), actor);
    return topics.visible(topicId, true);
  }

  /**
   * The topic's votes in one value: how many, and the sum of a hash of each (participant, comment,
   * kind) — any vote added, changed or withdrawn changes it. Read under the topic's lock.
   */
  private String signature(long topicId) {
    Object[] row =
        (Object[])
            em.createNativeQuery(
                    "select count(*), coalesce(sum(cast(hashtextextended(r.participant_id || ':'"
                        + " || r.comment_id || ':' || r.kind, 0) as numeric)), 0) from reaction r"
                        + " join comment c on c.id = r.comment_id"
                        + " where c.topic_id = ?1 and c.status = 'visible'")
                .setParameter(1, topicId)
                .getSingleResult();
    return row[0] + ":" + row[1];
  }

  /** Agree/disagree reactions on the topic's visible comments. */
  @SuppressWarnings("unchecked")
  VoteMatrix votes(long topicId) {
    List<Object[]> rows =
        em.createNativeQuery(
                "select r.participant_id, r.comment_id, r.kind from reaction r"
                    + " join comment c on c.id = r.comment_id"
                    + " where c.topic_id = ?1 and c.status = 'visible'")
            .setParameter(1, topicId)
            .getResultList();
    VoteMatrix.Builder b = VoteMatrix.builder();
    for (Object[] row : rows) {
      b.add(
          SqlValues.asLong(row[0]),
          SqlValues.asLong(row[1]),
          "agree".equals(row[2]) ? VoteMatrix.AGREE : VoteMatrix.DISAGREE);
    }
    return b.build();
  }

  @SuppressWarnings("unchecked")
  private java.util.Optional<OpinionGroupsView> stored(long topicId) {
    List<Object> rows =
        em.createNativeQuery(
                "select cast(result as text) from opinion_groups_run where topic_id = ?1"
                    + " order by computed_at desc, id desc limit 1")
            .setParameter(1, topicId)
            .getResultList();
    return rows.stream()
        .findFirst()
        .map(json -> JSONB.fromJson((String) json, OpinionGroupsView.class));
  }
}
