package jp.kyodo.moderation;

import java.util.Locale;
import java.util.Optional;

/** What a moderator can do to a case. */
public enum Decision {
  HIDE,
  DISMISS,
  RESTORE,
  APPROVE,
  REJECT;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<Decision> fromCode(String code) {
    for (Decision d : values()) {
      if (d.code().equals(code)) {
        return Optional.of(d);
      }
    }
    return Optional.empty();
  }
}
