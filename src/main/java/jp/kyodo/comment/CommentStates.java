package jp.kyodo.comment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import jp.kyodo.platform.BusinessRuleException;
import jp.kyodo.topic.TopicRepository;

/**
 * The one owner of a comment's state and the counters that follow from it. Every transition — by
 * its author (post, edit that is held, delete) or by a moderator (hide, restore, approve, reject) —
 * goes through here, and the counters change by the difference between the old and the new state
 * ({@link CommentStatus#counted()} for the topic's counts, {@link CommentStatus#inThread()} for the
 * parent's reply count), so that no path can count a comment twice or forget it.
 */
@ApplicationScoped
public class CommentStates {
  @Inject CommentRepository comments;
  @Inject TopicRepository topics;
  @Inject Event<CommentPublished> published;
  @Inject ProxyAuthor proxyAuthor;

  /**
   * Saves a new comment, held for a moderator when {@code holdReason} is given. It is not counted
   * yet: call {@link #countAdded} last, since the topic's row lock is what posts on a busy topic
   * queue for and should be held only from there to the commit.
   */
  void add(Comment comment, String holdReason) {
    if (holdReason != null) {
      comment.hold(holdReason); // never counted, so nothing to take back
    }
    comments.add(comment);
  }

  /** Counts a new comment; refuses it when the topic closed meanwhile. */
  void countAdded(Comment comment) {
    countAdded(comment, true);
  }

  /**
   * Counts a new comment; with {@code requireOpenTopic} false also on a closed topic (an opinion
   * received before the deadline and entered by staff after it).
   */
  void countAdded(Comment comment, boolean requireOpenTopic) {
    count(comment, null, requireOpenTopic);
    if (comment.status() == CommentStatus.VISIBLE) {
      announce(comment);
    }
  }

  void delete(Comment comment, OffsetDateTime now) {
    CommentStatus from = comment.status();
    comment.delete(now);
    count(comment, from, false);
  }

  /** Held for a moderator (an edit that a watched word or the personal-data guard stops). */
  public void hold(Comment comment, String reason) {
    CommentStatus from = comment.status();
    comment.hold(reason);
    count(comment, from, false);
  }

  public void hide(Comment comment, String reason) {
    CommentStatus from = comment.status();
    comment.hide(reason);
    count(comment, from, false);
  }

  public void restore(Comment comment) {
    CommentStatus from = comment.status();
    comment.restore();
    count(comment, from, false);
  }

  /** Approved comments count again even on a closed topic: the delay was the moderator's. */
  public void approve(Comment comment) {
    CommentStatus from = comment.status();
    comment.approve();
    count(comment, from, false);
    if (from == CommentStatus.HELD && comment.status() == CommentStatus.VISIBLE) {
      announce(comment);
    }
  }

  /** Its first public moment: what followers and the replied-to author hear of. */
  private void announce(Comment comment) {
    published.fire(new CommentPublished(comment.id(), comment.topicId(), comment.authorId()));
  }

  public void reject(Comment comment, String reason) {
    CommentStatus from = comment.status();
    comment.reject(reason);
    count(comment, from, false);
  }

  /** Applies the difference between {@code from} (null: the comment is new) and its state now. */
  private void count(Comment comment, CommentStatus from, boolean requireOpenTopic) {
    CommentStatus to = comment.status();
    int inThread = delta(from != null && from.inThread(), to.inThread());
    if (inThread != 0 && !comment.isRoot()) {
      comments.adjustReplyCount(comment.parentId(), inThread);
    }
    int counted = delta(from != null && from.counted(), to.counted());
    if (counted > 0
        && !topics.countComment(
            comment.topicId(), participant(comment), comment.isRoot(), requireOpenTopic)) {
      throw new BusinessRuleException("topic_closed", "problem.topic.closed");
    }
    if (counted < 0) {
      topics.uncountComment(comment.topicId(), comment.isRoot());
    }
  }

  /**
   * Whom the comment adds to its topic's participants: its author, but none for an opinion staff
   * entered on someone's behalf (the proxy author stands for people outside the web; the statistics
   * count them by channel).
   */
  private Long participant(Comment comment) {
    return proxyAuthor.is(comment.authorId()) ? null : comment.authorId();
  }

  private static int delta(boolean before, boolean after) {
    return (after ? 1 : 0) - (before ? 1 : 0);
  }
}
