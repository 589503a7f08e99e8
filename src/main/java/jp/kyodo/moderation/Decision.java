package jp.kyodo.moderation;

import java.util.Locale;
import java.util.Optional;

/** What a moderator can do to a case. */
public enum Decision {
  HIDE(true),
  DISMISS(false),
  RESTORE(false),
  APPROVE(false),
  REJECT(true);

  private final boolean findsReason;

  Decision(boolean findsReason) {
    this.findsReason = findsReason;
  }

  /**
   * Whether the decision states its own reason: hiding or rejecting says why the item breaks the
   * guidelines (the public placeholder names it). Approving, restoring and dismissing find nothing
   * wrong, so the item keeps the reason it was held or reported for.
   */
  public boolean findsReason() {
    return findsReason;
  }

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
