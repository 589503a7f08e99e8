package jp.kyodo.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import jp.kyodo.platform.web.ReaderFacts;

/**
 * The reader's notification facts in pages kept for a class of readers: {@code unread} (the
 * header's count), the section {@code unreadSome}, and the section {@code following} of a topic.
 */
@ApplicationScoped
public class NotificationMarks implements ReaderFacts {
  static final String UNREAD = "unread";
  static final String UNREAD_SOME = "unreadSome";
  static final String FOLLOWING = "following";

  @Inject Notifications notifications;
  @Inject Follows follows;

  @Override
  public Set<String> kinds() {
    return Set.of(UNREAD, UNREAD_SOME, FOLLOWING);
  }

  @Override
  public Map<String, Function<String, String>> of(Map<String, Set<String>> marks) {
    Map<String, Function<String, String>> values = new HashMap<>();
    if (marks.containsKey(UNREAD) || marks.containsKey(UNREAD_SOME)) {
      long n = notifications.unreadCount();
      values.put(UNREAD, arg -> Long.toString(n));
      values.put(UNREAD_SOME, arg -> String.valueOf(n > 0));
    }
    if (marks.containsKey(FOLLOWING)) {
      Map<String, String> following = new HashMap<>();
      for (String topic : marks.get(FOLLOWING)) {
        following.put(topic, String.valueOf(follows.follows(Long.parseLong(topic))));
      }
      values.put(FOLLOWING, following::get);
    }
    return values;
  }
}
