package jp.kyodo.insight;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import jp.kyodo.platform.LockingReads;
import jp.kyodo.platform.ResourceNotFoundException;
import jp.kyodo.platform.SqlValues;

/**
 * Key points and their comments in the database. A key point's comments, as anyone reads them, are
 * its linked comments that are visible now: a comment hidden or deleted later drops out (and comes
 * back if restored), the link stays.
 */
@ApplicationScoped
public class KeyPointStore {
  /** The advisory lock space of a topic's key points (the topic id is the second key). */
  static final int LOCK_SPACE = 0x6b79_6b70;

  @PersistenceContext(unitName = "kyodo")
  EntityManager em;

  /** Serialises the writes to one topic's key points across the cluster, until commit. */
  void lock(long topicId) {
    LockingReads.onTransactionConnection(em);
    em.createNativeQuery("select pg_advisory_xact_lock(?1, ?2)")
        .setParameter(1, LOCK_SPACE)
        .setParameter(2, (int) topicId)
        .getSingleResult();
  }

  /** The key point, or 404. */
  KeyPoint find(long id) {
    KeyPoint kp = em.find(KeyPoint.class, id);
    if (kp == null) {
      throw new ResourceNotFoundException("key_point");
    }
    return kp;
  }

  Optional<Long> topicOf(long keyPointId) {
    @SuppressWarnings("unchecked")
    List<Object> rows =
        em.createNativeQuery("select topic_id from key_point where id = ?1")
            .setParameter(1, keyPointId)
            .getResultList();
    return rows.stream().findFirst().map(SqlValues::asLong);
  }

  void add(KeyPoint kp) {
    em.persist(kp);
    em.flush();
  }

  void remove(KeyPoint kp) {
    em.remove(kp);
    em.flush();
  }

  void flush() {
    em.flush();
  }

  /** The extraction's own candidates no staff member touched: they are proposed afresh. */
  int deleteUntouchedCandidates(long topicId) {
    return em.createNativeQuery(
            "delete from key_point where topic_id = ?1 and status = 'candidate'"
                + " and edited_at is null")
        .setParameter(1, topicId)
        .executeUpdate();
  }

  /** Every label a key point of the topic has or had (renamed, merged away). */
  @SuppressWarnings("unchecked")
  List<String> labels(long topicId) {
    return em.createNativeQuery(
            "select label from key_point where topic_id = ?1"
                + " union select unnest(former_labels) from key_point where topic_id = ?1")
        .setParameter(1, topicId)
        .getResultList();
  }

  /** The topic's key points' ids and current labels. */
  @SuppressWarnings("unchecked")
  List<Object[]> currentLabels(long topicId) {
    return em.createNativeQuery("select id, label from key_point where topic_id = ?1")
        .setParameter(1, topicId)
        .getResultList();
  }

  void link(long keyPointId, Collection<Long> commentIds) {
    if (commentIds.isEmpty()) {
      return;
    }
    em.createNativeQuery(
            "insert into key_point_comment (key_point_id, comment_id)"
                + " select ?1, unnest(cast(?2 as bigint[])) on conflict do nothing")
        .setParameter(1, keyPointId)
        .setParameter(2, SqlValues.idArray(commentIds))
        .executeUpdate();
  }

  void unlink(long keyPointId, Collection<Long> commentIds) {
    if (commentIds.isEmpty()) {
      return;
    }
    em.createNativeQuery(
            "delete from key_point_comment where key_point_id = ?1"
                + " and comment_id = any(cast(?2 as bigint[]))")
        .setParameter(1, keyPointId)
        .setParameter(2, SqlValues.idArray(commentIds))
        .executeUpdate();
  }

  /** Moves every comment of one key point to another (the first is deleted next). */
  void moveComments(long fromId, long toId) {
    em.createNativeQuery(
            "insert into key_point_comment (key_point_id, comment_id)"
                + " select ?2, comment_id from key_point_comment where key_point_id = ?1"
                + " on conflict do nothing")
        .setParameter(1, fromId)
        .setParameter(2, toId)
        .executeUpdate();
  }

  /** Adds labels it stood under before (renamed, merged away), keeping the earlier ones. */
  void addFormerLabels(long keyPointId, List<String> labels) {
    em.createNativeQuery(
            "update key_point set former_labels = former_labels"
                + " || (select array_agg(l) from jsonb_array_elements_text(cast(?2 as jsonb)) l"
                + " where l <> all(former_labels)) where id = ?1")
        .setParameter(1, keyPointId)
        .setParameter(2, json(labels))
        .executeUpdate();
  }

  /** Which of these ids are visible comments of the topic. */
  @SuppressWarnings("unchecked")
  Set<Long> visibleCommentsOf(long topicId, Collection<Long> commentIds) {
    if (commentIds.isEmpty()) {
      return Set.of();
    }
    List<Object> rows =
        em.createNativeQuery(
                "select id from comment where id = any(cast(?1 as bigint[])) and topic_id = ?2"
                    + " and status = 'visible'")
            .setParameter(1, SqlValues.idArray(commentIds))
            .setParameter(2, topicId)
            .getResultList();
    Set<Long> out = new HashSet<>();
    rows.forEach(r -> out.add(SqlValues.asLong(r)));
    return out;
  }

  private static String json(List<String> labels) {
    var b = Json.createArrayBuilder();
    labels.forEach(b::add);
    return b.build().toString();
  }
}
