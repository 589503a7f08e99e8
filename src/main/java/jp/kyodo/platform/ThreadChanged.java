package jp.kyodo.platform;

/**
 * Something readers of a topic see changed: a comment, a reply, an edit, a deletion, a reaction, a
 * moderation decision, the topic itself or its answer. {@code withdrawsText}: text readers saw is
 * gone or replaced (deletion, edit, moderation, a revised topic or answer), so no copy read before
 * it may be served again, not even while a fresh one is built. {@code listed}: what lists of topics
 * show of it changed too (its title, status, period, answer, visibility), so that no list read
 * before it may be served again either.
 */
public record ThreadChanged(long topicId, boolean withdrawsText, boolean listed) {
  /** A new comment or reply, or changed reaction counts: nothing readers saw must disappear. */
  public static ThreadChanged added(long topicId) {
    return new ThreadChanged(topicId, false, false);
  }

  /** A comment deleted, edited, hidden or restored. */
  public static ThreadChanged withdrawn(long topicId) {
    return new ThreadChanged(topicId, true, false);
  }

  /** The topic itself: revised, published, closed, archived, answered, hidden or restored. */
  public static ThreadChanged topic(long topicId) {
    return new ThreadChanged(topicId, true, true);
  }
}
