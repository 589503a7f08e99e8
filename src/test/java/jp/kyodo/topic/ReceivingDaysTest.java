package jp.kyodo.topic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

/** The Tokyo days on which an opinion received outside the web counts for a topic. */
class ReceivingDaysTest {
  private static final OffsetDateTime OPENS = OffsetDateTime.parse("2026-11-01T09:00:00+09:00");

  @Test
  void fromTheOpeningDayToTheClosingDay() {
    ReceivingDays days =
        ReceivingDays.of(OPENS, OffsetDateTime.parse("2026-11-30T17:00:00+09:00"), null);
    assertEquals(LocalDate.of(2026, 11, 1), days.first());
    assertEquals(LocalDate.of(2026, 11, 30), days.last());
    assertTrue(days.contains(LocalDate.of(2026, 11, 30)));
    assertFalse(days.contains(LocalDate.of(2026, 10, 31)));
    assertFalse(days.contains(LocalDate.of(2026, 12, 1)));
  }

  @Test
  void aPeriodEndingAtMidnightEndsTheDayBefore() {
    ReceivingDays days =
        ReceivingDays.of(OPENS, OffsetDateTime.parse("2026-12-01T00:00:00+09:00"), null);
    assertEquals(LocalDate.of(2026, 11, 30), days.last());
  }

  @Test
  void closedEarlyTheDayItClosed() {
    ReceivingDays days =
        ReceivingDays.of(
            OPENS,
            OffsetDateTime.parse("2026-11-30T17:00:00+09:00"),
            OffsetDateTime.parse("2026-11-15T01:00:00Z"));
    assertEquals(LocalDate.of(2026, 11, 15), days.last());
  }

  @Test
  void tokyoDaysNotUtcDays() {
    ReceivingDays days =
        ReceivingDays.of(
            OffsetDateTime.parse("2026-10-31T16:00:00Z"),
            OffsetDateTime.parse("2026-11-30T15:30:00Z"),
            null);
    assertEquals(LocalDate.of(2026, 11, 1), days.first());
    assertEquals(LocalDate.of(2026, 12, 1), days.last());
  }
}
