package jp.kyodo.insight;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import jp.kyodo.audit.AuditLog;
import jp.kyodo.platform.InputValidator;
import jp.kyodo.platform.Text;
import jp.kyodo.platform.TextFolding;
import jp.kyodo.platform.ThreadChanged;
import jp.kyodo.security.Actor;

/**
 * A topic's key points as curators make them: candidates extracted from the comments ({@link
 * KeyPoints}), key points written by hand, deleted. Changing and merging are {@link KeyPointEdits}.
 * Every write is audited and holds the topic's key point lock; a change to what the public sees (an
 * approved key point) tells the topic's page caches.
 */
@ApplicationScoped
public class KeyPointService {
  @Inject KeyPointRules rules;
  @Inject KeyPointStore store;
  @Inject KeyPointQueries queries;
  @Inject TermIndex index;
  @Inject InputValidator validator;
  @Inject AuditLog audit;
  @Inject Event<ThreadChanged> threadChanged;
  @Inject Clock clock;

  /**
   * Proposes the topic's candidates afresh: the extraction's own candidates that no one touched are
   * replaced; approved, rejected and edited key points stay as they are, and no candidate is
   * proposed under a label a key point of the topic has or had. Answers every key point.
   */
  @Transactional
  public List<KeyPointView> extract(long topicId) {
    Actor actor = rules.curator();
    rules.topic(topicId, actor);
    store.lock(topicId);
    int replaced = store.deleteUntouchedCandidates(topicId);
    Set<String> decided =
        store.labels(topicId).stream().map(TextFolding::fold).collect(Collectors.toSet());
    List<KeyPoints.Candidate> found =
        KeyPoints.extract(
            index.topicTerms(topicId), index.background(topicId), decided, KeyPoints.MAX);
    OffsetDateTime now = OffsetDateTime.now(clock);
    for (KeyPoints.Candidate c : found) {
      KeyPoint kp = KeyPoint.extracted(topicId, c.label(), c.score(), now);
      store.add(kp);
      store.link(kp.id(), c.commentIds());
    }
    audit.record(
        actor,
        "key_point.extract",
        "topic",
        topicId,
        null,
        found.size() + " candidates proposed, " + replaced + " replaced");
    return queries.rows(topicId, false).stream().map(KeyPointView::forCurators).toList();
  }

  /** A key point written by hand: a candidate, with the comments given. */
  @Transactional
  public KeyPointView create(long topicId, KeyPointRequests.NewKeyPoint request) {
    Actor actor = rules.curator();
    rules.topic(topicId, actor);
    validator.check(request);
    Set<Long> comments = rules.ids("commentIds", request.commentIds());
    store.lock(topicId);
    String label = Text.normalize(request.label());
    rules.requireFreeLabel(topicId, label, null);
    rules.requireVisibleComments(topicId, comments);
    KeyPoint kp = KeyPoint.byStaff(topicId, label, actor.id(), OffsetDateTime.now(clock));
    store.add(kp);
    store.link(kp.id(), comments);
    audit.record(actor, "key_point.create", "key_point", kp.id(), null, label);
    return KeyPointView.forCurators(queries.row(kp.id()));
  }

  /**
   * Deletes a key point and its links. An extracted one may be proposed again by a later
   * extraction; rejecting it keeps it from coming back.
   */
  @Transactional
  public void delete(long id) {
    Actor actor = rules.curator();
    long topicId = rules.topicOfKeyPoint(id, actor);
    store.lock(topicId);
    KeyPoint kp = store.find(id);
    boolean wasPublic = kp.isApproved();
    store.remove(kp);
    audit.record(actor, "key_point.delete", "key_point", id, null, kp.label());
    if (wasPublic) {
      threadChanged.fire(ThreadChanged.withdrawn(topicId));
    }
  }
}
