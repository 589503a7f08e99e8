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

  /**
   * A new visible comment: its event, and the author follows the topic unless they switched that
   * off, in one statement (it is on every post's path).
   */
  @Transactional(Transactional.TxType.MANDATORY)
  void commentPublished(@Observes CommentPublished published) {
    write(
        "with followed as (insert into topic_follow (topic_id, participant_id, followed_at)"
            + " select ?3, p.id, ?6 from participant p where p.id = ?5 and p.follow_on_comment"
            + " on conflict do nothing) ",
        COMMENT,
        null,
        published.topicId(),
        published.commentId(),
        published.authorId());
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
    write("", kind, detail, topicId, commentId, actorId);
  }

  /** The event's insert, after a statement prefix that may use its parameters (?3 topic …). */
  private void write(
      String prefix, String kind, String detail, Long topicId, Long commentId, Long actorId) {
    em.createNativeQuery(
            prefix
                + "insert into notification_event (kind, detail, topic_id, comment_id, actor_id,"
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
