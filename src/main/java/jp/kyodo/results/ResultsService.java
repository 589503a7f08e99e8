package jp.kyodo.results;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.kyodo.audit.AuditLog;
import jp.kyodo.insight.ApprovedKeyPoint;
import jp.kyodo.insight.KeyPointQueries;
import jp.kyodo.platform.BusinessRuleException;
import jp.kyodo.platform.InputValidator;
import jp.kyodo.platform.InvalidInputException;
import jp.kyodo.platform.ResourceNotFoundException;
import jp.kyodo.platform.Text;
import jp.kyodo.platform.ThreadChanged;
import jp.kyodo.platform.Versions;
import jp.kyodo.security.Actor;
import jp.kyodo.security.CurrentActor;
import jp.kyodo.security.ForumPolicy;
import jp.kyodo.topic.Topic;
import jp.kyodo.topic.TopicRepository;

/**
 * A closed topic's results document: staff write it (a summary of the opinions and the ward's view
 * for each approved key point) and publish it; once published, everyone reads it. Before that only
 * staff do (404 for others, as for anything they cannot see). Every write is audited.
 */
@ApplicationScoped
public class ResultsService {
  @PersistenceContext(unitName = "kyodo")
  EntityManager em;

  @Inject CurrentActor currentActor;
  @Inject ForumPolicy policy;
  @Inject TopicRepository topics;
  @Inject KeyPointQueries keyPoints;
  @Inject ResultsReader reader;
  @Inject InputValidator validator;
  @Inject AuditLog auditLog;
  @Inject Clock clock;
  @Inject Event<ThreadChanged> threadChanged;

  /** The document as its reader may see it: staff any time, everyone else once published. */
  @Transactional
  public ResultsView read(long topicId) {
    Actor actor = currentActor.get();
    Topic topic = topics.visible(topicId, policy.canSeeDraftTopics(actor));
    ResultsDocument doc = em.find(ResultsDocument.class, topicId);
    if (!policy.canWriteResultsDocument(actor) && (doc == null || !doc.isPublished())) {
      throw new ResourceNotFoundException("results document");
    }
    return reader.read(topic, doc);
  }

  /** Whether the public can read the topic's document (the topic page links to it then). */
  @Transactional
  public boolean isPublished(long topicId) {
    ResultsDocument doc = em.find(ResultsDocument.class, topicId);
    return doc != null && doc.isPublished();
  }

  /** Staff write the introduction and rows; a published document changes as it is written. */
  @Transactional
  public ResultsView save(long topicId, ResultsRequests.Edit edit) {
    Actor actor = writer();
    List<InvalidInputException.FieldError> errors = new ArrayList<>(validator.violations(edit));
    List<ResultsRequests.Entry> entries = edit.entries() == null ? List.of() : edit.entries();
    if (entries.size() > ResultsRequests.ENTRIES_MAX) {
      errors.add(
          new InvalidInputException.FieldError(
              "entries", "validation.list.tooLong", Map.of("max", ResultsRequests.ENTRIES_MAX)));
    }
    Set<Long> seen = new HashSet<>();
    for (int i = 0; i < entries.size(); i++) {
      ResultsRequests.Entry e = entries.get(i);
      String at = "entries[" + i + "].";
      if (e == null) {
        errors.add(
            new InvalidInputException.FieldError(
                "entries[" + i + "]", "validation.body.missing", Map.of()));
        continue;
      }
      validator.violations(e).stream()
          .map(f -> new InvalidInputException.FieldError(at + f.field(), f.messageKey(), f.args()))
          .forEach(errors::add);
      if (!seen.add(e.keyPointId() == null ? ResultsReader.OTHERS : e.keyPointId())) {
        errors.add(
            new InvalidInputException.FieldError(
                at + "keyPointId", "results.entry.twice", Map.of()));
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    Topic topic = closedTopic(topicId);
    ResultsDocument doc = document(topicId, actor);
    Versions.require(edit.version(), doc.version());
    Set<Long> approved = new HashSet<>();
    keyPoints.approved(topicId).stream().map(ApprovedKeyPoint::id).forEach(approved::add);
    for (ResultsRequests.Entry e : entries) {
      if (e.keyPointId() != null && !approved.contains(e.keyPointId())) {
        throw new BusinessRuleException(
            "key_point_not_approved", "results.keyPoint.notApproved", Map.of("id", e.keyPointId()));
      }
    }
    OffsetDateTime now = OffsetDateTime.now(clock);
    Map<Long, ResultsEntry> written = reader.entries(topicId);
    for (ResultsRequests.Entry e : entries) {
      ResultsEntry row =
          written.get(e.keyPointId() == null ? ResultsReader.OTHERS : e.keyPointId());
      if (row == null) {
        row = new ResultsEntry(topicId, e.keyPointId());
        em.persist(row);
      }
      row.write(text(e.summary()), text(e.wardView()));
    }
    doc.edit(
        edit.introduction() == null ? doc.introduction() : text(edit.introduction()),
        actor.id(),
        now);
    em.flush();
    auditLog.record(actor, "results.save", "topic", topicId, null, entries.size() + " rows");
    return reader.read(topic, doc);
  }

  /** Published as written; every approved key point needs its summary and the ward's view. */
  @Transactional
  public ResultsView publish(long topicId, ResultsRequests.Publication publication) {
    Actor actor = writer();
    Topic topic = closedTopic(topicId);
    ResultsDocument doc = document(topicId, actor);
    Versions.require(publication == null ? null : publication.version(), doc.version());
    ResultsView now = reader.read(topic, doc);
    long missing =
        now.rows().stream()
            .filter(r -> r.keyPointId() != null)
            .filter(r -> r.summary().isBlank() || r.wardView().isBlank())
            .count();
    if (now.rows().stream().noneMatch(r -> r.keyPointId() != null) || missing > 0) {
      throw new BusinessRuleException(
          "results_incomplete", "results.incomplete", Map.of("missing", missing));
    }
    doc.publish(actor.id(), OffsetDateTime.now(clock));
    em.flush();
    auditLog.record(actor, "results.publish", "topic", topicId, null, null);
    threadChanged.fire(ThreadChanged.topic(topicId)); // the topic page links to it now
    return reader.read(topic, doc);
  }

  /** Taken back to a draft: the public no longer sees it until it is published again. */
  @Transactional
  public ResultsView withdraw(long topicId, ResultsRequests.Publication publication) {
    Actor actor = writer();
    Topic topic = topics.visible(topicId, true);
    ResultsDocument doc = em.find(ResultsDocument.class, topicId, LockModeType.PESSIMISTIC_WRITE);
    if (doc == null) {
      throw new ResourceNotFoundException("results document");
    }
    Versions.require(publication == null ? null : publication.version(), doc.version());
    doc.withdraw(actor.id(), OffsetDateTime.now(clock));
    em.flush();
    auditLog.record(actor, "results.withdraw", "topic", topicId, null, null);
    threadChanged.fire(ThreadChanged.topic(topicId)); // and no longer
    return reader.read(topic, doc);
  }

  private Actor writer() {
    Actor actor = currentActor.get();
    policy.require(policy.canWriteResultsDocument(actor), actor);
    return actor;
  }

  private Topic closedTopic(long topicId) {
    Topic topic = topics.visible(topicId, true);
    if (!topic.status().concluded()) {
      throw new BusinessRuleException("topic_not_closed", "results.topicNotClosed");
    }
    return topic;
  }

  /** The topic's document, made on the first write; locked for this transaction. */
  private ResultsDocument document(long topicId, Actor actor) {
    em.createNativeQuery(
            "insert into results_document (topic_id, updated_at, updated_by) values (?1, ?2, ?3)"
                + " on conflict (topic_id) do nothing")
        .setParameter(1, topicId)
        .setParameter(2, OffsetDateTime.now(clock))
        .setParameter(3, actor.id())
        .executeUpdate();
    return em.find(ResultsDocument.class, topicId, LockModeType.PESSIMISTIC_WRITE);
  }

  private static String text(String raw) {
    return raw == null ? "" : Text.normalize(raw);
  }
}
