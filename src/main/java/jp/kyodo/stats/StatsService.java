package jp.kyodo.stats;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import jp.kyodo.platform.Messages;
import jp.kyodo.platform.ResourceNotFoundException;
import jp.kyodo.security.Actor;
import jp.kyodo.security.CurrentActor;
import jp.kyodo.security.ForumPolicy;

/**
 * The administrator's statistics: the KPI ledger and the breakdowns, for the API and the page
 * alike. The KPI is counted live; history and activity come from the daily snapshots.
 */
@ApplicationScoped
public class StatsService {
  @Inject CurrentActor currentActor;
  @Inject ForumPolicy policy;
  @Inject KpiSettings settings;
  @Inject StatsRepository repository;
  @Inject DashboardTables tables;
  @Inject ChannelTables channels;
  @Inject SnapshotJob job;
  @Inject Clock clock;

  public LocalDate today() {
    return LocalDate.now(clock.withZone(settings.zone()));
  }

  /** Parses the range from request text (400 on bad input) against today. */
  public StatsRange range(String from, String to, String period) {
    return StatsRange.parse(from, to, period, today());
  }

  // one transaction: the dozen small reads share one pooled connection
  @Transactional
  public Dashboard dashboard(StatsRange range, Locale locale) {
    return build(range, locale, DashboardTables.TOP_TOPICS);
  }

  /** One table of the dashboard, complete (every topic, not the top ones), for CSV export. */
  // one transaction: the dozen small reads share one pooled connection
  @Transactional
  public StatTable table(String id, StatsRange range, Locale locale) {
    StatTable table = build(range, locale, 0).table(id);
    if (table == null) {
      throw new ResourceNotFoundException("statistics table");
    }
    return table;
  }

  /** Runs the snapshot catch-up now; the days it wrote. */
  public List<LocalDate> runSnapshots() {
    require();
    return job.catchUp();
  }

  private Dashboard build(StatsRange range, Locale locale, int topicLimit) {
    require();
    LocalDate today = today();
    OffsetDateTime todayStart = today.atStartOfDay(settings.zone()).toOffsetDateTime();
    long[] live = repository.live(todayStart);
    long registrants = live[0];
    long confirmedToday = live[1];
    long withdrawnToday = live[2];
    long carried = settings.carriedOver();
    long value = registrants + carried;

    List<StatsRepository.Day> days = new ArrayList<>(repository.days(range.from(), range.to()));
    days.removeIf(d -> !d.day().isBefore(today));
    if (!range.to().isBefore(today)) {
      days.add(
          new StatsRepository.Day(
              today, registrants, confirmedToday, withdrawnToday, 0, 0, 0, 0, 0, 0, 0));
    }
    StatsRepository.Day[] anchors =
        repository.anchors(today.minusDays(1), today.minusDays(settings.forecastDays()));
    Optional<StatsRepository.Day> latest = Optional.ofNullable(anchors[0]);
    LocalDate snapshotDay = latest.map(StatsRepository.Day::day).orElse(null);
    DashboardTables.Inputs inputs =
        new DashboardTables.Inputs(
            repository.tallies(), snapshotDay == null ? Map.of() : repository.groups(snapshotDay));

    List<StatTable> result = new ArrayList<>();
    result.add(tables.registrations(range, days, carried, settings.target(), locale));
    for (String d : DashboardTables.REPRESENTED_DIMENSIONS) {
      result.add(tables.representativeness(d, inputs, locale));
    }
    for (String d : DashboardTables.PROFILE_DIMENSIONS) {
      result.add(tables.profile(d, inputs, locale));
    }
    for (String d : DashboardTables.ACTIVITY_DIMENSIONS) {
      result.add(tables.activity(d, inputs, locale));
    }
    result.add(tables.funnel(latest.orElse(null), locale));
    result.add(tables.newReturning(latest.orElse(null), locale));
    result.add(tables.months(range, locale));
    result.add(tables.topics(topicLimit, locale));
    result.add(channels.ward(locale));

    return new Dashboard(
        today,
        range.from(),
        range.to(),
        range.period(),
        snapshotDay,
        kpi(value, registrants, carried, confirmedToday, withdrawnToday),
        forecast(today, value, carried, Optional.ofNullable(anchors[1])),
        definitions(locale),
        repository.populationSource(),
        result);
  }

  private Dashboard.Kpi kpi(
      long value, long registrants, long carried, long confirmedToday, long withdrawnToday) {
    long baseline = settings.baseline();
    long target = settings.target();
    return new Dashboard.Kpi(
        value,
        registrants,
        carried,
        baseline,
        target,
        settings.targetDate(),
        target == baseline ? null : percent(value - baseline, target - baseline),
        target == 0 ? null : percent(value, target),
        confirmedToday,
        withdrawnToday);
  }

  private Forecast forecast(
      LocalDate today, long value, long carried, Optional<StatsRepository.Day> earlier) {
    return Forecast.of(
        today,
        value,
        earlier.map(StatsRepository.Day::day).orElse(null),
        earlier.map(d -> d.registrants() + carried).orElse(null),
        settings.target(),
        settings.targetDate());
  }

  private Dashboard.Definitions definitions(Locale l) {
    return new Dashboard.Definitions(
        Messages.get(l, "stats.definition.registrant"),
        Messages.get(l, "stats.definition.active"),
        Messages.format(l, "stats.definition.suppression", Map.of("min", Suppression.MIN_PEOPLE)),
        Messages.format(l, "stats.definition.day", Map.of("zone", settings.zone().getId())));
  }

  private void require() {
    Actor actor = currentActor.get();
    policy.require(policy.canReadStatistics(actor), actor);
  }

  private static BigDecimal percent(long part, long whole) {
    return BigDecimal.valueOf(part * 100L)
        .divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
  }
}
