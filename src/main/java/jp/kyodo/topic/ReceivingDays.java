package jp.kyodo.topic;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import jp.kyodo.platform.WardTime;

/**
 * The days (in Tokyo) on which an opinion received outside the web counts for a topic: from the day
 * it opened to the day its period ended — the day staff closed it, when they closed it early. A
 * period ending at 00:00 ends the day before.
 */
public record ReceivingDays(LocalDate first, LocalDate last) {
  public static ReceivingDays of(
      OffsetDateTime opensAt, OffsetDateTime closesAt, OffsetDateTime closedAt) {
    OffsetDateTime end = closedAt != null && closedAt.isBefore(closesAt) ? closedAt : closesAt;
    return new ReceivingDays(
        opensAt.atZoneSameInstant(WardTime.ZONE).toLocalDate(),
        // the day of the period's last instant
        end.atZoneSameInstant(WardTime.ZONE).minusNanos(1).toLocalDate());
  }

  public static ReceivingDays of(TopicView topic) {
    return of(topic.opensAt(), topic.closesAt(), topic.closedAt());
  }

  public boolean contains(LocalDate day) {
    return !day.isBefore(first) && !day.isAfter(last);
  }
}
