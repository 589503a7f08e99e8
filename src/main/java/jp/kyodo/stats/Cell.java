package jp.kyodo.stats;

import jakarta.json.bind.annotation.JsonbNillable;

/**
 * One figure of a statistics table. A suppressed cell has no value: fewer than {@link
 * Suppression#MIN_PEOPLE} people stand behind it. Make cells with {@link Suppression} only.
 */
@JsonbNillable
public record Cell(Number value, boolean suppressed) {

  /** The value as text for CSV and pages: empty when suppressed or missing. */
  public String text() {
    return value == null ? "" : value.toString();
  }
}
