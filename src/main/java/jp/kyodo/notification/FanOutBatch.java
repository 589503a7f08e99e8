package jp.kyodo.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import jp.kyodo.platform.SqlValues;

/**
 * One transaction of fan-out: claims pending events ({@code FOR UPDATE SKIP LOCKED}, so nodes share
 * the work), writes their recipients' notifications in a few set-based statements, and marks the
 * events done. A crash rolls back both, so an event is fanned out once.
 *
 * <p>Who hears of what, in one place (each statement's recipients are active participants other
 * than the one who acted, whose preference for the kind is not "off"):
 *
 * <ul>
 *   <li>a published comment: the author of the comment it answers ({@code reply}); the topic's
 *       followers ({@code topic_comment}, one unread row per topic counting the new opinions);
 *       staff of the topic's department ({@code department_comment});
 *   <li>a published topic: those who watch its policy area, its area, or its district or area (a
 *       district's watchers hear of their area's topics; a ward-wide topic reaches every place's
 *       watchers, as the topic filter includes it under every place) ({@code new_topic});
 *   <li>an answer published or changed, a topic closing soon or closed: the topic's followers;
 *   <li>a moderator's decision on a comment: its author, in the site (the decision's mail, with its
 *       reasons, is sent by moderation itself and always goes).
 * </ul>
 *
 * Comments are taken only while visible and topics only while published: hidden, held, deleted and
 * withdrawn content reaches nobody.
 *
 * <p>A topic's followers are brought up to date at most once every {@link #FOLLOWERS_INTERVAL}: the
 * new opinions in between wait ({@code notification_event.followers_pending}, and the topic's
 * {@code topic_fanout.pending}) and go out together: a pass takes every opinion waiting for its
 * topic. A hot topic then costs one pass every five seconds rather than one per drain, and a pass
 * reads only the followers not yet told ({@link #topicActivity}).
 */
@ApplicationScoped
public class FanOutBatch {
  static final int SIZE = 500;

  /** Topics passed over in one transaction. */
  static final int TOPICS = 50;

  /** How often at most a topic's followers are brought up to date (well within the 10 s asked). */
  static final Duration FOLLOWERS_INTERVAL = Duration.ofSeconds(5);

  @PersistenceContext(unitName = "kyodo")
  EntityManager em;

  @Inject Clock clock;

  record Pending(long id, String kind, String detail, Long topicId, Long commentId, Long actorId) {
    /** From a row of {@link #EVENT_COLUMNS}. */
    static Pending of(Object[] r) {
      return new Pending(
          ((Number) r[0]).longValue(),
          (String) r[1],
          (String) r[2],
          r[3] == null ? null : ((Number) r[3]).longValue(),
          r[4] == null ? null : ((Number) r[4]).longValue(),
          r[5] == null ? null : ((Number) r[5]).longValue());
    }
  }

  private static final String EVENT_COLUMNS = "id, kind, detail, topic_id, comment_id, actor_id";

  /** Fans out up to {@link #SIZE} events; returns how many it took. */
  @Transactional
  public int run() {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select "
                    + EVENT_COLUMNS
                    + " from notification_event where fanned_out_at is null order by id limit ?1 for update skip locked")
            .setParameter(1, SIZE)
            .getResultList();
    if (rows.isEmpty()) {
      return 0;
    }
    List<Pending> events = rows.stream().map(Pending::of).toList();
    OffsetDateTime now = OffsetDateTime.now(clock);
    List<Long> opinions =
        comments(
            events.stream().filter(e -> NotificationEvents.COMMENT.equals(e.kind())).toList(), now);
    for (Pending e : events) {
      switch (e.kind()) {
        case NotificationEvents.TOPIC -> newTopic(e, now);
        case NotificationEvents.ANSWER -> toFollowers(e, EventKind.ANSWER, now);
        case NotificationEvents.CLOSING -> toFollowers(e, EventKind.TOPIC_CLOSING, now);
        case NotificationEvents.MODERATION -> toAuthor(e, now);
        default -> {}
      }
    }
    em.createNativeQuery(
            "update notification_event set fanned_out_at = ?1,"
                + " followers_pending = (id = any(cast(?3 as bigint[])))"
                + " where id = any(cast(?2 as bigint[]))")
        .setParameter(1, now)
        .setParameter(2, array(events.stream().map(Pending::id).toList()))
        .setParameter(3, array(opinions))
        .executeUpdate();
    if (!opinions.isEmpty()) {
      // their topics wait for a pass (in topic order: two nodes lock alike)
      em.createNativeQuery(
              "insert into topic_fanout (topic_id, pending)"
                  + " select distinct e.topic_id, true from notification_event e"
                  + " where e.id = any(cast(?1 as bigint[])) order by e.topic_id"
                  + " on conflict (topic_id) do update set pending = true"
                  + " where not topic_fanout.pending")
          .setParameter(1, array(opinions))
          .executeUpdate();
    }
    return events.size();
  }

  /**
   * Brings up to date the followers of up to {@link #TOPICS} topics with new opinions waiting,
   * unless they were brought up to date within {@link #FOLLOWERS_INTERVAL}: each pass takes every
   * opinion waiting for its topic. Returns how many topics it passed over.
   */
  @Transactional
  public int runFollowers() {
    OffsetDateTime now = OffsetDateTime.now(clock);
    @SuppressWarnings("unchecked")
    List<Number> topics =
        em.createNativeQuery(
                "select topic_id from topic_fanout where pending"
                    + " and (fanned_out_at is null or fanned_out_at <= ?1)"
                    + " order by topic_id limit ?2 for update skip locked")
            .setParameter(1, now.minus(FOLLOWERS_INTERVAL))
            .setParameter(2, TOPICS)
            .getResultList();
    if (topics.isEmpty()) {
      return 0;
    }
    String ids = array(topics.stream().map(Number::longValue).toList());
    // the topics' rows are locked: a node that marks one waiting again waits for this pass
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select "
                    + EVENT_COLUMNS
                    + " from notification_event where topic_id = any(cast(?1 as bigint[]))"
                    + " and followers_pending order by topic_id, id")
            .setParameter(1, ids)
            .getResultList();
    List<Pending> waiting = rows.stream().map(Pending::of).toList();
    waiting.stream()
        .collect(Collectors.groupingBy(Pending::topicId, TreeMap::new, Collectors.toList()))
        .forEach((topic, opinions) -> topicActivity(topic, opinions, now));
    em.createNativeQuery(
            "update notification_event set followers_pending = false"
                + " where id = any(cast(?1 as bigint[]))")
        .setParameter(1, array(waiting.stream().map(Pending::id).toList()))
        .executeUpdate();
    em.createNativeQuery(
            "update topic_fanout set pending = false, fanned_out_at = ?2"
                + " where topic_id = any(cast(?1 as bigint[]))")
        .setParameter(1, ids)
        .setParameter(2, now)
        .executeUpdate();
    return topics.size();
  }

  /**
   * How long until the next topic waiting for its pass ({@link #runFollowers}) is due; empty when
   * none waits.
   */
  @Transactional
  public Optional<Duration> nextPassIn() {
    Object[] r =
        (Object[])
            em.createNativeQuery(
                    "select count(*), bool_or(fanned_out_at is null), min(fanned_out_at)"
                        + " from topic_fanout where pending")
                .getSingleResult();
    if (((Number) r[0]).longValue() == 0) {
      return Optional.empty();
    }
    if (Boolean.TRUE.equals(r[1]) || r[2] == null) {
      return Optional.of(Duration.ZERO);
    }
    Duration left =
        Duration.between(OffsetDateTime.now(clock), SqlValues.time(r[2]).plus(FOLLOWERS_INTERVAL));
    return Optional.of(left.isNegative() ? Duration.ZERO : left);
  }

  /** Writes the replies' and departments' notifications; returns the visible new opinions. */
  private List<Long> comments(List<Pending> published, OffsetDateTime now) {
    if (published.isEmpty()) {
      return List.of();
    }
    @SuppressWarnings("unchecked")
    List<Object[]> visible =
        em.createNativeQuery(
                "select c.id, c.depth = 0 from comment c join topic t on t.id = c.topic_id"
                    + " where c.id = any(cast(?1 as bigint[])) and c.status = 'visible'"
                    + " and t.status in ('open', 'closed') and t.hidden_reason is null")
            .setParameter(1, array(published.stream().map(Pending::commentId).toList()))
            .getResultList();
    Set<Long> shown = new HashSet<>();
    Set<Long> roots = new HashSet<>();
    for (Object[] r : visible) {
      long id = ((Number) r[0]).longValue();
      shown.add(id);
      if (Boolean.TRUE.equals(r[1])) {
        roots.add(id);
      }
    }
    List<Pending> live = published.stream().filter(e -> shown.contains(e.commentId())).toList();
    if (live.isEmpty()) {
      return List.of();
    }
    String events = array(live.stream().map(Pending::id).toList());
    String ids = array(live.stream().map(Pending::commentId).toList());
    insert(
        EventKind.REPLY,
        "select parent.author_id, e.event_id, null, c.topic_id, c.id, 1"
            + " from unnest(cast(?1 as bigint[]), cast(?2 as bigint[])) e(event_id, comment_id)"
            + " join comment c on c.id = e.comment_id"
            + " join comment parent on parent.id = coalesce(c.in_reply_to_id, c.parent_id)"
            + " where parent.author_id <> c.author_id",
        now,
        events,
        ids);
    insert(
        EventKind.DEPARTMENT_COMMENT,
        "select s.id, e.event_id, null, c.topic_id, c.id, 1"
            + " from unnest(cast(?1 as bigint[]), cast(?2 as bigint[])) e(event_id, comment_id)"
            + " join comment c on c.id = e.comment_id join topic t on t.id = c.topic_id"
            + " join participant s on s.department = t.department"
            + " join participant_role r on r.participant_id = s.id and r.role = 'staff'"
            + " where s.id <> c.author_id",
        now,
        events,
        ids);
    return live.stream().filter(e -> roots.contains(e.commentId())).map(Pending::id).toList();
  }

  /**
   * New opinions on a followed topic: one waiting row per follower and topic, written by the first
   * new opinion and left alone by the next ones: a busy topic with 10,000 followers costs no row
   * updates per post. The row's count is read from the comments when it is shown (from {@code
   * since_comment_id} on). Replies are for the replied-to author only. The caller holds the topic's
   * {@code topic_fanout} row: a second node skips the topic meanwhile.
   *
   * <p>Only the followers not known to have a waiting row are read ({@code topic_follow.waiting},
   * set here for the rows written and cleared by the database when a row is read, delivered or
   * deleted; see {@code V16_2}): those who followed since the last pass, whose row was read or
   * delivered since, and those not told yet (only their own opinions were new, their preference is
   * off). Looking at every follower cost 5–6 ms per pass for a topic with 5,000 followers, two
   * thirds of what notifications cost PostgreSQL per post in the benchmark.
   */
  private void topicActivity(long topicId, List<Pending> opinions, OffsetDateTime now) {
    Pending first = opinions.get(0);
    EventKind kind = EventKind.TOPIC_COMMENT;
    em.createNativeQuery(
            "with told as (insert into notification (participant_id, event_id, kind, topic_id,"
                + " since_comment_id, count, created_at, updated_at, channel, frequency)"
                + " select x.participant_id, ?1, ?2, ?3, ?4, x.n, ?6, ?6,"
                + " coalesce(x.channel, ?7), coalesce(x.frequency, ?8)"
                // one lookup each for the participant and the preference: joined, PostgreSQL
                // read all 50,000 participants
                + " from (select f.participant_id, ?5 - (select count(*)"
                + " from unnest(cast(?9 as bigint[])) a where a = f.participant_id) n,"
                + " (select np.channel from notification_preference np"
                + " where np.participant_id = f.participant_id and np.event_kind = ?2) channel,"
                + " (select np.frequency from notification_preference np"
                + " where np.participant_id = f.participant_id and np.event_kind = ?2) frequency"
                + " from topic_follow f where f.topic_id = ?3 and not f.waiting"
                + " and (select p.withdrawn_at is null from participant p"
                + " where p.id = f.participant_id)) x"
                // opinions of others among the new ones; not switched off
                + " where x.n > 0 and coalesce(x.frequency, ?8) <> 'off'"
                + " on conflict (participant_id, topic_id) where kind = 'topic_comment'"
                + " and read_at is null and delivered_at is null do nothing"
                + " returning participant_id)"
                + " update topic_follow f set waiting = true from told"
                + " where f.topic_id = ?3 and f.participant_id = told.participant_id")
        .setParameter(1, first.id())
        .setParameter(2, kind.code())
        .setParameter(3, topicId)
        .setParameter(4, first.commentId())
        .setParameter(5, opinions.size())
        .setParameter(6, now)
        .setParameter(7, kind.defaultChannel().code())
        .setParameter(8, kind.defaultFrequency().code())
        .setParameter(9, array(opinions.stream().map(Pending::actorId).toList()))
        .executeUpdate();
  }

  private void newTopic(Pending e, OffsetDateTime now) {
    insert(
        EventKind.NEW_TOPIC,
        "select distinct w.participant_id, cast(?1 as bigint), null, t.id, cast(null as bigint), 1"
            + " from topic t join watch w on"
            + " (w.kind = 'policy_area' and w.code = t.policy_area)"
            + " or (w.kind = 'area' and (t.scope_area is null or w.code = t.scope_area))"
            + " or (w.kind = 'district' and (t.scope_area is null or w.code = t.scope_district"
            + " or (t.scope_district is null"
            + " and w.code in (select d.code from district d where d.area_code = t.scope_area))))"
            + " where t.id = cast(?2 as bigint) and t.status = 'open' and t.hidden_reason is null"
            + " and w.participant_id <> t.created_by",
        now,
        e.id(),
        e.topicId());
  }

  private void toFollowers(Pending e, EventKind kind, OffsetDateTime now) {
    insert(
        kind,
        "select f.participant_id, cast(?1 as bigint), cast(?3 as varchar), f.topic_id,"
            + " cast(null as bigint), 1"
            + " from topic_follow f join topic t on t.id = f.topic_id"
            + " where f.topic_id = cast(?2 as bigint) and t.status <> 'draft'"
            + " and t.hidden_reason is null"
            + " and f.participant_id is distinct from cast(?4 as bigint)",
        now,
        e.id(),
        e.topicId(),
        e.detail(),
        e.actorId());
  }

  /**
   * A moderator's decision, to the comment's author, in the site only: the decision's own mail
   * (with its reasons) has already gone. Not subject to preferences: it is about their own post.
   */
  private void toAuthor(Pending e, OffsetDateTime now) {
    em.createNativeQuery(
            "insert into notification (participant_id, event_id, kind, detail, topic_id,"
                + " comment_id, count, created_at, updated_at, channel, frequency)"
                + " select c.author_id, ?1, ?2, ?3, c.topic_id, c.id, 1, ?4, ?4, 'site', 'instant'"
                + " from comment c join participant p on p.id = c.author_id"
                + " and p.withdrawn_at is null where c.id = ?5 on conflict do nothing")
        .setParameter(1, e.id())
        .setParameter(2, EventKind.MODERATION.code())
        .setParameter(3, e.detail())
        .setParameter(4, now)
        .setParameter(5, e.commentId())
        .executeUpdate();
  }

  /**
   * Writes one kind's notifications for the recipients a query selects, as rows of (participant,
   * event, detail, topic, comment, count), with each recipient's channel and frequency. The query's
   * own parameters are ?1.. in order; the statement adds its own after them.
   */
  private void insert(EventKind kind, String recipients, OffsetDateTime now, Object... args) {
    int n = args.length;
    String sql =
        "insert into notification (participant_id, event_id, detail, topic_id, comment_id, count,"
            + " kind, created_at, updated_at, channel, frequency)"
            + " select r.participant_id, r.event_id, r.detail, r.topic_id, r.comment_id, r.count,"
            + (" ?" + (n + 1) + ", ?" + (n + 2) + ", ?" + (n + 2) + ",")
            + (" coalesce(np.channel, ?" + (n + 3) + "), coalesce(np.frequency, ?" + (n + 4) + ")")
            + (" from (" + recipients + ")")
            + " r(participant_id, event_id, detail, topic_id, comment_id, count)"
            + " join participant p on p.id = r.participant_id and p.withdrawn_at is null"
            + " left join notification_preference np on np.participant_id = r.participant_id"
            + (" and np.event_kind = ?" + (n + 1))
            + (" where coalesce(np.frequency, ?" + (n + 4) + ") <> 'off'")
            + " on conflict do nothing";
    var query = em.createNativeQuery(sql);
    for (int i = 0; i < n; i++) {
      query.setParameter(i + 1, args[i]);
    }
    query
        .setParameter(n + 1, kind.code())
        .setParameter(n + 2, now)
        .setParameter(n + 3, kind.defaultChannel().code())
        .setParameter(n + 4, kind.defaultFrequency().code())
        .executeUpdate();
  }

  /** A PostgreSQL array literal of ids, bound as text and cast in the statement. */
  static String array(List<Long> ids) {
    return jp.kyodo.platform.SqlValues.idArray(ids);
  }
}
