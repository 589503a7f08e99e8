package jp.kyodo.notification.digest;

import jp.kyodo.comment.CommentStatus;

/**
 * Whether a notification may still be shown: its comment is visible (not hidden, held, rejected or
 * deleted since) and its topic is published. Notifications that fail are left out of the digest.
 */
final class DigestVisibility {
  private DigestVisibility() {}

  static boolean shown(String commentStatus, String topicStatus) {
    boolean comment = commentStatus == null || CommentStatus.VISIBLE.code().equals(commentStatus);
    boolean topic = topicStatus == null || !"draft".equals(topicStatus);
    return comment && topic;
  }
}
