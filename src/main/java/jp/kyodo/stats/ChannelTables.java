package jp.kyodo.stats;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import jp.kyodo.platform.Messages;

/**
 * The "by channel" table (web, paper, post, phone, workshop, counter: comments and people), the
 * same in a topic's report and in the ward's statistics; cells through {@link Suppression}.
 */
@ApplicationScoped
public class ChannelTables {
  static final String ID = "channels";
  static final List<String> COLUMNS = List.of("comments", "people");

  @Inject ChannelCounts counts;

  /** One row per channel: its comments (suppressed under 10 people) and its people. */
  static List<StatTable.Row> rows(ChannelCounts.Breakdown breakdown, Locale l) {
    return breakdown.channels().stream()
        .map(
            c ->
                new StatTable.Row(
                    c.channel().code(),
                    Messages.get(l, "channel." + c.channel().code()),
                    List.of(
                        Suppression.count(c.comments(), c.people()),
                        Suppression.people(c.people()))))
        .toList();
  }

  /** Every topic's comments and people by channel, for the statistics page. */
  StatTable ward(Locale l) {
    return new StatTable(
        ID,
        Messages.get(l, "stats.table.channels"),
        Messages.get(l, "stats.note.channels"),
        COLUMNS.stream()
            .map(k -> new StatTable.Column(k, Messages.get(l, "stats.column." + k)))
            .toList(),
        rows(counts.wardWide(), l));
  }
}
