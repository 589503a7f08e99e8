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
import java.util.Optional;
import jp.kyodo.platform.SqlValues;

/**
 * The read side of the statistics: small, indexed reads of the live tallies, the daily snapshots
 * and the monthly roll-up. Nothing here scans the comment or reaction tables.
 */
@ApplicationScoped
public class StatsRepository {
  @PersistenceContext(unitName = "kyodo")
  EntityManager em;

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

  /** The KPI: registrants now (e-mail confirmed, not withdrawn), an index-only count. */
  public long registrants() {
    return number(
        "select count(*) from participant where email_confirmed_at is not null"
            + " and withdrawn_at is null");
  }

  public long confirmedSince(OffsetDateTime since) {
    return ((Number)
            em.createNativeQuery("select count(*) from participant where email_confirmed_at >= ?1")
                .setParameter(1, since)
                .getSingleResult())
        .longValue();
  }

  public long withdrawnSince(OffsetDateTime since) {
    return ((Number)
            em.createNativeQuery(
                    "select count(*) from participant where withdrawn_at >= ?1"
                        + " and email_confirmed_at is not null")
                .setParameter(1, since)
                .getSingleResult())
        .longValue();
  }

  /** Registrants now per group code of a profile dimension (age_band, area, district, relation). */
  @SuppressWarnings("unchecked")
  public Map<String, Long> tally(String dimension) {
    List<Object[]> rows =
        em.createNativeQuery("select code, registrants from registrant_tally where dimension = ?1")
            .setParameter(1, dimension)
            .getResultList();
    Map<String, Long> result = new LinkedHashMap<>();
    rows.forEach(r -> result.put((String) r[0], SqlValues.asLong(r[1])));
    return result;
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

  /** The newest snapshot on or before the day. */
  @SuppressWarnings("unchecked")
  public Optional<Day> dayOnOrBefore(LocalDate day) {
    List<Object[]> rows =
        em.createNativeQuery(
                "select day, registrants, confirmed, withdrawn, active_30, active_90, new_30,"
                    + " commented, came_back, comments, reactions from kpi_snapshot"
                    + " where day <= ?1 order by day desc limit 1")
            .setParameter(1, Date.valueOf(day))
            .getResultList();
    return rows.stream().findFirst().map(StatsRepository::day);
  }

  /** The oldest snapshot on or after the day. */
  @SuppressWarnings("unchecked")
  public Optional<Day> dayOnOrAfter(LocalDate day) {
    List<Object[]> rows =
        em.createNativeQuery(
                "select day, registrants, confirmed, withdrawn, active_30, active_90, new_30,"
                    + " commented, came_back, comments, reactions from kpi_snapshot"
                    + " where day >= ?1 order by day limit 1")
            .setParameter(1, Date.valueOf(day))
            .getResultList();
    return rows.stream().findFirst().map(StatsRepository::day);
  }

  @SuppressWarnings("unchecked")
  public Map<String, Group> groups(LocalDate day, String dimension) {
    List<Object[]> rows =
        em.createNativeQuery(
                "select code, registrants, active_30, active_90, comments_30 from kpi_snapshot_group"
                    + " where day = ?1 and dimension = ?2")
            .setParameter(1, Date.valueOf(day))
            .setParameter(2, dimension)
            .getResultList();
    Map<String, Group> result = new LinkedHashMap<>();
    for (Object[] r : rows) {
      result.put(
          (String) r[0],
          new Group(
              (String) r[0],
              SqlValues.asLong(r[1]),
              SqlValues.asLong(r[2]),
              SqlValues.asLong(r[3]),
              SqlValues.asLong(r[4])));
    }
    return result;
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
    return rows.isEmpty() ? "" : rows.get(0)[0] + " (" + SnapshotWriter.date(rows.get(0)[1]) + ")";
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

  private long number(String sql) {
    return ((Number) em.createNativeQuery(sql).getSingleResult()).longValue();
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
