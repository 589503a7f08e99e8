package jp.kyodo.platform;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * Numeric query parameters arrive as text and are parsed here: JAX-RS would answer a malformed
 * {@code ?limit=abc} with 404, but it is the client's input that is wrong, so it is a 400.
 */
public final class QueryParams {
  private QueryParams() {}

  public static Integer optionalInt(String name, String raw) {
    Long value = optionalLong(name, raw);
    if (value != null && (value > Integer.MAX_VALUE || value < Integer.MIN_VALUE)) {
      throw InvalidInputException.of(name, "validation.type");
    }
    return value == null ? null : value.intValue();
  }

  public static int intOr(String name, String raw, int fallback) {
    Integer value = optionalInt(name, raw);
    return value == null ? fallback : value;
  }

  public static Long optionalLong(String name, String raw) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    try {
      return Long.valueOf(raw.strip());
    } catch (NumberFormatException e) {
      throw InvalidInputException.of(name, "validation.type");
    }
  }

  /** {@code true} or {@code false}; absent is false; anything else is a 400 naming the field. */
  public static boolean optionalBoolean(String name, String raw) {
    if (raw == null || raw.isBlank()) {
      return false;
    }
    return switch (raw.strip()) {
      case "true" -> true;
      case "false" -> false;
      default -> throw InvalidInputException.of(name, "validation.type");
    };
  }

  /** An ISO date (2026-04-01), or null when absent; anything else is a 400 naming the field. */
  public static LocalDate optionalDate(String name, String raw) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(raw.strip());
    } catch (DateTimeParseException e) {
      throw InvalidInputException.of(name, "validation.date");
    }
  }

  /**
   * A day given as YYYY-MM-DD, as the instant it starts in Tokyo; {@code plusDays} 1 gives the end
   * of that day, for inclusive "to" filters.
   */
  public static OffsetDateTime optionalDayStart(String name, String raw, int plusDays) {
    LocalDate day = optionalDate(name, raw);
    return day == null
        ? null
        : day.plusDays(plusDays).atStartOfDay(WardTime.ZONE).toOffsetDateTime();
  }
}
