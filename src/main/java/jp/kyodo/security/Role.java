package jp.kyodo.security;

import java.util.Arrays;
import java.util.Optional;

/**
 * Roles beyond being a participant, which every signed-in account is. Kept apart on purpose: an
 * administrator is not automatically a moderator or staff.
 */
public enum Role {
  STAFF("staff"),
  MODERATOR("moderator"),
  ADMINISTRATOR("administrator");

  /** The container group every signed-in account has. */
  public static final String PARTICIPANT_GROUP = "participant";

  private final String code;

  Role(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }

  public static Optional<Role> fromCode(String code) {
    return Arrays.stream(values()).filter(r -> r.code.equals(code)).findFirst();
  }
}
