package jp.kyodo.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ForecastTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
  private static final LocalDate TARGET_DATE = LocalDate.of(2029, 3, 31);

  @Test
  void extendsTheRecentRateToTheTarget() {
    // 280 more in 28 days = 10 a day; 1,000 missing → 100 days
    Forecast f = Forecast.of(TODAY, 41_000, TODAY.minusDays(28), 40_720L, 42_000, TARGET_DATE);
    assertEquals(new BigDecimal("10.00"), f.perDay());
    assertEquals(TODAY.plusDays(100), f.reachedOn());
    assertTrue(f.onTrack());
    assertFalse(f.reached());
    assertEquals(28, f.windowDays());
  }

  @Test
  void roundsPartialDaysUp() {
    // 3 a day, 10 missing → 3.33 days → the 4th day
    Forecast f = Forecast.of(TODAY, 90, TODAY.minusDays(1), 87L, 100, TARGET_DATE);
    assertEquals(TODAY.plusDays(4), f.reachedOn());
  }

  @Test
  void saysLateWhenTheDateFallsAfterTheTargetDate() {
    Forecast f = Forecast.of(TODAY, 1_000, TODAY.minusDays(28), 972L, 42_000, TARGET_DATE);
    assertEquals(new BigDecimal("1.00"), f.perDay());
    assertEquals(TODAY.plusDays(41_000), f.reachedOn());
    assertFalse(f.onTrack());
  }

  @Test
  void givesNoDateWithoutGrowth() {
    Forecast flat = Forecast.of(TODAY, 500, TODAY.minusDays(28), 500L, 42_000, TARGET_DATE);
    assertNull(flat.reachedOn());
    assertFalse(flat.onTrack());
    Forecast shrinking = Forecast.of(TODAY, 490, TODAY.minusDays(28), 500L, 42_000, TARGET_DATE);
    assertNull(shrinking.reachedOn());
    assertEquals(0, new BigDecimal("-0.36").compareTo(shrinking.perDay()));
  }

  @Test
  void givesNoDateWithoutHistory() {
    Forecast f = Forecast.of(TODAY, 500, null, null, 42_000, TARGET_DATE);
    assertNull(f.reachedOn());
    assertNull(f.onTrack());
    Forecast sameDay = Forecast.of(TODAY, 500, TODAY, 400L, 42_000, TARGET_DATE);
    assertNull(sameDay.reachedOn());
  }

  @Test
  void reachedTargetIsReached() {
    Forecast f = Forecast.of(TODAY, 42_000, TODAY.minusDays(28), 41_000L, 42_000, TARGET_DATE);
    assertTrue(f.reached());
    assertTrue(f.onTrack());
  }
}
