package jp.kyodo.moderation;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Why an item was reported, held or hidden. The first six are what participants choose when they
 * report; the others are set by the system. The public placeholder names the category.
 */
public enum ModerationReason {
  SPAM,
  ABUSE,
  PERSONAL_INFO,
  OFF_TOPIC,
  ILLEGAL,
  OTHER,
  WATCHED_WORD,
  PREMODERATION,
  NEW_PARTICIPANT;

  public static final Set<ModerationReason> REPORTABLE =
      EnumSet.of(SPAM, ABUSE, PERSONAL_INFO, OFF_TOPIC, ILLEGAL, OTHER);

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<ModerationReason> fromCode(String code) {
    if (code == null) {
      return Optional.empty();
    }
    for (ModerationReason r : values()) {
      if (r.code().equals(code.strip())) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }
}
