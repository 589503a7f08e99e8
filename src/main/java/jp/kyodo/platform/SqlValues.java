package jp.kyodo.platform;

import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.stream.Collectors;

/** Values from native-query rows, whose JDBC types depend on the driver and the column. */
public final class SqlValues {
  private SqlValues() {}

  /** A timestamptz as an OffsetDateTime in UTC; null stays null. */
  public static OffsetDateTime time(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof OffsetDateTime odt) {
      return odt;
    }
    return ((Timestamp) value).toInstant().atOffset(ZoneOffset.UTC);
  }

  public static Long asLong(Object value) {
    return value == null ? null : ((Number) value).longValue();
  }

  /** Ids as a PostgreSQL array literal, for {@code = any(cast(?n as bigint[]))}. */
  public static String idArray(Collection<Long> ids) {
    return ids.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}"));
  }
}
