package jp.kyodo.topic;

/** Staff published a topic. Fired inside the publishing transaction. */
public record TopicPublished(long topicId, long actorId) {}
