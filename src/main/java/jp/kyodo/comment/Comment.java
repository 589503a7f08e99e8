package jp.kyodo.comment;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import jp.kyodo.platform.BusinessRuleException;

/**
 * An opinion on a topic (depth 0) or a reply. Replies nest to a cap; a reply to a comment at the
 * cap attaches beside it, at the cap, and still names the comment it answers. Counters (replies,
 * reactions) are maintained by atomic SQL, never through this object.
 */
@Entity
@Table(name = "comment")
public class Comment {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "topic_id", updatable = false)
  private long topicId;

  @Column(name = "parent_id", updatable = false)
  private Long parentId;

  @Column(name = "root_id", updatable = false)
  private Long rootId;

  @Column(name = "in_reply_to_id", updatable = false)
  private Long inReplyToId;

  @Column(updatable = false)
  private int depth;

  @Column(name = "author_id", updatable = false)
  private long authorId;

  @Column(name = "author_is_staff", updatable = false)
  private boolean authorIsStaff;

  private String body;

  @Column(updatable = false)
  private String stance;

  /** How it reached the ward ({@link CommentChannel}): 'web' unless staff entered it. */
  @Column(updatable = false)
  private String channel = CommentChannel.WEB.code();

  @Convert(converter = CommentStatusConverter.class)
  private CommentStatus status;

  @Column(name = "moderation_reason")
  private String moderationReason;

  @Column(name = "created_at", updatable = false)
  private OffsetDateTime createdAt;

  @Column(name = "edited_at")
  private OffsetDateTime editedAt;

  @Column(name = "deleted_at")
  private OffsetDateTime deletedAt;

  @Version private long version;

  protected Comment() {}

  private Comment(
      long topicId,
      Long parentId,
      Long rootId,
      Long inReplyToId,
      int depth,
      Author author,
      String body,
      String stance,
      OffsetDateTime now) {
    this.topicId = topicId;
    this.parentId = parentId;
    this.rootId = rootId;
    this.inReplyToId = inReplyToId;
    this.depth = depth;
    this.authorId = author.id();
    this.authorIsStaff = author.staff();
    this.body = Objects.requireNonNull(body);
    this.stance = stance;
    this.status = CommentStatus.VISIBLE;
    // what PostgreSQL keeps, so the author's view built from this object equals a later read
    this.createdAt = now.truncatedTo(ChronoUnit.MICROS);
  }

  /** Who writes, and whether they write as ward staff (the badge is kept as it was then). */
  public record Author(long id, boolean staff) {}

  /** A top-level opinion on a topic, optionally with the author's stance. */
  public static Comment opinion(
      long topicId, Author author, String body, Stance stance, OffsetDateTime now) {
    return new Comment(
        topicId, null, null, null, 0, author, body, stance == null ? null : stance.code(), now);
  }

  /**
   * A top-level opinion received outside the web (on paper, by post, by phone, at a workshop or a
   * counter) that staff enter on the person's behalf; {@code author} is the proxy author.
   */
  public static Comment received(
      long topicId, Author author, String body, CommentChannel channel, OffsetDateTime now) {
    if (!channel.isProxy()) {
      throw new IllegalArgumentException("a web opinion is posted, not received: " + channel);
    }
    Comment opinion = new Comment(topicId, null, null, null, 0, author, body, null, now);
    opinion.channel = channel.code();
    return opinion;
  }

  /** A reply to {@code target}; at the depth cap it attaches beside the target. */
  public static Comment replyTo(
      Comment target, int maxDepth, Author author, String body, OffsetDateTime now) {
    target.requireVisible();
    boolean atCap = target.depth >= maxDepth;
    long root = target.rootId == null ? target.id : target.rootId;
    return new Comment(
        target.topicId,
        atCap ? target.parentId : target.id,
        root,
        target.id,
        atCap ? target.depth : target.depth + 1,
        author,
        body,
        null,
        now);
  }

  /** Replaces the text; returns the previous text so that moderators keep every version. */
  public String edit(String newBody, OffsetDateTime now) {
    requireVisible();
    String previous = body;
    body = Objects.requireNonNull(newBody);
    editedAt = now;
    return previous;
  }

  /*
   * The transitions below are package-private: CommentStates makes them, together with the
   * counters each one changes, so that no caller can move a comment and forget a counter.
   */

  /** The author's deletion: a placeholder keeps the thread's shape. */
  void delete(OffsetDateTime now) {
    if (status != CommentStatus.HIDDEN) {
      requireVisible(); // an author may also delete what moderation hid: it is their text
    }
    status = CommentStatus.DELETED;
    deletedAt = now;
  }

  /** Held back until a moderator approves it (pre-moderation, watched words, personal data). */
  void hold(String reason) {
    requireStatus(CommentStatus.VISIBLE);
    status = CommentStatus.HELD;
    moderationReason = reason;
  }

  /** A moderator hides it: the public sees a placeholder naming the reason category. */
  void hide(String reason) {
    requireStatus(CommentStatus.VISIBLE);
    status = CommentStatus.HIDDEN;
    moderationReason = reason;
  }

  void restore() {
    requireStatus(CommentStatus.HIDDEN);
    status = CommentStatus.VISIBLE;
    moderationReason = null;
  }

  /** Publishes a held comment, or a rejected one after the author asked for a review. */
  void approve() {
    if (status != CommentStatus.REJECTED) {
      requireStatus(CommentStatus.HELD);
    }
    status = CommentStatus.VISIBLE;
    moderationReason = null;
  }

  void reject(String reason) {
    requireStatus(CommentStatus.HELD);
    status = CommentStatus.REJECTED;
    moderationReason = reason;
  }

  public void requireVisible() {
    switch (status) {
      case VISIBLE -> {}
      case DELETED -> throw new BusinessRuleException("comment_deleted", "problem.comment.deleted");
      default -> throw new BusinessRuleException("comment_moderated", "problem.comment.moderated");
    }
  }

  private void requireStatus(CommentStatus expected) {
    if (status != expected) {
      throw new BusinessRuleException("comment_state", "problem.comment.state");
    }
  }

  public boolean isDeleted() {
    return status == CommentStatus.DELETED;
  }

  public boolean isVisible() {
    return status == CommentStatus.VISIBLE;
  }

  /** Held or rejected comments do not exist for the public. */
  public boolean isPublic() {
    return status.inThread();
  }

  public CommentStatus status() {
    return status;
  }

  public boolean isRoot() {
    return depth == 0;
  }

  public Long id() {
    return id;
  }

  public long topicId() {
    return topicId;
  }

  public Long parentId() {
    return parentId;
  }

  public Long rootId() {
    return rootId;
  }

  public Long inReplyToId() {
    return inReplyToId;
  }

  public int depth() {
    return depth;
  }

  public long authorId() {
    return authorId;
  }

  public String body() {
    return body;
  }

  public long version() {
    return version;
  }

  public boolean authorIsStaff() {
    return authorIsStaff;
  }

  public String stance() {
    return stance;
  }

  public OffsetDateTime createdAt() {
    return createdAt;
  }

  public CommentChannel channel() {
    return CommentChannel.fromCode(channel).orElseThrow();
  }

  public String moderationReason() {
    return moderationReason;
  }
}
