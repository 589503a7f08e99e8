package jp.kyodo.moderation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The public moderation report: per month (Tokyo time), how many items were reported, hidden,
 * restored, held, approved, rejected and dismissed, by reason. Numbers only; it is read from the
 * append-only case history, so a published month never changes afterwards.
 */
@ApplicationScoped
public class TransparencyReport {
  /** The outcomes the report counts, in the order it shows them. */
  public static final List<String> OUTCOMES =
      List.of("reported", "hidden", "restored", "held", "approved", "rejected", "dismissed");

  @PersistenceContext(unitName = "kyodo")
  EntityManager em;

  /** One month: outcome → reason → count, and outcome totals. */
  public record Month(
      String month, Map<String, Map<String, Long>> byReason, Map<String, Long> totals) {}

  /** Months with any activity, newest first, at most {@code months} of them. */
  @SuppressWarnings("unchecked")
  public List<Month> months(int months) {
    List<Object[]> rows =
        em.createNativeQuery(
                "select to_char(occurred_at at time zone 'Asia/Tokyo', 'YYYY-MM') as month,"
                    + " case kind when 'auto_hidden' then 'hidden' when 'hide' then 'hidden'"
                    + " when 'restore' then 'restored' when 'approve' then 'approved'"
                    + " when 'reject' then 'rejected' when 'dismiss' then 'dismissed'"
                    + " else kind end as outcome, reason, count(*)"
                    + " from moderation_event"
                    + " where kind in ('reported', 'auto_hidden', 'hide', 'restore', 'held',"
                    + " 'approve', 'reject', 'dismiss') and from_state is distinct from to_state"
                    + " or kind = 'reported'"
                    + " group by 1, 2, 3 order by 1 desc")
            .getResultList();
    Map<String, Month> byMonth = new LinkedHashMap<>();
    for (Object[] r : rows) {
      String month = (String) r[0];
      if (!byMonth.containsKey(month) && byMonth.size() >= months) {
        continue;
      }
      Month m =
          byMonth.computeIfAbsent(month, k -> new Month(k, new LinkedHashMap<>(), new TreeMap<>()));
      String outcome = (String) r[1];
      long n = ((Number) r[3]).longValue();
      m.byReason()
          .computeIfAbsent(outcome, k -> new TreeMap<>())
          .merge((String) r[2], n, Long::sum);
      m.totals().merge(outcome, n, Long::sum);
    }
    return new ArrayList<>(byMonth.values());
  }
}
