package jp.kyodo.stats;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * When the KPI reaches its target at the recent rate: a straight line through the value {@code
 * windowDays} ago and today's. No date when the value does not grow; the target date tells whether
 * that is in time.
 */
public record Forecast(
    BigDecimal perDay, LocalDate reachedOn, boolean reached, Boolean onTrack, int windowDays) {

  /**
   * @param today the day of {@code current}
   * @param earlierDay the day of {@code earlier}; null when no history exists yet
   */
  public static Forecast of(
      LocalDate today,
      long current,
      LocalDate earlierDay,
      Long earlier,
      long target,
      LocalDate targetDate) {
    if (current >= target) {
      return new Forecast(null, null, true, true, 0);
    }
    if (earlierDay == null || earlier == null || !earlierDay.isBefore(today)) {
      return new Forecast(null, null, false, null, 0);
    }
    int days = (int) ChronoUnit.DAYS.between(earlierDay, today);
    long growth = current - earlier;
    BigDecimal perDay =
        BigDecimal.valueOf(growth).divide(BigDecimal.valueOf(days), 2, RoundingMode.HALF_UP);
    if (growth <= 0) {
      return new Forecast(perDay, null, false, false, days);
    }
    // days needed = ceil((target - current) * days / growth), in exact integer arithmetic
    long missing = target - current;
    long needed = (missing * days + growth - 1) / growth;
    LocalDate on = today.plusDays(needed);
    return new Forecast(perDay, on, false, !on.isAfter(targetDate), days);
  }
}
