package jp.kyodo.insight;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import jp.kyodo.platform.BusinessRuleException;
import jp.kyodo.platform.InvalidInputException;
import jp.kyodo.platform.ResourceNotFoundException;
import jp.kyodo.platform.SqlValues;
import jp.kyodo.platform.TextFolding;
import jp.kyodo.security.Actor;
import jp.kyodo.security.CurrentActor;
import jp.kyodo.security.ForumPolicy;
import jp.kyodo.topic.TopicRepository;

/**
 * The checks every write to key points makes, in this order: who (401, 403), which topic (404 for a
 * topic the curator cannot see), then the request (400) and the rules of the topic's key points
 * (422): one label per key point (width, case and kana folded), and only visible comments of the
 * topic.
 */
@ApplicationScoped
class KeyPointRules {
  @Inject CurrentActor currentActor;
  @Inject ForumPolicy policy;
  @Inject TopicRepository topics;
  @Inject KeyPointStore store;

  /** The actor, if a curator of key points; else 401 or 403. */
  Actor curator() {
    Actor actor = currentActor.get();
    policy.require(policy.canCurateKeyPoints(actor), actor);
    return actor;
  }

  /** The topic, if the actor can see it; else 404. */
  void topic(long topicId, Actor actor) {
    topics.visible(topicId, policy.canSeeDraftTopics(actor));
  }

  /** The topic of the key point; 404 for an unknown key point or a topic the actor cannot see. */
  long topicOfKeyPoint(long keyPointId, Actor actor) {
    long topicId =
        store.topicOf(keyPointId).orElseThrow(() -> new ResourceNotFoundException("key_point"));
    topic(topicId, actor);
    return topicId;
  }

  /** The ids of a list field, once each; a null in it is a 400 naming the field. */
  Set<Long> ids(String field, List<Long> ids) {
    if (ids == null) {
      return Set.of();
    }
    if (ids.stream().anyMatch(Objects::isNull)) {
      throw InvalidInputException.of(field, "validation.type.integer");
    }
    return new LinkedHashSet<>(ids);
  }

  /** 422 when another key point of the topic has this label (folded). */
  void requireFreeLabel(long topicId, String label, Long except) {
    String folded = TextFolding.fold(label);
    for (Object[] row : store.currentLabels(topicId)) {
      if (!SqlValues.asLong(row[0]).equals(except)
          && TextFolding.fold((String) row[1]).equals(folded)) {
        throw new BusinessRuleException(
            "key_point_label_taken", "problem.keyPoint.labelTaken", Map.of("label", row[1]));
      }
    }
  }

  /** 422 naming the ids that are not visible comments (opinions or replies) of the topic. */
  void requireVisibleComments(long topicId, Set<Long> ids) {
    Set<Long> visible = store.visibleCommentsOf(topicId, ids);
    Set<Long> others = new TreeSet<>(ids);
    others.removeAll(visible);
    if (!others.isEmpty()) {
      throw new BusinessRuleException(
          "comment_not_in_topic",
          "problem.keyPoint.commentNotInTopic",
          Map.of(
              "ids",
              others.stream().limit(10).map(String::valueOf).collect(Collectors.joining(", "))));
    }
  }
}
