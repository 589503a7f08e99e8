package jp.kyodo.comment;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Where a comment stands. Two questions decide every counter: whether it is <em>counted</em> (in
 * the topic's comment, root-comment and participant counts: only visible comments) and whether it
 * <em>holds a place in the thread</em> (in its parent's reply count: visible comments and the
 * placeholders of deleted and hidden ones; held and rejected comments do not exist for the public).
 */
public enum CommentStatus {
  VISIBLE("visible", true, true),
  DELETED("deleted", false, true),
  HIDDEN("hidden", false, true),
  HELD("held", false, false),
  REJECTED("rejected", false, false);

  private final String code;
  private final boolean counted;
  private final boolean inThread;

  CommentStatus(String code, boolean counted, boolean inThread) {
    this.code = code;
    this.counted = counted;
    this.inThread = inThread;
  }

  /** The value stored in {@code comment.status} and sent in the API. */
  public String code() {
    return code;
  }

  /** Counted in the topic's comment and participant counts. */
  public boolean counted() {
    return counted;
  }

  /**
   * Has a place in the public thread (as text or placeholder), so counts among its parent's
   * replies.
   */
  public boolean inThread() {
    return inThread;
  }

  public static Optional<CommentStatus> fromCode(String code) {
    return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
  }

  /**
   * An SQL condition on {@code column} that holds exactly for the statuses matching {@code which},
   * so that queries say the same as this enum, e.g. {@code c.status in ('visible', 'deleted')}.
   */
  static String sqlCondition(String column, Predicate<CommentStatus> which) {
    return Arrays.stream(values())
        .filter(which)
        .map(s -> "'" + s.code + "'")
        .collect(Collectors.joining(", ", column + " in (", ")"));
  }
}
