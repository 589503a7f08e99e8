package jp.kyodo.security;

import java.time.Duration;
import java.time.OffsetDateTime;
import jp.kyodo.platform.SqlValues;

/**
 * What decides whether an API token may be used, read in the same statement as its holder (see
 * {@link ActorSource#tokenActor}).
 */
public record TokenState(
    long id, OffsetDateTime lastUsedAt, OffsetDateTime expiresAt, OffsetDateTime revokedAt) {

  /** The columns {@link #of} reads, in its order, from the api_token table aliased {@code t}. */
  public static final String COLUMNS = "t.id, t.last_used_at, t.expires_at, t.revoked_at";

  /** How many columns {@link #COLUMNS} names: where the next ones of a row begin. */
  public static final int COLUMN_COUNT = 4;

  /** The state from a native-query row whose columns from {@code from} on are {@link #COLUMNS}. */
  public static TokenState of(Object[] row, int from) {
    return new TokenState(
        SqlValues.asLong(row[from]),
        SqlValues.time(row[from + 1]),
        SqlValues.time(row[from + 2]),
        SqlValues.time(row[from + 3]));
  }

  /** Valid while neither revoked, nor past its lifetime, nor unused for longer than idleLimit. */
  public boolean isUsable(OffsetDateTime now, Duration idleLimit) {
    return revokedAt == null && now.isBefore(expiresAt) && now.isBefore(lastUsedAt.plus(idleLimit));
  }

  /**
   * Use is recorded for the idle timeout (days) at most once an hour: a finer record would turn
   * every authenticated request into a write.
   */
  public boolean isUseDueAt(OffsetDateTime now) {
    return lastUsedAt.plusHours(1).isBefore(now);
  }
}
