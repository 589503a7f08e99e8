package jp.kyodo.stats;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What the administrator dashboard shows: the KPI against baseline and target, the forecast, and
 * the tables (each with a chart on the page) for the chosen range. {@code snapshotDay} is the day
 * whose end the snapshot-based tables describe (null before the first snapshot).
 */
public record Dashboard(
    LocalDate today,
    LocalDate from,
    LocalDate to,
    String period,
    LocalDate snapshotDay,
    Kpi kpi,
    Forecast forecast,
    Definitions definitions,
    String populationSource,
    List<StatTable> tables) {

  /**
   * The KPI now. {@code value} = registrants + carried over; {@code progressPercent} is the way
   * from baseline to target, {@code percentOfTarget} the value over the target.
   */
  public record Kpi(
      long value,
      long registrants,
      long carriedOver,
      long baseline,
      long target,
      LocalDate targetDate,
      BigDecimal progressPercent,
      BigDecimal percentOfTarget,
      long confirmedToday,
      long withdrawnToday) {

    /** Where the count stands against the baseline and the target. */
    public enum Standing {
      BELOW_BASELINE,
      ON_THE_WAY,
      REACHED
    }

    public Standing standing() {
      if (value >= target) {
        return Standing.REACHED;
      }
      return value < baseline ? Standing.BELOW_BASELINE : Standing.ON_THE_WAY;
    }

    /** Registrants still needed to reach the target (0 once reached). */
    public long stillNeeded() {
      return Math.max(0, target - value);
    }

    /** How far the count is below the baseline (0 when at or above it). */
    public long belowBaseline() {
      return Math.max(0, baseline - value);
    }
  }

  /** The definitions the figures follow, in the reader's language. */
  public record Definitions(String registrant, String active, String suppression, String day) {}

  public StatTable table(String id) {
    return tables.stream().filter(t -> t.id().equals(id)).findFirst().orElse(null);
  }
}
