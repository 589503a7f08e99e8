package jp.kyodo.search;

import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * How far an index has read the search outbox: every row up to {@code seq}, except the {@code gaps}
 * (numbers below it that no committed row had when it was read: a transaction still running, or one
 * rolled back). Sequence numbers are taken when a row is written but become visible when its
 * transaction commits, so a later number can be seen first; a gap is asked for again on every read
 * until its row appears or {@link #GAP_PATIENCE_MILLIS} has passed (a rollback leaves it forever).
 */
public record OutboxPosition(String database, long seq, Map<Long, Long> gaps) {
  /** Far longer than any transaction that writes outbox rows may run. */
  public static final long GAP_PATIENCE_MILLIS = 10 * 60 * 1000L;

  public OutboxPosition {
    gaps = Map.copyOf(gaps);
  }

  public static OutboxPosition start(String database, long seq) {
    return new OutboxPosition(database, seq, Map.of());
  }

  /**
   * The position after reading {@code rows} (their sequence numbers, ascending): the highest is the
   * new {@code seq}, numbers skipped below it become gaps, gaps that were read are closed, gaps too
   * old are dropped.
   */
  public OutboxPosition after(Collection<Long> rows, long nowMillis) {
    TreeMap<Long, Long> open = new TreeMap<>(gaps);
    long top = seq;
    for (long s : rows) {
      open.remove(s);
      if (s > top) {
        for (long missing = top + 1; missing < s; missing++) {
          open.put(missing, nowMillis);
        }
        top = s;
      }
    }
    open.values().removeIf(seen -> nowMillis - seen > GAP_PATIENCE_MILLIS);
    while (open.size() > 10_000) {
      open.pollFirstEntry(); // a runaway of rollbacks must not grow the position without bound
    }
    return new OutboxPosition(database, top, open);
  }

  /** As stored with the index: database;seq;gap:seen,gap:seen. */
  public String encode() {
    return database
        + ";"
        + seq
        + ";"
        + gaps.entrySet().stream()
            .sorted(Map.Entry.comparingByKey())
            .map(e -> e.getKey() + ":" + e.getValue())
            .collect(Collectors.joining(","));
  }

  /** The stored form back; null when it is not one. */
  public static OutboxPosition decode(String stored) {
    if (stored == null) {
      return null;
    }
    try {
      String[] parts = stored.split(";", -1);
      Map<Long, Long> gaps = new TreeMap<>();
      if (!parts[2].isEmpty()) {
        for (String gap : parts[2].split(",")) {
          String[] g = gap.split(":");
          gaps.put(Long.parseLong(g[0]), Long.parseLong(g[1]));
        }
      }
      return new OutboxPosition(parts[0], Long.parseLong(parts[1]), gaps);
    } catch (RuntimeException e) {
      return null;
    }
  }
}
