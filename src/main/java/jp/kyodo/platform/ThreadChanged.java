package jp.kyodo.comment;

/**
 * Something on a topic's thread changed: a comment, a reply, an edit, a deletion, a reaction, a
 * moderation decision. {@code withdrawsText}: text readers saw is gone or replaced (deletion, edit,
 * moderation), so no page read before it may be served again, not even while a fresh one is built.
 */
public record ThreadChanged(long topicId, boolean withdrawsText) {
  /** A new comment or reply, or changed reaction counts: nothing readers saw must disappear. */
  public static ThreadChanged added(long topicId) {
    return new ThreadChanged(topicId, false);
  }

  public static ThreadChanged withdrawn(long topicId) {
    return new ThreadChanged(topicId, true);
  }
}
