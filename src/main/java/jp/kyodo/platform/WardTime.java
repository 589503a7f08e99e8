package jp.kyodo.platform;

import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Times as the ward writes them for people: Tokyo time, and midnight as 24:00 of the day before.
 */
public final class WardTime {
  public static final ZoneId ZONE = ZoneId.of("Asia/Tokyo");
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");
  private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private WardTime() {}

  /** "2026-11-30 24:00" for the end of 30 November, "2026-11-30 18:00" otherwise. */
  public static String format(OffsetDateTime t) {
    ZonedDateTime local = t.atZoneSameInstant(ZONE);
    if (local.toLocalTime().equals(LocalTime.MIDNIGHT)) {
      return DAY.format(local.minusDays(1)) + " 24:00";
    }
    return MINUTE.format(local);
  }
}
