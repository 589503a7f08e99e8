package jp.kyodo.platform;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/**
 * The one owner of how times are shown to people, in pages and mails alike: Tokyo time, written
 * {@code 2026/12/10 18:30}, a date {@code 2026/12/10}, a month {@code 2026/12}. The API does not
 * use it: it keeps ISO-8601 with an offset.
 *
 * <p>Ends of periods that a person gives as a day (a suspension "until 10 December") are stored as
 * the instant the day ends, 00:00 of the next day in Tokyo ({@link #endOfDay}), and shown as that
 * day ({@link #until}): 「2026/12/10 まで」, "until the end of 2026/12/10". An end at any other minute
 * is shown as that minute.
 */
public final class WardTime {
  public static final ZoneId ZONE = ZoneId.of("Asia/Tokyo");
  private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm");
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy/MM/dd");
  private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy/MM");

  private WardTime() {}

  /** 「2026/12/10 18:30」 in Tokyo; empty for no time. */
  public static String time(OffsetDateTime t) {
    return t == null ? "" : MINUTE.format(t.atZoneSameInstant(ZONE));
  }

  /** 「2026/12/10」: the day in Tokyo; empty for no time. */
  public static String date(OffsetDateTime t) {
    return t == null ? "" : DAY.format(t.atZoneSameInstant(ZONE));
  }

  /** 「2026/12/10」; empty for no day. */
  public static String date(LocalDate day) {
    return day == null ? "" : DAY.format(day);
  }

  /** 「2026/12」; empty for no month. */
  public static String month(YearMonth month) {
    return month == null ? "" : MONTH.format(month);
  }

  /** The instant a day given by a person ends: 00:00 of the next day in Tokyo. */
  public static OffsetDateTime endOfDay(LocalDate day) {
    return day.plusDays(1).atStartOfDay(ZONE).toOffsetDateTime();
  }

  /** The day an end written by {@link #endOfDay} closes, or null for an end at another minute. */
  public static LocalDate lastDay(OffsetDateTime end) {
    ZonedDateTime local = end.atZoneSameInstant(ZONE);
    return local.toLocalTime().equals(LocalTime.MIDNIGHT) ? local.toLocalDate().minusDays(1) : null;
  }

  /**
   * An end as the reader's language says it (a message argument): 「2026/12/10」 and "the end of
   * 2026/12/10" for the end of a day, the minute otherwise. Sentences add まで / until around it.
   */
  public static Messages.Localized until(OffsetDateTime end) {
    return locale -> {
      if (end == null) {
        return "";
      }
      LocalDate day = lastDay(end);
      return day == null
          ? time(end)
          : Messages.format(locale, "time.endOfDay", Map.of("date", date(day)));
    };
  }
}
