package jp.kyodo.insight;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonString;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.StringReader;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.kyodo.platform.ResourceNotFoundException;
import jp.kyodo.platform.SqlValues;
import jp.kyodo.platform.Text;
import jp.kyodo.security.Actor;
import jp.kyodo.security.CurrentActor;
import jp.kyodo.security.ForumPolicy;
import jp.kyodo.topic.TopicRepository;

/**
 * Reads a topic's key points: all of them for curators ({@link ForumPolicy#canCurateKeyPoints}),
 * the approved ones for everyone else, and the approved ones for what groups opinions by them.
 * Comments are the linked ones that are visible now.
 */
@ApplicationScoped
public class KeyPointQueries {
  @PersistenceContext(unitName = "kyodo")
  EntityManager em;

  @Inject CurrentActor currentActor;
  @Inject ForumPolicy policy;
  @Inject TopicRepository topics;

  /** The topic's key points as the actor may see them; 404 for a topic the actor cannot see. */
  @Transactional
  public List<KeyPointView> list(long topicId) {
    Actor actor = currentActor.get();
    topics.visible(topicId, policy.canSeeDraftTopics(actor));
    boolean curator = policy.canCurateKeyPoints(actor);
    return rows(topicId, !curator).stream()
        .map(r -> curator ? KeyPointView.forCurators(r) : KeyPointView.forPublic(r))
        .toList();
  }

  /**
   * The topic's approved key points in display order (staff's order, then by score), each with the
   * ids of its visible comments: what the public sees, for the results document. No permission
   * check (approved key points are public); the caller has loaded the topic as its reader may.
   */
  @Transactional
  public List<ApprovedKeyPoint> approved(long topicId) {
    return rows(topicId, true).stream()
        .map(r -> new ApprovedKeyPoint(r.id(), r.label(), r.sortOrder(), r.commentIds()))
        .toList();
  }

  /** An approved key point's label and how many visible comments it has, for the topic page. */
  public record Summary(long id, String label, long comments) {}

  /** The topic page's 「主な論点」: one statement, whatever the number of key points. */
  public List<Summary> summaries(long topicId) {
    return approvedCounts(topicId).stream()
        .map(r -> new Summary(SqlValues.asLong(r[0]), (String) r[1], SqlValues.asLong(r[2])))
        .toList();
  }

  /** A comment of a key point, cut short, for the staff page. */
  public record Example(long commentId, String excerpt) {}

  /** Up to {@code each} comments of every key point of the topic, by key point id. */
  public Map<Long, List<Example>> examples(long topicId, int each, int length) {
    Map<Long, List<Example>> out = new LinkedHashMap<>();
    for (Object[] r : examplesOf(topicId, each)) {
      out.computeIfAbsent(SqlValues.asLong(r[0]), k -> new ArrayList<>())
          .add(new Example(SqlValues.asLong(r[1]), Text.excerpt((String) r[2], length)));
    }
    return out;
  }

  /** A key point as stored, with the ids of its visible comments. */
  record Row(
      long id,
      long topicId,
      String label,
      KeyPointStatus status,
      Double score,
      Integer sortOrder,
      boolean staffMade,
      boolean edited,
      List<String> formerLabels,
      OffsetDateTime approvedAt,
      Long approvedBy,
      OffsetDateTime updatedAt,
      long version,
      List<Long> commentIds) {}

  private static final String ROWS =
      "select kp.id, kp.topic_id, kp.label, kp.status, kp.score, kp.sort_order,"
          + " kp.created_by is not null, kp.edited_at is not null,"
          + " cast(array_to_json(kp.former_labels) as text), kp.approved_at, kp.approved_by,"
          + " kp.updated_at, kp.version,"
          + " (select string_agg(cast(kc.comment_id as text), ',' order by kc.comment_id)"
          + " from key_point_comment kc join comment c on c.id = kc.comment_id"
          + " where kc.key_point_id = kp.id and c.status = 'visible')"
          + " from key_point kp where ";

  /** Approved first, in staff's order, then by score; candidates next, rejected last. */
  private static final String ORDER =
      " order by case kp.status when 'approved' then 0 when 'candidate' then 1 else 2 end,"
          + " kp.sort_order nulls last, kp.score desc nulls last, kp.id";

  /** The topic's key points (only the approved ones if so asked), in display order. */
  @SuppressWarnings("unchecked")
  List<Row> rows(long topicId, boolean approvedOnly) {
    List<Object[]> rows =
        em.createNativeQuery(
                ROWS
                    + "kp.topic_id = ?1"
                    + (approvedOnly ? " and kp.status = 'approved'" : "")
                    + ORDER)
            .setParameter(1, topicId)
            .getResultList();
    return rows.stream().map(KeyPointQueries::row).toList();
  }

  @SuppressWarnings("unchecked")
  Row row(long id) {
    List<Object[]> rows =
        em.createNativeQuery(ROWS + "kp.id = ?1").setParameter(1, id).getResultList();
    return rows.stream()
        .findFirst()
        .map(KeyPointQueries::row)
        .orElseThrow(() -> new ResourceNotFoundException("key_point"));
  }

  private static Row row(Object[] r) {
    return new Row(
        SqlValues.asLong(r[0]),
        SqlValues.asLong(r[1]),
        (String) r[2],
        KeyPointStatus.fromCode((String) r[3]).orElseThrow(),
        r[4] == null ? null : ((Number) r[4]).doubleValue(),
        r[5] == null ? null : ((Number) r[5]).intValue(),
        (Boolean) r[6],
        (Boolean) r[7],
        strings((String) r[8]),
        SqlValues.time(r[9]),
        SqlValues.asLong(r[10]),
        SqlValues.time(r[11]),
        SqlValues.asLong(r[12]),
        ids((String) r[13]));
  }

  /** The approved key points' labels with their numbers of visible comments, in display order. */
  @SuppressWarnings("unchecked")
  private List<Object[]> approvedCounts(long topicId) {
    return em.createNativeQuery(
            "select kp.id, kp.label, (select count(*) from key_point_comment kc join comment c"
                + " on c.id = kc.comment_id where kc.key_point_id = kp.id"
                + " and c.status = 'visible') from key_point kp"
                + " where kp.topic_id = ?1 and kp.status = 'approved'"
                + ORDER)
        .setParameter(1, topicId)
        .getResultList();
  }

  /** Up to {@code each} of every key point's visible comments (the oldest). */
  @SuppressWarnings("unchecked")
  private List<Object[]> examplesOf(long topicId, int each) {
    return em.createNativeQuery(
            "select kp.id, x.id, x.body from key_point kp cross join lateral (select c.id,"
                + " c.body from key_point_comment kc join comment c on c.id = kc.comment_id"
                + " where kc.key_point_id = kp.id and c.status = 'visible'"
                + " order by c.id limit ?2) x where kp.topic_id = ?1 order by kp.id, x.id")
        .setParameter(1, topicId)
        .setParameter(2, each)
        .getResultList();
  }

  private static List<String> strings(String json) {
    if (json == null) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    try (var reader = Json.createReader(new StringReader(json))) {
      reader.readArray().getValuesAs(JsonString.class).forEach(s -> out.add(s.getString()));
    }
    return out;
  }

  private static List<Long> ids(String csv) {
    if (csv == null || csv.isEmpty()) {
      return List.of();
    }
    return Arrays.stream(csv.split(",")).map(Long::valueOf).toList();
  }
}
