package jp.kyodo.comment;

/**
 * A comment became public: posted without being held, or approved by a moderator. Fired inside the
 * transaction that made it so (observers that write must join it); restoring a hidden comment is
 * not a publication.
 */
public record CommentPublished(long commentId, long topicId, long authorId) {}
