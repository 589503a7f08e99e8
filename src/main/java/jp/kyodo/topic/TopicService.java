package jp.kyodo.topic;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jp.kyodo.audit.AuditLog;
import jp.kyodo.platform.InputValidator;
import jp.kyodo.platform.InvalidInputException;
import jp.kyodo.platform.InvalidInputException.FieldError;
import jp.kyodo.platform.MarkdownRenderer;
import jp.kyodo.platform.Text;
import jp.kyodo.platform.ThreadChanged;
import jp.kyodo.platform.Versions;
import jp.kyodo.reference.ReferenceData;
import jp.kyodo.security.Actor;
import jp.kyodo.security.CurrentActor;
import jp.kyodo.security.ForumPolicy;

/** Staff write topics and move them through their lifecycle; every step is audited. */
@ApplicationScoped
public class TopicService {
  @Inject CurrentActor currentActor;
  @Inject Event<TopicPublished> published;
  @Inject Event<ThreadChanged> threadChanged;
  @Inject ForumPolicy policy;
  @Inject InputValidator validator;
  @Inject TopicRepository topics;
  @Inject PolicyAreas policyAreas;
  @Inject ReferenceData reference;
  @Inject TopicQueries queries;
  @Inject AuditLog auditLog;
  @Inject Clock clock;

  @Transactional
  public TopicView create(TopicContent content) {
    Actor actor = requireStaff();
    Topic topic = new Topic(draft(content), actor.id(), now());
    topics.add(topic);
    auditLog.record(actor, "topic.created", "topic", topic.id(), null, topic.title());
    return queries.view(topic.id(), actor);
  }

  @Transactional
  public TopicView revise(long id, TopicContent content) {
    Actor actor = requireStaff();
    Topic topic = topics.visible(id, true);
    Topic.Draft draft = draft(content);
    Versions.require(content.version(), topic.version());
    topic.revise(draft);
    topics.flush();
    threadChanged.fire(ThreadChanged.topic(id));
    auditLog.record(actor, "topic.revised", "topic", id, null, topic.title());
    return queries.view(id, actor);
  }

  /** A lifecycle step: publish, close or archive. */
  public enum Step {
    PUBLISH,
    CLOSE,
    ARCHIVE
  }

  @Transactional
  public TopicView advance(long id, Step step) {
    Actor actor = requireStaff();
    Topic topic = topics.visible(id, true);
    switch (step) {
      case PUBLISH -> {
        topic.publish(now()); // only a draft can be published: this is its one first time
        published.fire(new TopicPublished(id, actor.id()));
      }
      case CLOSE -> topic.close(now());
      case ARCHIVE -> topic.archive(now());
    }
    topics.flush();
    threadChanged.fire(ThreadChanged.topic(id)); // its status, period and post form change
    auditLog.record(actor, "topic." + step.name().toLowerCase(), "topic", id, null, null);
    return queries.view(id, actor);
  }

  private Actor requireStaff() {
    Actor actor = currentActor.get();
    policy.require(policy.canManageTopics(actor), actor);
    return actor;
  }

  private Topic.Draft draft(TopicContent content) {
    List<FieldError> errors = new ArrayList<>(validator.violations(content));
    String area = Text.normalizeOptional(content.scopeArea());
    String district = Text.normalizeOptional(content.scopeDistrict());
    String policyArea = Text.normalize(content.policyArea());
    if (policyArea != null
        && policyAreas.find(policyArea).filter(PolicyAreas.PolicyArea::active).isEmpty()) {
      errors.add(new FieldError("policyArea", "validation.code.unknown", Map.of()));
    }
    if (area != null && !reference.isArea(area)) {
      errors.add(new FieldError("scopeArea", "validation.code.unknown", Map.of()));
    }
    if (district != null) {
      var d = reference.district(district);
      if (d.isEmpty()) {
        errors.add(new FieldError("scopeDistrict", "validation.code.unknown", Map.of()));
      } else if (area != null && !area.equals(d.get().areaCode())) {
        errors.add(new FieldError("scopeDistrict", "validation.district.notInArea", Map.of()));
      } else {
        area = d.get().areaCode();
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    String body = Text.normalize(content.body());
    return new Topic.Draft(
        Text.normalize(content.title()),
        body,
        MarkdownRenderer.toSafeHtml(body),
        policyArea,
        area,
        district,
        Text.normalize(content.department()),
        content.opensAt(),
        content.closesAt());
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock);
  }
}
