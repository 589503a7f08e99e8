package jp.kyodo.comment;

import java.time.OffsetDateTime;

/**
 * A comment as readers see it. A deleted comment keeps its place with no text; a withdrawn author
 * has no name (pages show 「退会したユーザー」). {@code replyTo} names whom a reply answers.
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
    long version) {

  /** An author as shown beside a comment. */
  public record Author(Long id, String displayName, boolean staff, boolean withdrawn) {}

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
        version);
  }
}
