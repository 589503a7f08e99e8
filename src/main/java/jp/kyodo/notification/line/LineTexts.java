package jp.kyodo.notification.line;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import jp.kyodo.notification.EventKind;
import jp.kyodo.platform.Messages;
import jp.kyodo.platform.PublicUrl;

/**
 * The words of a LINE notification in the recipient's language: what happened, on which topic, and
 * the address on the site to read it (LINE shows it as a link).
 */
@ApplicationScoped
public class LineTexts {
  /** Topic titles are cut here, so that the message stays a short notice. */
  static final int TITLE_MAX = 60;

  @Inject PublicUrl publicUrl;

  public String of(
      EventKind kind, Locale locale, String topicTitle, Long topicId, Long commentId, int count) {
    Map<String, Object> args = new HashMap<>();
    args.put("topic", topicTitle == null ? "" : shorten(topicTitle));
    args.put("count", count);
    args.put("link", publicUrl.of(path(kind, topicId, commentId)));
    return Messages.format(locale, "line.notification." + kind.code(), args);
  }

  static String path(EventKind kind, Long topicId, Long commentId) {
    if (kind == EventKind.MODERATION) {
      return "/profile.xhtml#moderation";
    }
    if (commentId != null && kind != EventKind.TOPIC_COMMENT) {
      return "/comment.xhtml?id=" + commentId;
    }
    return topicId == null ? "/" : "/topic.xhtml?id=" + topicId;
  }

  private static String shorten(String title) {
    return title.codePointCount(0, title.length()) <= TITLE_MAX
        ? title
        : title.substring(0, title.offsetByCodePoints(0, TITLE_MAX - 1)) + "…";
  }
}
