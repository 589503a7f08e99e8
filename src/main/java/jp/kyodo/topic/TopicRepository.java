package jp.kyodo.topic;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import jp.kyodo.platform.ResourceNotFoundException;

/**
 * Loads topics through the one rule of who sees what: drafts exist only for staff. Also keeps the
 * denormalised counters with atomic updates.
 */
@ApplicationScoped
public class TopicRepository {
  @PersistenceContext(unitName = "kyodo")
  EntityManager em;

  /** The topic as the actor may see it, or 404. */
  public Topic visible(long id, boolean seesDrafts) {
    Topic topic = em.find(Topic.class, id);
    if (topic == null || (!topic.isPublished() && !seesDrafts)) {
      throw new ResourceNotFoundException("topic");
    }
    return topic;
  }

  public void add(Topic topic) {
    em.persist(topic);
    em.flush();
  }

  public void flush() {
    em.flush();
  }

  /**
   * Called by the comment feature's one owner of comment state ({@code CommentStates}) only. Counts
   * a new comment: comments, roots, distinct participants, last activity. The participant row makes
   * participant_count exact without counting on every read. A comment approved or restored by a
   * moderator counts even after the topic closed ({@code requireOpen} false). {@code authorId}
   * null: a comment that adds no participant (an opinion staff entered on someone's behalf, whose
   * author row stands for people outside the web).
   */
  public boolean countComment(long topicId, Long authorId, boolean root, boolean requireOpen) {
    // one statement: the participant row's insert is rolled back with the rest when the topic
    // turned out to be closed (false), because the caller then fails the transaction
    return em.createNativeQuery(
                "with joined as (insert into topic_participant (topic_id, participant_id)"
                    + " select ?1, ?2 where ?4 on conflict do nothing returning 1)"
                    + " update topic set comment_count = comment_count + 1,"
                    + " root_comment_count = root_comment_count + ?3,"
                    + " participant_count = participant_count + (select count(*) from joined),"
                    + " last_activity_at = now()"
                    + " where id = ?1"
                    + (requireOpen ? " and status = 'open' and closes_at > now()" : ""))
            .setParameter(1, topicId)
            .setParameter(2, authorId == null ? 0L : authorId)
            .setParameter(3, root ? 1 : 0)
            .setParameter(4, authorId != null)
            .executeUpdate()
        == 1;
  }

  public void uncountComment(long topicId, boolean root) {
    em.createNativeQuery(
            "update topic set comment_count = comment_count - 1,"
                + " root_comment_count = root_comment_count - ?1 where id = ?2")
        .setParameter(1, root ? 1 : 0)
        .setParameter(2, topicId)
        .executeUpdate();
  }

  public Optional<Topic> find(long id) {
    return Optional.ofNullable(em.find(Topic.class, id));
  }
}
