package jp.kyodo.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import jp.kyodo.comment.CommentPublished;
import jp.kyodo.topic.AnswerPublished;
import jp.kyodo.topic.TopicPublished;

/**
 * Writes what happened into {@code notification_event}, in the transaction of the change itself (a
 * transactional outbox): a rollback leaves no event, a crash after the commit loses none. {@link
 * FanOut} turns each event into its recipients' notifications after the commit.
 */
@ApplicationScoped
public class NotificationEvents {
  /** The kinds of event rows; each becomes one or more {@link EventKind}s of notification. */
  static final String COMMENT = "comment";

  static final String TOPIC = "topic";
  static final String ANSWER = "answer";
  static final String CLOSING = "topic_closing";
  static final String MODERATION = "moderation";

  @PersistenceContext(unitName = "kyodo")
  EntityManager em;

  @Inject Clock clock;
  @Inject Event<Recorded> recorded;

  /** Fired after an event row is written; {@link FanOut} starts once the transaction commits. */
  public record Recorded() {}

  @Transactional(Transactional.TxType.MANDATORY)
  void commentPublished(@Observes CommentPublished published) {
    record(COMMENT, null, published.topicId(), published.commentId(), published.authorId());
    em.createNativeQuery(
            "insert into topic_follow (topic_id, participant_id, followed_at)"
                + " select ?1, p.id, ?2 from participant p where p.id = ?3 and p.follow_on_comment"
                + " on conflict do nothing")
        .setParameter(1, published.topicId())
        .setParameter(2, now())
        .setParameter(3, published.authorId())
        .executeUpdate();
  }

  @Transactional(Transactional.TxType.MANDATORY)
  void topicPublished(@Observes TopicPublished published) {
    record(TOPIC, null, published.topicId(), null, published.actorId());
  }

  @Transactional(Transactional.TxType.MANDATORY)
  void answerPublished(@Observes AnswerPublished published) {
    record(
        ANSWER,
        published.changed() ? "changed" : null,
        published.topicId(),
        null,
        published.actorId());
  }

  /** A moderator decided on a comment (hidden, rejected, restored, approved): its author hears. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void moderated(String decision, long topicId, long commentId) {
    record(MODERATION, decision, topicId, commentId, null);
  }

  /** Writes one event row; the caller's transaction commits it with the change. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void record(String kind, String detail, Long topicId, Long commentId, Long actorId) {
    em.createNativeQuery(
            "insert into notification_event (kind, detail, topic_id, comment_id, actor_id,"
                + " occurred_at) values (?1, cast(?2 as varchar), cast(?3 as bigint),"
                + " cast(?4 as bigint), cast(?5 as bigint), ?6)")
        .setParameter(1, kind)
        .setParameter(2, detail)
        .setParameter(3, topicId)
        .setParameter(4, commentId)
        .setParameter(5, actorId)
        .setParameter(6, now())
        .executeUpdate();
    wake();
  }

  /** Starts a fan-out once the current transaction commits. */
  void wake() {
    recorded.fire(new Recorded());
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock);
  }
}
