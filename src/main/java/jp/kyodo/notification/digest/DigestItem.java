package jp.kyodo.notification.digest;

import java.time.OffsetDateTime;
import jp.kyodo.notification.EventKind;
import jp.kyodo.notification.NotificationTexts;

/** One notification as a digest lists it: what happened, on which topic or comment, and when. */
public record DigestItem(
    long notificationId,
    EventKind kind,
    String detail,
    Long topicId,
    String topicTitle,
    Long commentId,
    int count,
    OffsetDateTime at) {

  /** As every channel says it ({@link NotificationTexts}). */
  public NotificationTexts.Item item() {
    return new NotificationTexts.Item(kind.code(), detail, topicId, topicTitle, commentId, count);
  }

  /** The page to open. */
  public String path() {
    return NotificationTexts.path(item());
  }
}
