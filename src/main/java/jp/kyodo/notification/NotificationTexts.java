package jp.kyodo.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Map;
import jp.kyodo.platform.Messages;
import jp.kyodo.platform.PublicUrl;

/**
 * How a notification reads, in every channel: one sentence from the bundles ({@code
 * notification.<kind>[.<detail>]}) and the page it leads to. The site's list, mails, digests and
 * LINE messages all take their words from here.
 */
@ApplicationScoped
public class NotificationTexts {
  @Inject PublicUrl publicUrl;

  /** What a notification says about its topic and comment. */
  public record Item(
      String kind, String detail, Long topicId, String topicTitle, Long commentId, int count) {}

  public static String sentence(Locale locale, Item item) {
    String key = "notification." + item.kind();
    if (item.detail() != null && Messages.has(locale, key + "." + item.detail())) {
      key = key + "." + item.detail();
    }
    return Messages.format(
        locale,
        key,
        Map.of("title", item.topicTitle() == null ? "" : item.topicTitle(), "count", item.count()));
  }

  /** The path of the page a notification leads to (the comment when it is about one). */
  public static String path(Item item) {
    if (EventKind.MODERATION.code().equals(item.kind())) {
      return "/profile.xhtml#moderation"; // where the author reads the case and may ask a review
    }
    if (item.commentId() != null && !EventKind.TOPIC_COMMENT.code().equals(item.kind())) {
      return "/comment.xhtml?id=" + item.commentId();
    }
    return "/topic.xhtml?id=" + item.topicId();
  }

  public String link(Item item) {
    return publicUrl.of(path(item));
  }
}
