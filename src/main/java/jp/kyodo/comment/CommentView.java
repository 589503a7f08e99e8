package jp.kyodo.comment;

import java.time.OffsetDateTime;

/**
 * A comment as readers see it. A deleted or hidden comment keeps its place with no text (a hidden
 * one names the reason category); a withdrawn author has no name (pages show 「退会したユーザー」). {@code
 * replyTo} names whom a reply answers. {@code status} is visible, deleted, hidden, or — only in its
 * author's own view — held or rejected.
 */
public record CommentView(
    long id,
    long topicId,
    Long parentId,
    Long rootId,
    Long inReplyToId,
    int depth,
    Author author,
    Author replyTo,
    String body,
    String stance,
    boolean deleted,
    boolean edited,
    OffsetDateTime createdAt,
    OffsetDateTime editedAt,
    int replyCount,
    int agreeCount,
    int disagreeCount,
    String myReaction,
    long version,
    String status,
    String moderationReason) {

  /** An author as shown beside a comment. */
  public record Author(Long id, String displayName, boolean staff, boolean withdrawn) {}

  public boolean hidden() {
    return "hidden".equals(status);
  }

  public boolean held() {
    return "held".equals(status);
  }

  CommentView withMyReaction(String reaction) {
    return new CommentView(
        id,
        topicId,
        parentId,
        rootId,
        inReplyToId,
        depth,
        author,
        replyTo,
        body,
        stance,
        deleted,
        edited,
        createdAt,
        editedAt,
        replyCount,
        agreeCount,
        disagreeCount,
        reaction,
        version,
        status,
        moderationReason);
  }
}
