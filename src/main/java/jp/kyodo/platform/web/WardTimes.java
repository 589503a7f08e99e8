package jp.kyodo.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.Map;
import jp.kyodo.platform.WardTime;

/**
 * {@link WardTime} for pages: {@code #{wardTime.time(c.createdAt())}}. Pages format times only
 * through here, so that every page writes them the one way.
 */
@Named("wardTime")
@ApplicationScoped
public class WardTimes {

  /** 「2026/12/10 18:30」. */
  public String time(OffsetDateTime t) {
    return WardTime.time(t);
  }

  /** 「2026/12/10」, of a day or of a time. */
  public String date(Object day) {
    if (day instanceof LocalDate d) {
      return WardTime.date(d);
    }
    if (day instanceof OffsetDateTime t) {
      return WardTime.date(t);
    }
    return day == null ? "" : String.valueOf(day);
  }

  /** 「2026/12」 of a month written 2026-12 (as the moderation report keeps it). */
  public String month(String isoMonth) {
    try {
      return WardTime.month(YearMonth.parse(isoMonth));
    } catch (RuntimeException e) {
      return isoMonth == null ? "" : isoMonth;
    }
  }

  /** 「2026/12/10 まで」, "until the end of 2026/12/10": the end of a suspension. */
  public String until(OffsetDateTime end) {
    return end == null ? "" : Pages.text("time.until", Map.of("until", WardTime.until(end)));
  }
}
