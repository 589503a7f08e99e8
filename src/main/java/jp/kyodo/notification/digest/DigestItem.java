package jp.kyodo.notification.digest;

import java.time.OffsetDateTime;
import jp.kyodo.notification.EventKind;

/** One notification as a digest lists it: what happened, on which topic or comment, and when. */
public record DigestItem(
    long notificationId,
    EventKind kind,
    Long topicId,
    String topicTitle,
    Long commentId,
    int count,
    OffsetDateTime at) {

  /** The page to open: the comment when there is one, else the topic. */
  public String path() {
    if (commentId != null) {
      return "/comment.xhtml?id=" + commentId;
    }
    return topicId != null ? "/topic.xhtml?id=" + topicId : "/";
  }
}
