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
   * Counts a new comment: comments, roots, distinct participants, last activity. The participant
   * row makes participant_count exact without counting on every read. A comment approved or
   * restored by a moderator counts even after the topic closed ({@code requireOpen} false).
   */
  public boolean countComment(long topicId, long authorId, boolean root, boolean requireOpen) {
    int newParticipant =
        em.createNativeQuery(
                "insert into topic_participant (topic_id, participant_id) values (?1, ?2)"
                    + " on conflict do nothing")
            .setParameter(1, topicId)
            .setParameter(2, authorId)
            .executeUpdate();
    // the status condition closes the race with a concurrent closure: false means closed
    return em.createNativeQuery(
                "update topic set comment_count = comment_count + 1,"
                    + " root_comment_count = root_comment_count + ?1,"
                    + " participant_count = participant_count + ?2, last_activity_at = now()"
                    + " where id = ?3"
                    + (requireOpen ? " and status = 'open' and closes_at > now()" : ""))
            .setParameter(1, root ? 1 : 0)
            .setParameter(2, newParticipant)
            .setParameter(3, topicId)
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
