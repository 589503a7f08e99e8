package jp.kyodo.insight;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.kyodo.platform.SqlValues;
import jp.kyodo.platform.Text;

/**
 * The texts of the comments opinion groups name, for staff's page: only comments still visible —
 * one hidden or deleted since the run is left out, whatever the stored result says.
 */
@ApplicationScoped
public class GroupComments {
  /** Longer texts are cut here, with an ellipsis; the link leads to the whole comment. */
  static final int EXCERPT = 200;

  @PersistenceContext(unitName = "kyodo")
  EntityManager em;

  /** A visible comment's excerpt, and whether it answers another (a reply) or is an opinion. */
  public record Quoted(long id, String text, boolean reply) {}

  @Transactional
  @SuppressWarnings("unchecked")
  public Map<Long, Quoted> visible(long topicId, Collection<Long> ids) {
    Map<Long, Quoted> found = new HashMap<>();
    if (ids.isEmpty()) {
      return found;
    }
    List<Object[]> rows =
        em.createNativeQuery(
                "select id, body, depth from comment where topic_id = ?1 and status = 'visible'"
                    + " and id = any(cast(?2 as bigint[]))")
            .setParameter(1, topicId)
            .setParameter(2, SqlValues.idArray(ids))
            .getResultList();
    for (Object[] row : rows) {
      long id = SqlValues.asLong(row[0]);
      found.put(
          id,
          new Quoted(id, Text.excerpt((String) row[1], EXCERPT), ((Number) row[2]).intValue() > 0));
    }
    return found;
  }
}
