package jp.kyodo.insight;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.kyodo.audit.AuditLog;
import jp.kyodo.platform.BusinessRuleException;
import jp.kyodo.platform.InputValidator;
import jp.kyodo.platform.InvalidInputException;
import jp.kyodo.platform.Text;
import jp.kyodo.platform.ThreadChanged;
import jp.kyodo.platform.Versions;
import jp.kyodo.security.Actor;

/**
 * Curators change a key point (label, status, order, comments) and merge one into another; both
 * against the version they read (409 when it changed meanwhile), audited action by action.
 */
@ApplicationScoped
public class KeyPointEdits {
  /** The largest sort order. */
  static final int SORT_MAX = 9_999;

  @Inject KeyPointRules rules;
  @Inject KeyPointStore store;
  @Inject KeyPointQueries queries;
  @Inject InputValidator validator;
  @Inject AuditLog audit;
  @Inject Event<ThreadChanged> threadChanged;
  @Inject Clock clock;

  @Transactional
  public KeyPointView edit(long id, KeyPointRequests.Edit request) {
    Actor actor = rules.curator();
    long topicId = rules.topicOfKeyPoint(id, actor);
    validator.check(request);
    String label = Text.normalize(request.label());
    if (label != null && label.isEmpty()) {
      throw InvalidInputException.of("label", "validation.required");
    }
    KeyPointStatus status = status(request.status());
    Integer order = request.sortOrder();
    if (order != null && (order < 0 || order > SORT_MAX)) {
      throw InvalidInputException.of(
          "sortOrder", "validation.range", Map.of("min", 0, "max", SORT_MAX));
    }
    Set<Long> add = rules.ids("addCommentIds", request.addCommentIds());
    Set<Long> remove = rules.ids("removeCommentIds", request.removeCommentIds());
    if (add.stream().anyMatch(remove::contains)) {
      throw InvalidInputException.of("removeCommentIds", "validation.keyPoint.addAndRemove");
    }
    store.lock(topicId);
    KeyPoint kp = store.find(id);
    Versions.require(request.version(), kp.version());
    boolean wasPublic = kp.isApproved();
    OffsetDateTime now = OffsetDateTime.now(clock);
    if (label != null && !label.equals(kp.label())) {
      rules.requireFreeLabel(topicId, label, id);
      store.addFormerLabels(id, List.of(kp.label()));
      audit.record(actor, "key_point.relabel", "key_point", id, null, kp.label() + " → " + label);
      kp.relabel(label, now);
    }
    if (status != null && status != kp.status()) {
      kp.decide(status, actor.id(), now);
      audit.record(
          actor,
          switch (status) {
            case APPROVED -> "key_point.approve";
            case REJECTED -> "key_point.reject";
            case CANDIDATE -> "key_point.reopen";
          },
          "key_point",
          id,
          null,
          kp.label());
    }
    if (order != null) {
      kp.reorder(order, now);
      audit.record(actor, "key_point.reorder", "key_point", id, null, String.valueOf(order));
    }
    if (!add.isEmpty() || !remove.isEmpty()) {
      rules.requireVisibleComments(topicId, add);
      store.link(id, add);
      store.unlink(id, remove);
      kp.edited(now);
      audit.record(actor, "key_point.comments", "key_point", id, null, "+" + add + " -" + remove);
    }
    store.flush();
    if (wasPublic || kp.isApproved()) {
      threadChanged.fire(ThreadChanged.withdrawn(topicId));
    }
    return KeyPointView.forCurators(queries.row(id));
  }

  /**
   * Merges key point {@code from} into this one: its comments join this one's, its labels become
   * this one's former labels (not proposed again), and it is deleted. Both must be of one topic.
   */
  @Transactional
  public KeyPointView merge(long id, KeyPointRequests.Merge request) {
    Actor actor = rules.curator();
    long topicId = rules.topicOfKeyPoint(id, actor);
    validator.check(request);
    long fromId = request.from();
    if (fromId == id) {
      throw new BusinessRuleException("key_point_merge_self", "problem.keyPoint.mergeSelf");
    }
    store.lock(topicId);
    KeyPoint into = store.find(id);
    KeyPoint from =
        store
            .topicOf(fromId)
            .filter(t -> t == topicId)
            .map(t -> store.find(fromId))
            .orElseThrow(
                () ->
                    new BusinessRuleException(
                        "key_point_merge_unknown", "problem.keyPoint.mergeUnknown"));
    Versions.require(request.version(), into.version());
    Versions.require(request.fromVersion(), from.version());
    KeyPointQueries.Row merged = queries.row(fromId);
    List<String> labels = new ArrayList<>(List.of(from.label()));
    labels.addAll(merged.formerLabels());
    boolean publicChange = into.isApproved() || from.isApproved();
    store.moveComments(fromId, id);
    store.addFormerLabels(id, labels);
    into.edited(OffsetDateTime.now(clock));
    store.remove(from);
    int now = queries.row(id).commentIds().size();
    audit.record(
        actor,
        "key_point.merge",
        "key_point",
        id,
        null,
        "#"
            + fromId
            + " "
            + from.label()
            + " ("
            + merged.commentIds().size()
            + " comments) → #"
            + id
            + " "
            + into.label()
            + " ("
            + now
            + " comments now)");
    if (publicChange) {
      threadChanged.fire(ThreadChanged.withdrawn(topicId));
    }
    return KeyPointView.forCurators(queries.row(id));
  }

  private static KeyPointStatus status(String code) {
    String normal = Text.normalizeOptional(code);
    if (normal == null) {
      return null;
    }
    return KeyPointStatus.fromCode(normal)
        .orElseThrow(() -> InvalidInputException.of("status", "validation.code.unknown"));
  }
}
