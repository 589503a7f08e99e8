package jp.kyodo.stats;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.kyodo.participant.Participant;
import jp.kyodo.platform.SqlValues;
import jp.kyodo.platform.WardTime;

/**
 * The read side of the statistics: small, indexed reads of the live tallies, the daily snapshots
 * and the monthly roll-up. Nothing here scans the comment or reaction tables.
 */
@ApplicationScoped
public class StatsRepository {
  @PersistenceContext(unitName = "kyodo")
  EntityManager em;

  /** The population figures change only by migration: read once. */
  private volatile Map<String, Map<String, Long>> populations;

  private volatile String populationSource;

  /** One day's snapshot (figures as of its end). */
  public record Day(
      LocalDate day,
      long registrants,
      long confirmed,
      long withdrawn,
      long active30,
      long active90,
      long new30,
      long commented,
      long cameBack,
      long comments,
      long reactions) {}

  /** One breakdown row of a snapshot. */
  public record Group(
      String code, Long registrants, long active30, Long active90, Long comments30) {}

  /** One row of the monthly roll-up. */
  public record Month(
      LocalDate month,
      String policyArea,
      String area,
      long comments,
      long reactions,
      long participants,
      boolean complete) {}

  /** A topic's counters. */
  public record TopicCount(
      long id, String title, String policyArea, long comments, long participants) {}

  /** Registrants now, and confirmations and withdrawals since the instant: one statement. */
  public long[] live(OffsetDateTime since) {
    Object[] r =
        (Object[])
            em.createNativeQuery(
                    "select (select count(*) from participant where "
                        + Participant.REGISTRANT_CONDITION
                        + "), (select count(*) from participant"
                        + " where email_confirmed_at >= ?1), (select count(*) from participant"
                        + " where withdrawn_at >= ?1 and email_confirmed_at is not null)")
                .setParameter(1, since)
                .getSingleResult();
    return new long[] {SqlValues.asLong(r[0]), SqlValues.asLong(r[1]), SqlValues.asLong(r[2])};
  }

  /** Registrants now per dimension and group code, from the tally. */
  @SuppressWarnings("unchecked")
  public Map<String, Map<String, Long>> tallies() {
    List<Object[]> rows =
        em.createNativeQuery("select dimension, code, registrants from registrant_tally")
            .getResultList();
    Map<String, Map<String, Long>> result = new LinkedHashMap<>();
    rows.forEach(
        r ->
            result
                .computeIfAbsent((String) r[0], k -> new LinkedHashMap<>())
                .put((String) r[1], SqlValues.asLong(r[2])));
    return result;
  }

  /** Every breakdown row of a day's snapshot, per dimension and group code. */
  @SuppressWarnings("unchecked")
  public Map<String, Map<String, Group>> groups(LocalDate day) {
    List<Object[]> rows =
        em.createNativeQuery(
                "select dimension, code, registrants, active_30, active_90, comments_30"
                    + " from kpi_snapshot_group where day = ?1")
            .setParameter(1, Date.valueOf(day))
            .getResultList();
    Map<String, Map<String, Group>> result = new LinkedHashMap<>();
    for (Object[] r : rows) {
      result
          .computeIfAbsent((String) r[0], k -> new LinkedHashMap<>())
          .put(
              (String) r[1],
              new Group(
                  (String) r[1],
                  SqlValues.asLong(r[2]),
                  SqlValues.asLong(r[3]),
                  SqlValues.asLong(r[4]),
                  SqlValues.asLong(r[5])));
    }
    return result;
  }

  /**
   * The newest snapshot on or before {@code latest}, and the one the forecast starts from: the
   * newest on or before {@code forecastFrom}, else the oldest after it. One statement.
   */
  @SuppressWarnings("unchecked")
  public Day[] anchors(LocalDate latest, LocalDate forecastFrom) {
    String columns =
        "day, registrants, confirmed, withdrawn, active_30, active_90, new_30, commented,"
            + " came_back, comments, reactions";
    List<Object[]> rows =
        em.createNativeQuery(
                "(select 0, "
                    + columns
                    + " from kpi_snapshot where day <= ?1 order by day desc limit 1) union all"
                    + " (select 1, "
                    + columns
                    + " from kpi_snapshot where day <= ?2 order by day desc limit 1) union all"
                    + " (select 2, "
                    + columns
                    + " from kpi_snapshot where day > ?2 order by day limit 1)")
            .setParameter(1, Date.valueOf(latest))
            .setParameter(2, Date.valueOf(forecastFrom))
            .getResultList();
    Day[] found = new Day[3];
    for (Object[] r : rows) {
      Object[] rest = new Object[r.length - 1];
      System.arraycopy(r, 1, rest, 0, rest.length);
      found[((Number) r[0]).intValue()] = day(rest);
    }
    return new Day[] {found[0], found[1] != null ? found[1] : found[2]};
  }

  @SuppressWarnings("unchecked")
  public List<Day> days(LocalDate from, LocalDate to) {
    List<Object[]> rows =
        em.createNativeQuery(
                "select day, registrants, confirmed, withdrawn, active_30, active_90, new_30,"
                    + " commented, came_back, comments, reactions from kpi_snapshot"
                    + " where day between ?1 and ?2 order by day")
            .setParameter(1, Date.valueOf(from))
            .setParameter(2, Date.valueOf(to))
            .getResultList();
    return rows.stream().map(StatsRepository::day).toList();
  }

  /** The ward's population per group code, with the source and date of the figures. */
  @SuppressWarnings("unchecked")
  public Map<String, Long> population(String dimension) {
    List<Object[]> rows =
        em.createNativeQuery(
                "select code, population from population_reference where dimension = ?1")
            .setParameter(1, dimension)
            .getResultList();
    Map<String, Long> result = new LinkedHashMap<>();
    rows.forEach(r -> result.put((String) r[0], SqlValues.asLong(r[1])));
    return result;
  }

  /** "source (as of)" of the population figures. */
  @SuppressWarnings("unchecked")
  public String populationSource() {
    List<Object[]> rows =
        em.createNativeQuery(
                "select source, max(as_of) from population_reference group by source order by 2 desc")
            .getResultList();
    return rows.isEmpty()
        ? ""
        : rows.get(0)[0] + " (" + WardTime.date(SnapshotWriter.date(rows.get(0)[1])) + ")";
  }

  /** Published topics with the most comments; limit 0 = all. */
  @SuppressWarnings("unchecked")
  public List<TopicCount> topics(int limit) {
    List<Object[]> rows =
        em.createNativeQuery(
                "select id, title, policy_area, comment_count, participant_count from topic"
                    + " where status <> 'draft' order by comment_count desc, id"
                    + (limit > 0 ? " limit " + limit : ""))
            .getResultList();
    return rows.stream()
        .map(
            r ->
                new TopicCount(
                    SqlValues.asLong(r[0]),
                    (String) r[1],
                    (String) r[2],
                    SqlValues.asLong(r[3]),
                    SqlValues.asLong(r[4])))
        .toList();
  }

  /** Monthly roll-up rows; {@code cube} = the month × policy area × area cells, else totals. */
  @SuppressWarnings("unchecked")
  public List<Month> months(LocalDate from, LocalDate to, boolean cube) {
    List<Object[]> rows =
        em.createNativeQuery(
                "select month, policy_area, area_code, comments, reactions, participants, complete"
                    + " from activity_month where month between ?1 and ?2 and "
                    + (cube
                        ? "policy_area <> '' and area_code <> ''"
                        : "policy_area = '' and area_code = ''")
                    + " order by month, policy_area, area_code")
            .setParameter(1, Date.valueOf(from))
            .setParameter(2, Date.valueOf(to))
            .getResultList();
    return rows.stream()
        .map(
            r ->
                new Month(
                    SnapshotWriter.date(r[0]),
                    (String) r[1],
                    (String) r[2],
                    SqlValues.asLong(r[3]),
                    SqlValues.asLong(r[4]),
                    SqlValues.asLong(r[5]),
                    (Boolean) r[6]))
        .toList();
  }

  private static Day day(Object[] r) {
    return new Day(
        SnapshotWriter.date(r[0]),
        SqlValues.asLong(r[1]),
        SqlValues.asLong(r[2]),
        SqlValues.asLong(r[3]),
        SqlValues.asLong(r[4]),
        SqlValues.asLong(r[5]),
        SqlValues.asLong(r[6]),
        SqlValues.asLong(r[7]),
        SqlValues.asLong(r[8]),
        SqlValues.asLong(r[9]),
        SqlValues.asLong(r[10]));
  }
}
