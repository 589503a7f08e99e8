package jp.kyodo.moderation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jp.kyodo.audit.AuditLog;
import jp.kyodo.platform.InputValidator;
import jp.kyodo.platform.ThreadChanged;
import jp.kyodo.security.Actor;
import jp.kyodo.security.CurrentActor;
import jp.kyodo.security.ForumPolicy;
import jp.kyodo.topic.Topic;
import jp.kyodo.topic.TopicRepository;

/** Switches pre-moderation of a topic on or off. */
@ApplicationScoped
public class PremoderationService {
  @Inject CurrentActor currentActor;
  @Inject ForumPolicy policy;
  @Inject InputValidator validator;
  @Inject TopicRepository topics;
  @Inject AuditLog audit;
  @Inject Event<ThreadChanged> changed;

  public record State(long topicId, boolean premoderated) {}

  @Transactional
  public State set(long topicId, ModerationRequests.Premoderation request) {
    Actor actor = currentActor.get();
    Topic topic = topics.visible(topicId, policy.canSeeDraftTopics(actor));
    policy.require(policy.canSetPremoderation(actor), actor);
    validator.check(request);
    topic.premoderate(request.enabled());
    topics.flush();
    changed.fire(ThreadChanged.added(topicId)); // the page's notice
    audit.record(
        actor,
        request.enabled() ? "topic.premoderation.on" : "topic.premoderation.off",
        "topic",
        topicId,
        null,
        null);
    return new State(topicId, topic.isPremoderated());
  }
}
