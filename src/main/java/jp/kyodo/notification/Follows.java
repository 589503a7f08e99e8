package jp.kyodo.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import jp.kyodo.platform.AuthenticationRequiredException;
import jp.kyodo.platform.SqlValues;
import jp.kyodo.security.Actor;
import jp.kyodo.security.CurrentActor;
import jp.kyodo.topic.TopicRepository;

/**
 * Topics a participant follows: they hear of new opinions, the ward's answer and the closing.
 * Following twice or unfollowing what one does not follow changes nothing (PUT and DELETE are
 * idempotent); only topics the participant can see can be followed.
 */
@ApplicationScoped
public class Follows {
  @PersistenceContext(unitName = "kyodo")
  EntityManager em;

  @Inject CurrentActor currentActor;
  @Inject TopicRepository topics;
  @Inject Clock clock;

  /** A followed topic, for the participant's list. */
  public record Followed(long topicId, String title, String status, OffsetDateTime followedAt)
      implements java.io.Serializable {}

  @Transactional
  public void follow(long topicId) {
    Actor actor = signedIn();
    topics.visible(topicId, false); // a draft or unknown topic is not found
    em.createNativeQuery(
            "insert into topic_follow (topic_id, participant_id, followed_at) values (?1, ?2, ?3)"
                + " on conflict do nothing")
        .setParameter(1, topicId)
        .setParameter(2, actor.id())
        .setParameter(3, OffsetDateTime.now(clock))
        .executeUpdate();
  }

  @Transactional
  public void unfollow(long topicId) {
    Actor actor = signedIn();
    topics.visible(topicId, false);
    em.createNativeQuery("delete from topic_follow where topic_id = ?1 and participant_id = ?2")
        .setParameter(1, topicId)
        .setParameter(2, actor.id())
        .executeUpdate();
  }

  /** Whether I follow the topic; a visitor is asked to sign in. */
  public boolean iFollow(long topicId) {
    signedIn();
    return follows(topicId);
  }

  /** Whether the current participant follows the topic (false for a visitor). */
  public boolean follows(long topicId) {
    Actor actor = currentActor.get();
    if (!actor.isAuthenticated()) {
      return false;
    }
    return !em.createNativeQuery(
            "select 1 from topic_follow where topic_id = ?1 and participant_id = ?2")
        .setParameter(1, topicId)
        .setParameter(2, actor.id())
        .getResultList()
        .isEmpty();
  }

  public List<Followed> mine() {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select t.id, t.title, t.status, f.followed_at from topic_follow f"
                    + " join topic t on t.id = f.topic_id"
                    + " where f.participant_id = ?1 and t.status <> 'draft'"
                    + " order by f.followed_at desc, t.id desc")
            .setParameter(1, signedIn().id())
            .getResultList();
    return rows.stream()
        .map(
            r ->
                new Followed(
                    ((Number) r[0]).longValue(),
                    (String) r[1],
                    (String) r[2],
                    SqlValues.time(r[3])))
        .toList();
  }

  private Actor signedIn() {
    Actor actor = currentActor.get();
    if (!actor.isAuthenticated()) {
      throw new AuthenticationRequiredException();
    }
    return actor;
  }
}
