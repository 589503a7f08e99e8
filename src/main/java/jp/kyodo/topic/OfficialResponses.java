package jp.kyodo.topic;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import jp.kyodo.audit.AuditLog;
import jp.kyodo.platform.CleanText;
import jp.kyodo.platform.InputValidator;
import jp.kyodo.platform.InvalidInputException;
import jp.kyodo.platform.MarkdownRenderer;
import jp.kyodo.platform.MaxBodySize;
import jp.kyodo.platform.Required;
import jp.kyodo.platform.Text;
import jp.kyodo.platform.ThreadChanged;
import jp.kyodo.security.Actor;
import jp.kyodo.security.CurrentActor;
import jp.kyodo.security.ForumPolicy;

/** Publishing the ward's answer on a topic, and reading it with its history. */
@ApplicationScoped
public class OfficialResponses {
  @PersistenceContext(unitName = "kyodo")
  EntityManager em;

  @Inject CurrentActor currentActor;
  @Inject Event<AnswerPublished> answered;
  @Inject Event<ThreadChanged> threadChanged;
  @Inject ForumPolicy policy;
  @Inject InputValidator validator;
  @Inject TopicRepository topics;
  @Inject AuditLog auditLog;
  @Inject Clock clock;

  /** A new version of the answer. */
  @MaxBodySize(kib = 256)
  public record Publication(
      @Required @CleanText(max = 32) String status,
      @Required @CleanText(max = TopicContent.BODY_MAX, multiline = true) String body) {}

  @Transactional
  public OfficialResponse.View publish(long topicId, Publication publication) {
    Actor actor = currentActor.get();
    policy.require(policy.canPublishOfficialResponse(actor), actor);
    validator.check(publication);
    String status = Text.normalize(publication.status());
    if (!OfficialResponse.STATUSES.contains(status)) {
      throw InvalidInputException.of("status", "validation.code.unknown");
    }
    Topic topic = topics.visible(topicId, true);
    topic.requireResponseAllowed();
    boolean changed = current(topicId).isPresent();
    String body = Text.normalize(publication.body());
    OfficialResponse response =
        new OfficialResponse(
            topicId,
            status,
            body,
            MarkdownRenderer.toSafeHtml(body),
            actor.id(),
            OffsetDateTime.now(clock));
    em.persist(response);
    em.flush();
    auditLog.record(actor, "topic.response.published", "topic", topicId, null, status);
    answered.fire(new AnswerPublished(topicId, actor.id(), changed));
    threadChanged.fire(ThreadChanged.topic(topicId)); // the answer readers saw is replaced
    return response.view();
  }

  /** Newest first; the first is the current answer. */
  public List<OfficialResponse.View> history(long topicId, boolean seesDrafts) {
    topics.visible(topicId, seesDrafts);
    return em
        .createQuery(
            "select r from OfficialResponse r where r.topicId = :t order by r.id desc",
            OfficialResponse.class)
        .setParameter("t", topicId)
        .getResultList()
        .stream()
        .map(OfficialResponse::view)
        .toList();
  }

  public Optional<OfficialResponse.View> current(long topicId) {
    return em.createQuery(
            "select r from OfficialResponse r where r.topicId = :t order by r.id desc",
            OfficialResponse.class)
        .setParameter("t", topicId)
        .setMaxResults(1)
        .getResultStream()
        .findFirst()
        .map(OfficialResponse::view);
  }
}
