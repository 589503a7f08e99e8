package jp.kyodo.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The one way times are shown to people: Tokyo time, one pattern, and the end-of-day rule. */
class WardTimeTest {
  private static final LocalDate DAY = LocalDate.of(2026, 12, 10);

  @Test
  void showsTheMinuteInTokyoWhateverTheOffsetItWasStoredWith() {
    assertEquals("2026/12/10 18:30", WardTime.time(OffsetDateTime.parse("2026-12-10T09:30Z")));
    assertEquals("2026/12/10 18:30", WardTime.time(OffsetDateTime.parse("2026-12-10T04:30-05:00")));
    assertEquals("", WardTime.time(null));
  }

  @Test
  void showsTheDayInTokyoForADateOnly() {
    assertEquals("2026/12/10", WardTime.date(DAY));
    // 23:30 UTC on the 10th is already the 11th in Tokyo
    assertEquals("2026/12/11", WardTime.date(OffsetDateTime.parse("2026-12-10T23:30Z")));
    assertEquals("2026/04", WardTime.month(YearMonth.of(2026, 4)));
    assertEquals("", WardTime.date((LocalDate) null));
  }

  @Test
  void aDayGivenAsAnEndLastsUntilMidnightInTokyoAndIsShownAsThatDay() {
    OffsetDateTime end = WardTime.endOfDay(DAY);
    assertEquals(OffsetDateTime.parse("2026-12-10T15:00Z").toInstant(), end.toInstant());
    assertEquals(DAY, WardTime.lastDay(end));
    assertEquals(DAY, WardTime.lastDay(OffsetDateTime.parse("2026-12-10T15:00Z")));

    assertEquals("2026/12/10", WardTime.until(end).in(Locale.JAPANESE));
    assertEquals("the end of 2026/12/10", WardTime.until(end).in(Locale.ENGLISH));
    assertEquals(
        "2026/12/10 まで",
        Messages.format(Locale.JAPANESE, "time.until", Map.of("until", WardTime.until(end))));
    assertEquals(
        "until the end of 2026/12/10",
        Messages.format(Locale.ENGLISH, "time.until", Map.of("until", WardTime.until(end))));
  }

  @Test
  void anEndAtAnyOtherMinuteIsShownAsThatMinute() {
    OffsetDateTime end = OffsetDateTime.parse("2026-12-10T09:30Z");
    assertNull(WardTime.lastDay(end));
    assertEquals("2026/12/10 18:30", WardTime.until(end).in(Locale.JAPANESE));
    assertEquals("2026/12/10 18:30", WardTime.until(end).in(Locale.ENGLISH));
    assertEquals("", WardTime.until(null).in(Locale.JAPANESE));
  }

  @Test
  void theSuspensionRefusalSaysTheEndInTheReadersLanguage() {
    Map<String, Object> args =
        Map.of("reason", "繰り返しの誹謗中傷", "until", WardTime.until(WardTime.endOfDay(DAY)));
    assertEquals(
        "アカウントが 2026/12/10 まで利用停止中のため、投稿・リアクション・通報はできません（閲覧はできます）。理由: 繰り返しの誹謗中傷",
        Messages.format(Locale.JAPANESE, "problem.sanction.suspended", args));
    assertEquals(
        "Your account is suspended until the end of 2026/12/10: you can read but not post, react"
            + " or report. Reason: 繰り返しの誹謗中傷",
        Messages.format(Locale.ENGLISH, "problem.sanction.suspended", args));
  }
}
