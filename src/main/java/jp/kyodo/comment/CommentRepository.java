package jp.kyodo.comment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import jp.kyodo.platform.ResourceNotFoundException;

/** Writes comments, their revisions and reactions, with the counters in the same transaction. */
@ApplicationScoped
public class CommentRepository {
  @PersistenceContext(unitName = "kyodo")
  EntityManager em;

  /** A comment the public may see (deleted and hidden placeholders included), or 404. */
  public Comment visible(long id) {
    Comment c = em.find(Comment.class, id);
    if (c == null || !c.isPublic()) {
      throw new ResourceNotFoundException("comment");
    }
    return c;
  }

  public void add(Comment comment) {
    em.persist(comment);
    em.flush();
  }

  /** Any comment, whatever its state: for moderators and for the author's own view. */
  public Optional<Comment> find(long id) {
    return Optional.ofNullable(em.find(Comment.class, id));
  }

  public void flush() {
    em.flush();
  }

  /** Only {@link CommentStates} changes it, by the difference a transition makes. */
  void adjustReplyCount(long parentId, int delta) {
    em.createNativeQuery("update comment set reply_count = reply_count + ?2 where id = ?1")
        .setParameter(1, parentId)
        .setParameter(2, delta)
        .executeUpdate();
  }

  public void addRevision(long commentId, String previousBody, OffsetDateTime at) {
    em.createNativeQuery(
            "insert into comment_revision (comment_id, body, replaced_at) values (?1, ?2, ?3)")
        .setParameter(1, commentId)
        .setParameter(2, previousBody)
        .setParameter(3, at)
        .executeUpdate();
  }

  /** The participant's current reaction on the comment, locked until the transaction ends. */
  public Optional<String> lockReaction(long commentId, long participantId) {
    @SuppressWarnings("unchecked")
    List<String> kinds =
        em.createNativeQuery(
                "select kind from reaction where comment_id = ?1 and participant_id = ?2"
                    + " for update")
            .setParameter(1, commentId)
            .setParameter(2, participantId)
            .getResultList();
    return kinds.stream().findFirst();
  }

  /** False when a concurrent request inserted the same participant's reaction first. */
  public boolean insertReaction(
      long commentId, long participantId, String kind, OffsetDateTime at) {
    return em.createNativeQuery(
                "insert into reaction (comment_id, participant_id, kind, created_at)"
                    + " values (?1, ?2, ?3, ?4) on conflict do nothing")
            .setParameter(1, commentId)
            .setParameter(2, participantId)
            .setParameter(3, kind)
            .setParameter(4, at)
            .executeUpdate()
        == 1;
  }

  public void changeReaction(long commentId, long participantId, String kind) {
    em.createNativeQuery(
            "update reaction set kind = ?3 where comment_id = ?1 and participant_id = ?2")
        .setParameter(1, commentId)
        .setParameter(2, participantId)
        .setParameter(3, kind)
        .executeUpdate();
  }

  public void deleteReaction(long commentId, long participantId) {
    em.createNativeQuery("delete from reaction where comment_id = ?1 and participant_id = ?2")
        .setParameter(1, commentId)
        .setParameter(2, participantId)
        .executeUpdate();
  }

  /** Applies reaction deltas and returns the new (agree, disagree) counts. */
  public int[] adjustReactionCounts(long commentId, int agreeDelta, int disagreeDelta) {
    Object[] counts =
        (Object[])
            em.createNativeQuery(
                    "update comment set agree_count = agree_count + ?2,"
                        + " disagree_count = disagree_count + ?3 where id = ?1"
                        + " returning agree_count, disagree_count")
                .setParameter(1, commentId)
                .setParameter(2, agreeDelta)
                .setParameter(3, disagreeDelta)
                .getSingleResult();
    return new int[] {((Number) counts[0]).intValue(), ((Number) counts[1]).intValue()};
  }
}
