package jp.kyodo.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jp.kyodo.comment.CommentStatus;

/**
 * Whether a notification's topic and comment can still be seen by its recipient at the moment it
 * leaves: a comment hidden, held, rejected or deleted since the event (or a topic hidden or back to
 * draft) is not announced. The recipient still hears of their own comment's moderation: the author
 * sees their own hidden or held comment. One question for every channel and digest.
 */
@ApplicationScoped
public class Visibility {
  @PersistenceContext(unitName = "kyodo")
  EntityManager em;

  /** Must run in a transaction (the caller's). */
  public boolean canSee(long recipientId, Long topicId, Long commentId) {
    if (commentId != null) {
      Number seen =
          (Number)
              em.createNativeQuery(
                      "select count(*) from comment c join topic t on t.id = c.topic_id"
                          + " where c.id = ?1 and t.status <> 'draft' and t.hidden_reason is null"
                          + " and (c.status = ?2 or (c.author_id = ?3 and c.status <> ?4))")
                  .setParameter(1, commentId)
                  .setParameter(2, CommentStatus.VISIBLE.code())
                  .setParameter(3, recipientId)
                  .setParameter(4, CommentStatus.DELETED.code())
                  .getSingleResult();
      return seen.longValue() > 0;
    }
    if (topicId != null) {
      Number seen =
          (Number)
              em.createNativeQuery(
                      "select count(*) from topic t"
                          + " where t.id = ?1 and t.status <> 'draft' and t.hidden_reason is null")
                  .setParameter(1, topicId)
                  .getSingleResult();
      return seen.longValue() > 0;
    }
    return true;
  }
}
