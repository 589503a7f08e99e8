package jp.kyodo.notification.digest;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.TemporalAdjusters;
import jp.kyodo.notification.Frequency;
import jp.kyodo.platform.WardTime;

/**
 * The Tokyo period a digest covers: a day (00:00 to 00:00 Tokyo) or a week (Monday 00:00 to the
 * next Monday 00:00 Tokyo). A digest holds every undelivered notification created before the
 * period's end, so one sent late, or after a missed period, still misses nothing.
 */
public record DigestPeriod(Frequency frequency, LocalDate firstDay) {
  public DigestPeriod {
    if (frequency != Frequency.DAILY && frequency != Frequency.WEEKLY) {
      throw new IllegalArgumentException("digests are daily or weekly: " + frequency);
    }
    if (frequency == Frequency.WEEKLY && firstDay.getDayOfWeek() != DayOfWeek.MONDAY) {
      throw new IllegalArgumentException("a week begins on a Monday: " + firstDay);
    }
  }

  /** The period that holds this Tokyo day. */
  public static DigestPeriod containing(Frequency frequency, LocalDate day) {
    return new DigestPeriod(
        frequency,
        frequency == Frequency.WEEKLY
            ? day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
            : day);
  }

  /** The latest period that has ended at this instant (yesterday, or last week, in Tokyo). */
  public static DigestPeriod lastFinished(Frequency frequency, Instant now) {
    LocalDate today = now.atZone(WardTime.ZONE).toLocalDate();
    return containing(frequency, today).previous();
  }

  public DigestPeriod previous() {
    return new DigestPeriod(frequency, firstDay.minusDays(days()));
  }

  /** The last Tokyo day of the period. */
  public LocalDate lastDay() {
    return firstDay.plusDays(days() - 1);
  }

  public OffsetDateTime start() {
    return firstDay.atStartOfDay(WardTime.ZONE).toOffsetDateTime();
  }

  public OffsetDateTime end() {
    return firstDay.plusDays(days()).atStartOfDay(WardTime.ZONE).toOffsetDateTime();
  }

  /** Whether the period is over at this instant, so its digest may be sent. */
  public boolean finishedAt(Instant now) {
    return !end().toInstant().isAfter(now);
  }

  private int days() {
    return frequency == Frequency.WEEKLY ? 7 : 1;
  }

  /** For logs: 「digest daily 2026-11-26」. */
  @Override
  public String toString() {
    return "digest " + frequency.code() + " " + firstDay;
  }
}
