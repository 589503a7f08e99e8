package jp.kyodo.notification;

import java.util.Arrays;
import java.util.Optional;

/** How soon a participant hears of an event on their channel. */
public enum Frequency {
  INSTANT("instant"),
  /** In the daily digest, after midnight Tokyo time. */
  DAILY("daily"),
  /** In the weekly digest, after midnight Tokyo time between Sunday and Monday. */
  WEEKLY("weekly"),
  /** Not at all, not even in the site's list. */
  OFF("off");

  private final String code;

  Frequency(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }

  public static Optional<Frequency> of(String code) {
    return Arrays.stream(values()).filter(f -> f.code.equals(code)).findFirst();
  }
}
