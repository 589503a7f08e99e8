package jp.kyodo.notification.digest;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import jp.kyodo.notification.EventKind;
import jp.kyodo.notification.NotificationTexts;
import jp.kyodo.platform.Messages;
import jp.kyodo.platform.WardTime;

/**
 * The text of a digest mail, in the recipient's language: the period in Tokyo dates, the
 * notifications grouped by kind (in the order of {@link EventKind}), each with its Tokyo time and
 * link, then the settings and the unsubscribe link. Plain text: the mail's only part. A LINE digest
 * says the same with its subject and groups ({@link #subject}, {@link #groups}).
 */
public final class DigestMail {
  private DigestMail() {}

  public record Text(String subject, String body) {}

  /** What a digest says; the links are absolute addresses. */
  public record Content(
      Locale locale,
      String name,
      DigestPeriod period,
      List<DigestItem> items,
      String settingsLink,
      String unsubscribeLink) {}

  public static Text write(Content c, Function<String, String> publicUrl) {
    Locale l = c.locale();
    String period = period(l, c.period());
    Map<String, Object> head =
        Map.of("period", period, "count", c.items().size(), "name", c.name());
    String subject = subject(l, c.period(), c.name(), c.items().size());
    StringBuilder body = new StringBuilder(Messages.format(l, "digest.intro", head));
    body.append(groups(l, c.items(), Integer.MAX_VALUE, publicUrl));
    body.append("\n\n")
        .append(
            Messages.format(
                l,
                "digest.footer",
                Map.of(
                    "settings",
                    c.settingsLink(),
                    "digest",
                    Messages.get(l, "digest.name." + c.period().frequency().code()),
                    "unsubscribe",
                    c.unsubscribeLink())));
    return new Text(subject, body.toString());
  }

  /** The subject line, also the first line of a digest sent where there is no subject. */
  public static String subject(Locale l, DigestPeriod period, String name, int count) {
    return Messages.format(
        l,
        "digest.subject." + period.frequency().code(),
        Map.of("period", period(l, period), "count", count, "name", name));
  }

  /**
   * The notifications grouped by kind (in the order of {@link EventKind}): a heading per kind, then
   * each notification's Tokyo time, sentence and link. At most {@code max} are listed; the rest are
   * counted in a last line that leads to the notification list.
   */
  public static String groups(
      Locale l, List<DigestItem> items, int max, Function<String, String> publicUrl) {
    Map<EventKind, List<DigestItem>> byKind = new EnumMap<>(EventKind.class);
    for (DigestItem item : items) {
      byKind.computeIfAbsent(item.kind(), k -> new ArrayList<>()).add(item);
    }
    StringBuilder body = new StringBuilder();
    int listed = 0;
    for (Map.Entry<EventKind, List<DigestItem>> group : byKind.entrySet()) {
      if (listed >= max) {
        break;
      }
      String kind = group.getKey().code();
      body.append("\n\n■ ")
          .append(
              Messages.format(
                  l,
                  "digest.heading",
                  Map.of(
                      "label",
                      Messages.get(l, "digest.kind." + kind),
                      "count",
                      group.getValue().size())));
      for (DigestItem item : group.getValue()) {
        if (listed++ >= max) {
          break;
        }
        body.append("\n・")
            .append(WardTime.time(item.at()))
            .append(' ')
            .append(NotificationTexts.sentence(l, item.item()))
            .append("\n  ")
            .append(publicUrl.apply(item.path()));
      }
    }
    if (items.size() > max) {
      body.append("\n\n")
          .append(
              Messages.format(
                  l,
                  "digest.more",
                  Map.of(
                      "count",
                      items.size() - max,
                      "link",
                      publicUrl.apply("/notifications.xhtml"))));
    }
    return body.toString();
  }

  /** 「2026/11/26」 for a day; 「2026/11/23〜2026/11/29」 for a week. */
  static String period(Locale l, DigestPeriod p) {
    String first = WardTime.date(p.firstDay());
    if (p.firstDay().equals(p.lastDay())) {
      return first;
    }
    return Messages.format(
        l, "digest.period.week", Map.of("from", first, "to", WardTime.date(p.lastDay())));
  }
}
