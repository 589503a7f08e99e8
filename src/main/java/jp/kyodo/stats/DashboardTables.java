package jp.kyodo.stats;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jp.kyodo.platform.Messages;
import jp.kyodo.platform.WardTime;

/** Builds the dashboard's tables from the repository's rows; every cell through Suppression. */
@ApplicationScoped
public class DashboardTables {
  public static final List<String> PROFILE_DIMENSIONS =
      List.of("age_band", "area", "district", "relation");
  public static final List<String> REPRESENTED_DIMENSIONS = List.of("age_band", "area");
  public static final List<String> ACTIVITY_DIMENSIONS = List.of("policy_area", "activity_area");
  public static final int TOP_TOPICS = 20;

  @Inject StatsRepository repository;
  @Inject StatsLabels labels;

  /** Registrations per period, and the KPI at the end of each period with the target line. */
  StatTable registrations(
      StatsRange range, List<StatsRepository.Day> days, long carriedOver, long target, Locale l) {
    Map<LocalDate, long[]> buckets = new LinkedHashMap<>();
    for (StatsRepository.Day d : days) {
      long[] b = buckets.computeIfAbsent(range.bucket(d.day()), k -> new long[3]);
      b[0] += d.confirmed();
      b[1] += d.withdrawn();
      b[2] = d.registrants() + carriedOver;
    }
    List<StatTable.Row> rows = new ArrayList<>();
    buckets.forEach(
        (bucket, b) ->
            rows.add(
                new StatTable.Row(
                    bucket.toString(),
                    range.label(bucket),
                    List.of(
                        Suppression.people(b[0]),
                        Suppression.people(b[1]),
                        Suppression.people(b[2]),
                        Suppression.reference(target)))));
    return table(
        "registrations",
        l,
        "stats.table.registrations",
        "stats.note.registrations",
        List.of("confirmed", "withdrawn", "kpi", "target"),
        rows);
  }

  /**
   * What the tables read, fetched once per dashboard: the live tally and the snapshot day's
   * breakdowns, per dimension and group code.
   */
  record Inputs(
      Map<String, Map<String, Long>> tallies,
      Map<String, Map<String, StatsRepository.Group>> groups) {
    Map<String, Long> tally(String dimension) {
      return tallies.getOrDefault(dimension, Map.of());
    }

    Map<String, StatsRepository.Group> groups(String dimension) {
      return groups.getOrDefault(dimension, Map.of());
    }
  }

  /** Registrants now (live) and active participants (as of the snapshot day) per group. */
  StatTable profile(String dimension, Inputs in, Locale l) {
    Map<String, Long> tally = in.tally(dimension);
    Map<String, StatsRepository.Group> groups = in.groups(dimension);
    List<StatTable.Row> rows = new ArrayList<>();
    labels
        .groups(dimension, l)
        .forEach(
            (code, label) -> {
              StatsRepository.Group g = groups.get(code);
              rows.add(
                  new StatTable.Row(
                      code,
                      label,
                      List.of(
                          Suppression.people(tally.getOrDefault(code, 0L)),
                          Suppression.people(g == null ? 0 : g.active30()),
                          Suppression.people(
                              g == null || g.active90() == null ? 0 : g.active90()))));
            });
    return table(
        "registrants-" + dimension,
        l,
        "stats.table.registrants." + dimension,
        "stats.note.registrants",
        List.of("registrants", "active30", "active90"),
        rows);
  }

  /** Registrants who answered, against the ward's population; the lowest ratios highlighted. */
  StatTable representativeness(String dimension, Inputs in, Locale l) {
    Map<String, Long> tally = in.tally(dimension);
    Map<String, Long> reference = repository.population(dimension);
    Map<String, Long> population = new LinkedHashMap<>();
    Map<String, String> names = labels.groups(dimension, l);
    names.keySet().stream()
        .filter(reference::containsKey)
        .forEach(code -> population.put(code, reference.get(code)));
    List<StatTable.Row> rows = new ArrayList<>();
    for (Representativeness.Group g : Representativeness.compare(answered(tally), population)) {
      rows.add(
          new StatTable.Row(
              g.code(),
              names.get(g.code()),
              List.of(
                  Suppression.people(g.participants()),
                  Suppression.count(g.participantShare(), g.participants()),
                  Suppression.reference(g.population()),
                  Suppression.reference(g.populationShare()),
                  Suppression.count(g.ratio(), g.participants())),
              g.highlighted()));
    }
    return table(
        "representativeness-" + dimension,
        l,
        "stats.table.representativeness." + dimension,
        "stats.note.representativeness",
        List.of("registrants", "registrantShare", "population", "populationShare", "ratio"),
        rows);
  }

  /** Comments and participants in the 30 days ending on the snapshot day. */
  StatTable activity(String dimension, Inputs in, Locale l) {
    Map<String, StatsRepository.Group> groups = in.groups(dimension);
    List<StatTable.Row> rows = new ArrayList<>();
    labels
        .groups(dimension, l)
        .forEach(
            (code, label) -> {
              StatsRepository.Group g = groups.get(code);
              long people = g == null ? 0 : g.active30();
              long comments = g == null || g.comments30() == null ? 0 : g.comments30();
              rows.add(
                  new StatTable.Row(
                      code,
                      label,
                      List.of(Suppression.people(people), Suppression.count(comments, people))));
            });
    return table(
        "activity-" + dimension,
        l,
        "stats.table.activity." + dimension,
        "stats.note.activity",
        List.of("participants30", "comments30"),
        rows);
  }

  /** Topics with the most comments (all time); limit 0 = every topic. */
  StatTable topics(int limit, Locale l) {
    List<StatTable.Row> rows = new ArrayList<>();
    for (StatsRepository.TopicCount t : repository.topics(limit)) {
      rows.add(
          new StatTable.Row(
              String.valueOf(t.id()),
              t.title(),
              List.of(
                  Suppression.count(t.comments(), t.participants()),
                  Suppression.people(t.participants()))));
    }
    return table(
        "topics",
        l,
        "stats.table.topics",
        "stats.note.topics",
        List.of("comments", "participants"),
        rows);
  }

  /** Registered → commented → came back, as of the snapshot day. */
  StatTable funnel(StatsRepository.Day day, Locale l) {
    long[] values =
        day == null ? new long[3] : new long[] {day.registrants(), day.commented(), day.cameBack()};
    String[] codes = {"registered", "commented", "cameBack"};
    List<StatTable.Row> rows = new ArrayList<>();
    for (int i = 0; i < codes.length; i++) {
      rows.add(
          new StatTable.Row(
              codes[i],
              Messages.get(l, "stats.funnel." + codes[i]),
              List.of(Suppression.people(values[i]))));
    }
    return table("funnel", l, "stats.table.funnel", "stats.note.funnel", List.of("people"), rows);
  }

  /** Active participants in the 30 days: first activity in them (new) or before (returning). */
  StatTable newReturning(StatsRepository.Day day, Locale l) {
    long fresh = day == null ? 0 : day.new30();
    long returning = day == null ? 0 : day.active30() - day.new30();
    return table(
        "new-returning",
        l,
        "stats.table.newReturning",
        "stats.note.newReturning",
        List.of("people"),
        List.of(
            new StatTable.Row(
                "new",
                Messages.get(l, "stats.newReturning.new"),
                List.of(Suppression.people(fresh))),
            new StatTable.Row(
                "returning",
                Messages.get(l, "stats.newReturning.returning"),
                List.of(Suppression.people(returning)))));
  }

  /** Comments, reactions and participants per calendar month of the range. */
  StatTable months(StatsRange range, Locale l) {
    List<StatTable.Row> rows = new ArrayList<>();
    for (StatsRepository.Month m :
        repository.months(range.from().withDayOfMonth(1), range.to(), false)) {
      String month = m.month().toString().substring(0, 7);
      String label = WardTime.month(YearMonth.from(m.month()));
      rows.add(
          new StatTable.Row(
              month,
              m.complete() ? label : label + Messages.get(l, "stats.month.partial"),
              List.of(
                  Suppression.count(m.comments(), m.participants()),
                  Suppression.count(m.reactions(), m.participants()),
                  Suppression.people(m.participants()))));
    }
    return table(
        "months",
        l,
        "stats.table.months",
        "stats.note.months",
        List.of("comments", "reactions", "participants"),
        rows);
  }

  private static Map<String, Long> answered(Map<String, Long> tally) {
    Map<String, Long> answered = new LinkedHashMap<>(tally);
    answered.remove(StatsLabels.UNANSWERED);
    return answered;
  }

  private static StatTable table(
      String id, Locale l, String title, String note, List<String> keys, List<StatTable.Row> rows) {
    return new StatTable(
        id,
        Messages.get(l, title),
        Messages.get(l, note),
        keys.stream()
            .map(k -> new StatTable.Column(k, Messages.get(l, "stats.column." + k)))
            .toList(),
        rows);
  }
}
