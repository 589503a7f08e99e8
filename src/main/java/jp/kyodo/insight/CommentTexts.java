package jp.kyodo.insight;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.kyodo.platform.SqlValues;

/** The text of visible comments, as the extraction of key points reads it ({@link TermIndex}). */
@ApplicationScoped
public class CommentTexts {
  @PersistenceContext(unitName = "kyodo")
  EntityManager em;

  /** A comment's text at a version. */
  public record Text(long version, String body) {}

  /** The topic's visible comments (opinions and replies), oldest first: id and version. */
  @SuppressWarnings("unchecked")
  List<long[]> idsAndVersions(long topicId) {
    List<Object[]> rows =
        em.createNativeQuery(
                "select id, version from comment where topic_id = ?1 and status = 'visible'"
                    + " order by id")
            .setParameter(1, topicId)
            .getResultList();
    List<long[]> out = new ArrayList<>(rows.size());
    rows.forEach(r -> out.add(new long[] {SqlValues.asLong(r[0]), SqlValues.asLong(r[1])}));
    return out;
  }

  /** The text of these comments, by id. */
  @SuppressWarnings("unchecked")
  Map<Long, Text> bodies(List<Long> ids) {
    Map<Long, Text> out = new HashMap<>();
    for (int from = 0; from < ids.size(); from += 5_000) {
      List<Object[]> rows =
          em.createNativeQuery(
                  "select id, version, body from comment where id = any(cast(?1 as bigint[]))")
              .setParameter(
                  1, SqlValues.idArray(ids.subList(from, Math.min(ids.size(), from + 5_000))))
              .getResultList();
      rows.forEach(
          r -> out.put(SqlValues.asLong(r[0]), new Text(SqlValues.asLong(r[1]), (String) r[2])));
    }
    return out;
  }

  /** Every topic with visible opinions, and how many it has. */
  @SuppressWarnings("unchecked")
  Map<Long, Integer> opinionCounts() {
    List<Object[]> rows =
        em.createNativeQuery(
                "select id, root_comment_count from topic where root_comment_count > 0"
                    + " order by id")
            .getResultList();
    Map<Long, Integer> out = new LinkedHashMap<>();
    rows.forEach(r -> out.put(SqlValues.asLong(r[0]), ((Number) r[1]).intValue()));
    return out;
  }

  /** The first {@code each} visible opinions of each of these topics, by topic. */
  @SuppressWarnings("unchecked")
  Map<Long, List<String>> firstOpinions(List<Long> topicIds, int each) {
    Map<Long, List<String>> out = new LinkedHashMap<>();
    for (int from = 0; from < topicIds.size(); from += 500) {
      List<Object[]> rows =
          em.createNativeQuery(
                  "select t.id, c.body from unnest(cast(?1 as bigint[])) t(id)"
                      + " cross join lateral (select body, id from comment"
                      + " where topic_id = t.id and depth = 0 and status = 'visible'"
                      + " order by id limit ?2) c order by t.id, c.id")
              .setParameter(
                  1,
                  SqlValues.idArray(topicIds.subList(from, Math.min(topicIds.size(), from + 500))))
              .setParameter(2, each)
              .getResultList();
      rows.forEach(
          r ->
              out.computeIfAbsent(SqlValues.asLong(r[0]), k -> new ArrayList<>())
                  .add((String) r[1]));
    }
    return out;
  }
}
