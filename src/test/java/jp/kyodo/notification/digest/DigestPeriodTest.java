package jp.kyodo.notification.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import jp.kyodo.notification.Frequency;
import org.junit.jupiter.api.Test;

class DigestPeriodTest {
  @Test
  void theDailyDigestCoversTheTokyoDayThatEndedAtMidnightTokyo() {
    // 2026-11-26 15:00 UTC is 00:00 on the 27th in Tokyo: the 26th is over
    DigestPeriod p =
        DigestPeriod.lastFinished(Frequency.DAILY, Instant.parse("2026-11-26T15:00:00Z"));
    assertEquals(LocalDate.of(2026, 11, 26), p.firstDay());
    assertEquals(OffsetDateTime.parse("2026-11-25T15:00:00Z").toInstant(), p.start().toInstant());
    assertEquals(OffsetDateTime.parse("2026-11-26T15:00:00Z").toInstant(), p.end().toInstant());
    // a minute earlier it is still the 26th in Tokyo: the last finished day is the 25th
    assertEquals(
        LocalDate.of(2026, 11, 25),
        DigestPeriod.lastFinished(Frequency.DAILY, Instant.parse("2026-11-26T14:59:00Z"))
            .firstDay());
  }

  @Test
  void theDailyDigestCrossesMonthAndYearEnds() {
    DigestPeriod newYear =
        DigestPeriod.lastFinished(Frequency.DAILY, Instant.parse("2026-12-31T15:30:00Z"));
    assertEquals(LocalDate.of(2026, 12, 31), newYear.firstDay());
    assertEquals("2027-01-01T00:00+09:00", newYear.end().toString());
    DigestPeriod march =
        DigestPeriod.lastFinished(Frequency.DAILY, Instant.parse("2028-02-29T16:00:00Z"));
    assertEquals(LocalDate.of(2028, 2, 29), march.firstDay(), "a leap day is a day");
  }

  @Test
  void theWeeklyDigestRunsFromMondayToMondayTokyoTime() {
    // Monday 2026-11-30 00:10 Tokyo = Sunday 15:10 UTC: the week of Monday 23 is over
    DigestPeriod p =
        DigestPeriod.lastFinished(Frequency.WEEKLY, Instant.parse("2026-11-29T15:10:00Z"));
    assertEquals(LocalDate.of(2026, 11, 23), p.firstDay());
    assertEquals(LocalDate.of(2026, 11, 29), p.lastDay());
    assertEquals("2026-11-23T00:00+09:00", p.start().toString());
    assertEquals("2026-11-30T00:00+09:00", p.end().toString());
    // Sunday 23:50 Tokyo: that week is not over; the one before is the last finished
    assertEquals(
        LocalDate.of(2026, 11, 16),
        DigestPeriod.lastFinished(Frequency.WEEKLY, Instant.parse("2026-11-29T14:50:00Z"))
            .firstDay());
  }

  @Test
  void aWeekAcrossTheYearEndIsOneWeek() {
    DigestPeriod p = DigestPeriod.containing(Frequency.WEEKLY, LocalDate.of(2027, 1, 1));
    assertEquals(LocalDate.of(2026, 12, 28), p.firstDay());
    assertEquals(LocalDate.of(2027, 1, 3), p.lastDay());
    assertEquals(
        p, DigestPeriod.lastFinished(Frequency.WEEKLY, Instant.parse("2027-01-03T15:00:00Z")));
  }

  @Test
  void aPeriodIsFinishedOnlyAtItsEnd() {
    DigestPeriod p = DigestPeriod.containing(Frequency.DAILY, LocalDate.of(2026, 11, 26));
    assertFalse(p.finishedAt(Instant.parse("2026-11-26T14:59:59Z")));
    assertTrue(p.finishedAt(Instant.parse("2026-11-26T15:00:00Z")));
  }

  @Test
  void refusesWeeksThatDoNotBeginOnMondayAndOtherFrequencies() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new DigestPeriod(Frequency.WEEKLY, LocalDate.of(2026, 11, 26)));
    assertThrows(
        IllegalArgumentException.class,
        () -> new DigestPeriod(Frequency.INSTANT, LocalDate.of(2026, 11, 26)));
  }
}
