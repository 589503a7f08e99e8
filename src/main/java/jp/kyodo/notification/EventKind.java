package jp.kyodo.notification;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of event a participant can hear about, each with its default channel and frequency (the
 * ward's choice: replies and the ward's answers at once by e-mail; new topics in a weekly digest;
 * the rest in the site's list). A participant's own preference overrides the default.
 */
public enum EventKind {
  /** Someone replied to my comment. */
  REPLY("reply", Channel.EMAIL, Frequency.INSTANT),
  /** The ward's answer (区の考え方) was published or changed on a topic I follow. */
  ANSWER("answer", Channel.EMAIL, Frequency.INSTANT),
  /** A topic I follow closes in three days, or closed. */
  TOPIC_CLOSING("topic_closing", Channel.SITE, Frequency.INSTANT),
  /** A new topic in an area, district or policy area I watch. */
  NEW_TOPIC("new_topic", Channel.EMAIL, Frequency.WEEKLY),
  /** New opinions on a topic I follow (one unread notification per topic, counting them). */
  TOPIC_COMMENT("topic_comment", Channel.SITE, Frequency.INSTANT),
  /**
   * My comment was hidden, restored, approved or rejected by a moderator: always mailed by
   * moderation with its reasons, and listed in the site; not a preference.
   */
  MODERATION("moderation", Channel.SITE, Frequency.INSTANT),
  /** Staff: a new comment on a topic of my department. */
  DEPARTMENT_COMMENT("department_comment", Channel.SITE, Frequency.INSTANT);

  private final String code;
  private final Channel defaultChannel;
  private final Frequency defaultFrequency;

  EventKind(String code, Channel defaultChannel, Frequency defaultFrequency) {
    this.code = code;
    this.defaultChannel = defaultChannel;
    this.defaultFrequency = defaultFrequency;
  }

  public String code() {
    return code;
  }

  public Channel defaultChannel() {
    return defaultChannel;
  }

  public Frequency defaultFrequency() {
    return defaultFrequency;
  }

  public static Optional<EventKind> of(String code) {
    return Arrays.stream(values()).filter(k -> k.code.equals(code)).findFirst();
  }
}
