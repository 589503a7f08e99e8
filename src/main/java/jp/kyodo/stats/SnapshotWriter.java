package jp.kyodo.stats;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

/**
 * Writes the snapshot of one finished day, in its own transaction, once: the KPI row is inserted
 * with ON CONFLICT DO NOTHING, and only the transaction that inserted it writes the day's
 * breakdowns and refreshes the month's open-data rows. Running it again, or on two nodes at once,
 * changes nothing.
 *
 * <p>A day is a calendar day in {@link KpiSettings#zone()}; every figure is as of its end,
 * reconstructed from the stored times (confirmation, withdrawal, comments, reactions), so a day
 * caught up late gets the same registrant counts it would have got on time. What is not stored
 * cannot be reconstructed: the profile of a participant who withdrew is erased, so they count as
 * 回答しない in breakdowns written after their withdrawal, and removed reactions are gone.
 */
@ApplicationScoped
public class SnapshotWriter {
  @PersistenceContext(unitName = "kyodo")
  EntityManager em;

  @Inject KpiSettings settings;
  @Inject Clock clock;

  private static final String NEXT_DAY =
      "((date_trunc('day', f.first_at at time zone p.z) + interval '1 day') at time zone p.z)";

  private static final String PARAMS =
      "with p as (select cast(?1 as date) d, cast(?2 as timestamptz) s, cast(?3 as timestamptz) e,"
          + " cast(?4 as timestamptz) f30, cast(?5 as timestamptz) f90, cast(?6 as text) z,"
          + " cast(?7 as timestamptz) ms, cast(?8 as timestamptz) now),"
          + " reg as (select q.id, coalesce(q.age_band, 'unanswered') age_band,"
          + " coalesce(q.area_code, 'unanswered') area, coalesce(q.district_code, 'unanswered')"
          + " district, coalesce(q.relation, 'unanswered') relation from participant q, p"
          + " where q.email_confirmed_at < p.e and (q.withdrawn_at is null or q.withdrawn_at >= p.e))";

  /** Everyone's last activity in the 90 days, computed once per day for the two statements. */
  private static final String LAST_ACTIVITY_TABLE =
      "create temp table snapshot_last_act (pid bigint primary key, last_at timestamptz not null)"
          + " on commit drop";

  private static final String LAST_ACTIVITY =
      "insert into snapshot_last_act (pid, last_at) "
          + PARAMS
          + ", act as (select c.author_id pid, c.created_at at from comment c, p"
          + " where c.created_at >= p.f90 and c.created_at < p.e"
          + " union all select r.participant_id, r.created_at from reaction r, p"
          + " where r.created_at >= p.f90 and r.created_at < p.e)"
          + " select pid, max(at) from act group by pid";

  private static final String KPI =
      PARAMS
          + ", active as (select l.pid, l.last_at from snapshot_last_act l join reg on reg.id = l.pid),"
          + " commented as (select c.author_id pid, min(c.created_at) first_at from comment c, p"
          + " where c.created_at < p.e and c.author_id in (select id from reg) group by c.author_id)"
          + " insert into kpi_snapshot (day, registrants, confirmed, withdrawn, active_30, active_90,"
          + " new_30, commented, came_back, comments, reactions, taken_at)"
          + " select p.d, (select count(*) from reg),"
          + " (select count(*) from participant q where q.email_confirmed_at >= p.s"
          + " and q.email_confirmed_at < p.e),"
          + " (select count(*) from participant q where q.withdrawn_at >= p.s and q.withdrawn_at < p.e"
          + " and q.email_confirmed_at is not null),"
          + " (select count(*) from active a where a.last_at >= p.f30),"
          + " (select count(*) from active),"
          + " (select count(*) from active a where a.last_at >= p.f30"
          + " and not exists (select 1 from comment c where c.author_id = a.pid and c.created_at < p.f30)"
          + " and not exists (select 1 from reaction r where r.participant_id = a.pid"
          + " and r.created_at < p.f30)),"
          + " (select count(*) from commented),"
          + " (select count(*) from commented f where exists (select 1 from comment c"
          + " where c.author_id = f.pid and c.created_at < p.e and c.created_at >= "
          + NEXT_DAY
          + ") or exists (select 1 from reaction r where r.participant_id = f.pid"
          + " and r.created_at < p.e and r.created_at >= "
          + NEXT_DAY
          + ")),"
          + " (select count(*) from comment c where c.created_at >= p.s and c.created_at < p.e),"
          + " (select count(*) from reaction r where r.created_at >= p.s and r.created_at < p.e),"
          + " p.now from p on conflict (day) do nothing";

  private static final String PROFILE_GROUPS =
      PARAMS
          + " insert into kpi_snapshot_group (day, dimension, code, registrants, active_30,"
          + " active_90) select p.d, x.dimension, x.code, x.registrants, x.a30, x.a90 from p, ("
          + " select case when grouping(r.age_band) = 0 then 'age_band'"
          + " when grouping(r.area) = 0 then 'area' when grouping(r.district) = 0 then 'district'"
          + " else 'relation' end dimension,"
          + " coalesce(case when grouping(r.age_band) = 0 then r.age_band end,"
          + " case when grouping(r.area) = 0 then r.area end,"
          + " case when grouping(r.district) = 0 then r.district end, r.relation) code,"
          + " count(*) registrants,"
          + " count(l.pid) filter (where l.last_at >= (select f30 from p)) a30, count(l.pid) a90"
          + " from reg r left join snapshot_last_act l on l.pid = r.id"
          + " group by grouping sets ((r.age_band), (r.area), (r.district), (r.relation))) x";

  /**
   * The participants among activity rows: the proxy author (the row standing for people whose
   * opinions staff entered, V18) is nobody; its opinions still count as comments.
   */
  private static final String PARTICIPANTS = " count(*) filter (where not proxy)";

  /** Activity per participant, policy area and their area first; then plain hash aggregates. */
  private static final String ACTIVITY_GROUPS =
      PARAMS
          + ", act30 as (select c.author_id pid, t.policy_area, 1 is_comment from comment c"
          + " join topic t on t.id = c.topic_id, p where c.created_at >= p.f30 and c.created_at < p.e"
          + " union all select r.participant_id, t.policy_area, 0 from reaction r"
          + " join comment c on c.id = r.comment_id join topic t on t.id = c.topic_id, p"
          + " where r.created_at >= p.f30 and r.created_at < p.e),"
          + " per as (select a.pid, a.policy_area, coalesce(q.area_code, 'unanswered') area,"
          + " sum(a.is_comment) comments, q.proxy_author proxy from act30 a"
          + " join participant q on q.id = a.pid"
          + " group by a.pid, a.policy_area, q.area_code, q.proxy_author)"
          + " insert into kpi_snapshot_group (day, dimension, code, active_30, comments_30)"
          + " select p.d, x.dimension, x.code, x.participants, x.comments from p, ("
          + " select 'policy_area' dimension, policy_area code,"
          + PARTICIPANTS
          + " participants, sum(comments) comments from per group by policy_area"
          + " union all select 'activity_area', area,"
          + PARTICIPANTS
          + ", sum(comments) from (select pid, area, proxy, sum(comments) comments from per"
          + " group by pid, area, proxy) y group by area"
          + ") x";

  private static final String MONTH_DELETE = "delete from activity_month where month = ?1";

  private static final String MONTH =
      PARAMS
          + ", actm as (select c.author_id pid, t.policy_area, 1 is_comment from comment c"
          + " join topic t on t.id = c.topic_id, p where c.created_at >= p.ms and c.created_at < p.e"
          + " union all select r.participant_id, t.policy_area, 0 from reaction r"
          + " join comment c on c.id = r.comment_id join topic t on t.id = c.topic_id, p"
          + " where r.created_at >= p.ms and r.created_at < p.e),"
          + " per as (select a.pid, a.policy_area, coalesce(q.area_code, 'unanswered') area,"
          + " sum(a.is_comment) comments, count(*) - sum(a.is_comment) reactions,"
          + " q.proxy_author proxy from actm a join participant q on q.id = a.pid"
          + " group by a.pid, a.policy_area, q.area_code, q.proxy_author),"
          + " person as (select pid, area, proxy, sum(comments) comments,"
          + " sum(reactions) reactions from per group by pid, area, proxy)"
          + " insert into activity_month (month, policy_area, area_code, comments, reactions,"
          + " participants, complete)"
          + " select cast(date_trunc('month', p.d) as date), x.policy_area, x.area_code, x.comments,"
          + " x.reactions, x.participants, ?9 from p, ("
          + " select policy_area, area area_code, sum(comments) comments, sum(reactions) reactions,"
          + PARTICIPANTS
          + " participants from per group by policy_area, area"
          + " union all select policy_area, '', sum(comments), sum(reactions),"
          + PARTICIPANTS
          + " from per group by policy_area"
          + " union all select '', area, sum(comments), sum(reactions),"
          + PARTICIPANTS
          + " from person group by area"
          + " union all select '', '', coalesce(sum(comments), 0), coalesce(sum(reactions), 0),"
          + PARTICIPANTS
          + " from person) x";

  /**
   * Writes the day's snapshot unless it exists; true when this call wrote it. {@code withMonth}
   * also rebuilds the month's open-data rows up to this day: a catch-up asks for it on the last day
   * of each month and on its last day only, since each rebuild replaces the one before.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public boolean write(LocalDate day, boolean withMonth) {
    if (!em.createNativeQuery("select 1 from kpi_snapshot where day = ?1")
        .setParameter(1, Date.valueOf(day))
        .getResultList()
        .isEmpty()) {
      return false;
    }
    em.createNativeQuery("set local work_mem = '64MB'").executeUpdate();
    em.createNativeQuery(LAST_ACTIVITY_TABLE).executeUpdate();
    bind(em.createNativeQuery(LAST_ACTIVITY), day).executeUpdate();
    if (bind(em.createNativeQuery(KPI), day).executeUpdate() == 0) {
      return false; // written meanwhile by another node
    }
    bind(em.createNativeQuery(PROFILE_GROUPS), day).executeUpdate();
    bind(em.createNativeQuery(ACTIVITY_GROUPS), day).executeUpdate();
    boolean monthEnds = day.equals(day.withDayOfMonth(day.lengthOfMonth()));
    if (withMonth || monthEnds) {
      em.createNativeQuery(MONTH_DELETE)
          .setParameter(1, Date.valueOf(day.withDayOfMonth(1)))
          .executeUpdate();
      bind(em.createNativeQuery(MONTH), day).setParameter(9, monthEnds).executeUpdate();
    }
    return true;
  }

  /** Days from the first registration through yesterday that have no snapshot, oldest first. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  @SuppressWarnings("unchecked")
  public List<LocalDate> missingDays(LocalDate yesterday) {
    List<Object> rows =
        em.createNativeQuery(
                "select cast(d as date) from generate_series((select cast(min(registered_at) at"
                    + " time zone ?1 as date) from participant), cast(?2 as date), interval '1 day')"
                    + " d where not exists (select 1 from kpi_snapshot k where k.day = cast(d as"
                    + " date)) order by 1")
            .setParameter(1, settings.zone().getId())
            .setParameter(2, Date.valueOf(yesterday))
            .getResultList();
    return rows.stream().map(SnapshotWriter::date).toList();
  }

  private Query bind(Query q, LocalDate day) {
    ZoneId zone = settings.zone();
    OffsetDateTime start = day.atStartOfDay(zone).toOffsetDateTime();
    OffsetDateTime end = day.plusDays(1).atStartOfDay(zone).toOffsetDateTime();
    return q.setParameter(1, Date.valueOf(day))
        .setParameter(2, start)
        .setParameter(3, end)
        .setParameter(4, day.minusDays(29).atStartOfDay(zone).toOffsetDateTime())
        .setParameter(5, day.minusDays(89).atStartOfDay(zone).toOffsetDateTime())
        .setParameter(6, zone.getId())
        .setParameter(7, day.withDayOfMonth(1).atStartOfDay(zone).toOffsetDateTime())
        .setParameter(8, OffsetDateTime.now(clock));
  }

  static LocalDate date(Object value) {
    if (value instanceof LocalDate d) {
      return d;
    }
    return ((Date) value).toLocalDate();
  }
}
