package jp.kyodo.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class KpiStandingTest {
  private static Dashboard.Kpi kpi(long value) {
    return new Dashboard.Kpi(
        value,
        value,
        0,
        28_950,
        42_000,
        LocalDate.of(2029, 3, 31),
        BigDecimal.ZERO,
        BigDecimal.ZERO,
        0,
        0);
  }

  @Test
  void aYoungPlatformIsBelowTheBaselineWithTheWholeWayToGo() {
    Dashboard.Kpi few = kpi(12);
    assertEquals(Dashboard.Kpi.Standing.BELOW_BASELINE, few.standing());
    assertEquals(28_938, few.belowBaseline());
    assertEquals(41_988, few.stillNeeded());
  }

  @Test
  void betweenBaselineAndTargetItIsOnTheWay() {
    Dashboard.Kpi between = kpi(30_000);
    assertEquals(Dashboard.Kpi.Standing.ON_THE_WAY, between.standing());
    assertEquals(0, between.belowBaseline());
    assertEquals(12_000, between.stillNeeded());
  }

  @Test
  void atOrBeyondTheTargetNothingMoreIsNeeded() {
    assertEquals(Dashboard.Kpi.Standing.REACHED, kpi(42_000).standing());
    assertEquals(0, kpi(45_000).stillNeeded());
  }
}
