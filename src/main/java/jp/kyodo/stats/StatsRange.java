package jp.kyodo.stats;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jp.kyodo.platform.InvalidInputException;
import jp.kyodo.platform.QueryParams;
import jp.kyodo.platform.WardTime;

/**
 * The dates a statistics view covers, both included, and how registrations are grouped (day, week
 * from Monday, calendar month). Defaults: the 90 days ending today, by day.
 */
public record StatsRange(LocalDate from, LocalDate to, String period) {
  public static final List<String> PERIODS = List.of("day", "week", "month");
  public static final int DEFAULT_DAYS = 90;
  public static final int MAX_DAYS = 3_700;

  public static StatsRange parse(String fromRaw, String toRaw, String periodRaw, LocalDate today) {
    List<InvalidInputException.FieldError> errors = new ArrayList<>();
    LocalDate from = null;
    LocalDate to = null;
    try {
      from = QueryParams.optionalDate("from", fromRaw);
    } catch (InvalidInputException e) {
      errors.addAll(e.errors());
    }
    try {
      to = QueryParams.optionalDate("to", toRaw);
    } catch (InvalidInputException e) {
      errors.addAll(e.errors());
    }
    String period = periodRaw == null || periodRaw.isBlank() ? "day" : periodRaw.strip();
    if (!PERIODS.contains(period)) {
      errors.add(
          new InvalidInputException.FieldError("period", "validation.code.unknown", Map.of()));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    if (to == null || to.isAfter(today)) {
      to = today;
    }
    if (from == null) {
      from = to.minusDays(DEFAULT_DAYS - 1);
    }
    if (from.isAfter(to)) {
      throw InvalidInputException.of("from", "validation.stats.fromAfterTo");
    }
    if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
      throw InvalidInputException.of("from", "validation.stats.tooLong", Map.of("max", MAX_DAYS));
    }
    return new StatsRange(from, to, period);
  }

  /** The first day of the period that contains the day. */
  public LocalDate bucket(LocalDate day) {
    return switch (period) {
      case "week" -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
      case "month" -> day.withDayOfMonth(1);
      default -> day;
    };
  }

  /** How a period is labelled, as the ward writes days: 2026/11/22, 2026/11/16〜, 2026/11. */
  public String label(LocalDate bucket) {
    return switch (period) {
      case "week" -> WardTime.date(bucket) + "〜";
      case "month" -> WardTime.month(YearMonth.from(bucket));
      default -> WardTime.date(bucket);
    };
  }
}
