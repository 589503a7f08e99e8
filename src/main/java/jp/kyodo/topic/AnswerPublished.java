package jp.kyodo.topic;

/**
 * A version of the ward's answer (区の考え方) was published on a topic: the first ({@code changed}
 * false) or a later one. Fired inside the publishing transaction.
 */
public record AnswerPublished(long topicId, long actorId, boolean changed) {}
