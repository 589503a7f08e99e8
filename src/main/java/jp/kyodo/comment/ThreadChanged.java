package jp.kyodo.comment;

/** Something on a topic's thread changed: a comment, a reply, an edit, a deletion, a reaction. */
public record ThreadChanged(long topicId) {}
