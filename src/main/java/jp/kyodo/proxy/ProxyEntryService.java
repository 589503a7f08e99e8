package jp.kyodo.proxy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import jp.kyodo.audit.AuditLog;
import jp.kyodo.comment.Comment;
import jp.kyodo.comment.CommentScreen;
import jp.kyodo.comment.CommentView;
import jp.kyodo.comment.ReceivedOpinions;
import jp.kyodo.platform.InvalidInputException;
import jp.kyodo.platform.InvalidInputException.FieldError;
import jp.kyodo.security.Actor;
import jp.kyodo.security.CurrentActor;
import jp.kyodo.security.ForumPolicy;
import jp.kyodo.topic.Topic;
import jp.kyodo.topic.TopicRepository;

/**
 * Staff enter an opinion received outside the web on the person's behalf: checked ({@link
 * ProxyEntryRules}), screened and counted as a web opinion ({@link ReceivedOpinions}), its
 * provenance kept ({@link ProxyEntry}) and the entry audited with the staff member as actor.
 */
@ApplicationScoped
public class ProxyEntryService {
  @PersistenceContext(unitName = "kyodo")
  EntityManager em;

  @Inject CurrentActor currentActor;
  @Inject ForumPolicy policy;
  @Inject TopicRepository topics;
  @Inject ProxyEntryRules rules;
  @Inject ReceivedOpinions received;
  @Inject AuditLog audit;
  @Inject Clock clock;

  /** One opinion; 201's body: the comment as its enterer sees it (held ones too). */
  @Transactional
  public CommentView enter(long topicId, ProxyRequests.NewEntry request) {
    Actor actor = enterer();
    Topic topic = topic(topicId, actor);
    List<FieldError> errors = new ArrayList<>();
    ProxyDraft draft = rules.check(request, topic, errors);
    if (draft == null) {
      throw new InvalidInputException(errors);
    }
    CommentScreen.Screening screening = received.screen(topic, actor, draft.body());
    Comment comment = save(topic, draft, screening, actor);
    return received.view(comment.id());
  }

  /** The signed-in staff member or administrator who enters: 401 anonymous, 403 the others. */
  Actor enterer() {
    Actor actor = currentActor.get();
    policy.require(policy.canEnterOnBehalf(actor), actor);
    return actor;
  }

  /** The topic as the enterer may see it (drafts too, to refuse them by name), or 404. */
  Topic topic(long topicId, Actor actor) {
    return topics.visible(topicId, policy.canSeeDraftTopics(actor));
  }

  /**
   * Saves, counts and audits one checked opinion (an import's rows are audited by the import,
   * once). The caller has screened the text (a blocked word never gets here).
   */
  Comment save(Topic topic, ProxyDraft draft, CommentScreen.Screening screening, Actor actor) {
    Comment comment = saveRow(topic, draft, screening, actor, null);
    audit.record(
        actor,
        "comment.proxy_entry",
        "comment",
        comment.id(),
        null,
        "topic="
            + topic.id()
            + " channel="
            + draft.channel().code()
            + " received_on="
            + draft.receivedOn()
            + (draft.participantId() == null ? "" : " participant=" + draft.participantId())
            + (screening.holds() ? " held=" + screening.reason() : ""));
    return comment;
  }

  /** Saves and counts one checked opinion with its provenance; {@code importKey} for a CSV row. */
  Comment saveRow(
      Topic topic,
      ProxyDraft draft,
      CommentScreen.Screening screening,
      Actor actor,
      String importKey) {
    Comment comment = received.add(topic, draft.body(), draft.channel(), screening);
    em.persist(
        new ProxyEntry(comment.id(), draft, actor.id(), OffsetDateTime.now(clock), importKey));
    em.flush();
    return comment;
  }
}
