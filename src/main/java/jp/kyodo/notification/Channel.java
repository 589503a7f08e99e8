package jp.kyodo.notification;

import java.util.Arrays;
import java.util.Optional;

/** Where a participant hears of an event besides the site's own list. */
public enum Channel {
  /** Only the notification list in the site (and the unread count in the header). */
  SITE("site"),
  EMAIL("email"),
  /** The ward's LINE account, once the participant linked theirs. */
  LINE("line");

  private final String code;

  Channel(String code) {
    this.code = code;
  }

  /** The value stored and sent in the API. */
  public String code() {
    return code;
  }

  public static Optional<Channel> of(String code) {
    return Arrays.stream(values()).filter(c -> c.code.equals(code)).findFirst();
  }
}
