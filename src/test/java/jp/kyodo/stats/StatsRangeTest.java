package jp.kyodo.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import jp.kyodo.platform.InvalidInputException;
import org.junit.jupiter.api.Test;

class StatsRangeTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

  @Test
  void defaultsToTheNinetyDaysEndingToday() {
    StatsRange r = StatsRange.parse(null, "", null, TODAY);
    assertEquals(TODAY, r.to());
    assertEquals(TODAY.minusDays(89), r.from());
    assertEquals("day", r.period());
  }

  @Test
  void clampsTheEndToToday() {
    assertEquals(TODAY, StatsRange.parse("2026-01-01", "2030-01-01", "month", TODAY).to());
  }

  @Test
  void refusesMalformedDatesAndPeriodsNamingEachField() {
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class,
            () -> StatsRange.parse("yesterday", "2026-13-01", "year", TODAY));
    assertEquals(
        List.of("from", "to", "period"),
        e.errors().stream().map(InvalidInputException.FieldError::field).toList());
  }

  @Test
  void refusesAStartAfterTheEnd() {
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class,
            () -> StatsRange.parse("2026-11-10", "2026-11-01", null, TODAY));
    assertEquals("validation.stats.fromAfterTo", e.errors().get(0).messageKey());
  }

  @Test
  void groupsByMondayWeeksAndCalendarMonths() {
    StatsRange week = StatsRange.parse(null, null, "week", TODAY);
    assertEquals(LocalDate.of(2026, 11, 16), week.bucket(TODAY)); // Sunday → Monday before
    assertEquals("2026/11/16〜", week.label(LocalDate.of(2026, 11, 16)));
    StatsRange month = StatsRange.parse(null, null, "month", TODAY);
    assertEquals(LocalDate.of(2026, 11, 1), month.bucket(TODAY));
    assertEquals("2026/11", month.label(LocalDate.of(2026, 11, 1)));
  }
}
