package jp.kyodo.moderation;

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
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  public static CaseState of(String code) {
    return valueOf(code.toUpperCase(java.util.Locale.ROOT));
  }
}
