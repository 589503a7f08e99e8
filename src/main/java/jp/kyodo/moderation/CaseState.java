package jp.kyodo.moderation;

import java.util.Locale;

/** Where a moderation case stands. Stored by its lower-case name. */
public enum CaseState {
  PENDING,
  HIDDEN,
  DISMISSED,
  RESTORED,
  HELD,
  APPROVED,
  REJECTED;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static CaseState of(String code) {
    return valueOf(code.toUpperCase(Locale.ROOT));
  }
}
