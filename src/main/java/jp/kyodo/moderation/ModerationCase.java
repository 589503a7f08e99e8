package jp.kyodo.moderation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import jp.kyodo.platform.BusinessRuleException;
import jp.kyodo.platform.ConflictException;

/**
 * One case per reported or held item, as an explicit state machine. Every method checks that its
 * transition is legal from the current state and returns the history lines it caused; the service
 * persists them. The rows are opened by {@link CaseRepository#lockOrOpen}.
 *
 * <pre>
 * pending  --hide--> hidden --restore--> restored
 * pending  --dismiss--> dismissed
 * held     --approve--> approved, held --reject--> rejected
 * reports on a dismissed or restored item reopen it (pending); reports reaching the threshold
 * hide a pending item that no person has decided on yet (still awaiting a moderator).
 * </pre>
 */
@Entity
@Table(name = "moderation_case")
public class ModerationCase {
  @Id private Long id;

  @Column(name = "target_type", updatable = false)
  private String targetType;

  @Column(name = "target_id", updatable = false)
  private long targetId;

  @Column(name = "topic_id", updatable = false)
  private long topicId;

  @Column(name = "author_id", updatable = false)
  private long authorId;

  private String state;
  private String reason;

  @Column(name = "report_count")
  private int reportCount;

  @Column(name = "awaiting_decision")
  private boolean awaitingDecision;

  @Column(name = "decided_by_person")
  private boolean decidedByPerson;

  @Column(name = "opened_at", updatable = false)
  private OffsetDateTime openedAt;

  @Column(name = "updated_at")
  private OffsetDateTime updatedAt;

  @Column(name = "review_requested_at")
  private OffsetDateTime reviewRequestedAt;

  @Column(name = "review_request_text")
  private String reviewRequestText;

  @Version private long version;

  protected ModerationCase() {}

  /** The case as {@link CaseRepository#lockOrOpen} inserts it: pending, awaiting a decision. */
  static ModerationCase opened(
      long id, CaseRepository.Target target, ModerationReason reason, OffsetDateTime now) {
    ModerationCase c = new ModerationCase();
    c.id = id;
    c.targetType = target.type();
    c.targetId = target.id();
    c.topicId = target.topicId();
    c.authorId = target.authorId();
    c.state = CaseState.PENDING.code();
    c.reason = reason.code();
    c.awaitingDecision = true;
    c.openedAt = now;
    c.updatedAt = now;
    return c;
  }

  /** A participant's report. At the threshold of distinct reporters it hides the item. */
  List<CaseEvent> report(
      long reporterId, ModerationReason why, int autoHideThreshold, OffsetDateTime now) {
    List<CaseEvent> events = new ArrayList<>();
    reportCount++;
    events.add(event(now, reporterId, "reported", state(), state(), why.code(), null));
    if (reportCount == 1 && state() == CaseState.PENDING) {
      reason = why.code();
    }
    if (state() == CaseState.DISMISSED || state() == CaseState.RESTORED) {
      events.add(move(CaseState.PENDING, now, null, "reopened", why.code(), null));
      reason = why.code();
    }
    awaitingDecision = true;
    if (state() == CaseState.PENDING && !decidedByPerson && reportCount >= autoHideThreshold) {
      events.add(move(CaseState.HIDDEN, now, null, "auto_hidden", reason, null));
    }
    updatedAt = now;
    return events;
  }

  /** The word filter or another guard asks a moderator to look; the item stays public. */
  List<CaseEvent> flag(ModerationReason why, String detail, OffsetDateTime now) {
    awaitingDecision = true;
    updatedAt = now;
    if (state() == CaseState.PENDING || state() == CaseState.HIDDEN) {
      return List.of(event(now, null, "flagged", state(), state(), why.code(), detail));
    }
    reason = why.code();
    return List.of(move(CaseState.PENDING, now, null, "flagged", why.code(), detail));
  }

  /** The item was held back before publication (or after an edit) until a moderator approves. */
  List<CaseEvent> hold(ModerationReason why, String detail, OffsetDateTime now) {
    reason = why.code();
    awaitingDecision = true;
    return List.of(move(CaseState.HELD, now, null, "held", why.code(), detail));
  }

  /**
   * A moderator's decision. Hiding and rejecting record the moderator's reason; approving,
   * restoring and dismissing keep the reason the item was held or reported for, so the public
   * report counts the item under it (see {@link Decision#findsReason}). Confirming the current
   * outcome of an item awaiting review (hide an auto-hidden item, reject again after a review
   * request) is allowed; anything else that does not start from the right state is a conflict.
   */
  CaseEvent decide(
      Decision decision, String why, long moderatorId, String note, OffsetDateTime now) {
    CaseState from = state();
    CaseState to =
        switch (decision) {
          case HIDE ->
              require(from == CaseState.PENDING || confirming(CaseState.HIDDEN), CaseState.HIDDEN);
          case DISMISS -> require(from == CaseState.PENDING, CaseState.DISMISSED);
          case RESTORE -> require(from == CaseState.HIDDEN, CaseState.RESTORED);
          case APPROVE ->
              require(from == CaseState.HELD || confirming(CaseState.REJECTED), CaseState.APPROVED);
          case REJECT ->
              require(from == CaseState.HELD || confirming(CaseState.REJECTED), CaseState.REJECTED);
        };
    if (decision.findsReason()) {
      reason = why;
    }
    awaitingDecision = false;
    decidedByPerson = true;
    return move(to, now, moderatorId, decision.code(), reason, note);
  }

  /** The author asks once for a second look at a hidden or rejected item. */
  CaseEvent requestReview(String text, OffsetDateTime now) {
    if (reviewRequestedAt != null) {
      throw new ConflictException("review_already_requested", "problem.moderation.reviewRequested");
    }
    if (state() != CaseState.HIDDEN && state() != CaseState.REJECTED) {
      throw new BusinessRuleException(
          "review_not_possible", "problem.moderation.reviewNotPossible");
    }
    reviewRequestedAt = now;
    reviewRequestText = text;
    awaitingDecision = true;
    updatedAt = now;
    return event(now, authorId, "review_requested", state(), state(), reason, text);
  }

  private boolean confirming(CaseState outcome) {
    return state() == outcome && awaitingDecision;
  }

  private static CaseState require(boolean legal, CaseState to) {
    if (!legal) {
      throw new ConflictException("case_state", "problem.moderation.caseState");
    }
    return to;
  }

  private CaseEvent move(
      CaseState to, OffsetDateTime now, Long actorId, String kind, String why, String note) {
    CaseEvent e = event(now, actorId, kind, state(), to, why, note);
    state = to.code();
    updatedAt = now;
    return e;
  }

  private CaseEvent event(
      OffsetDateTime now,
      Long actorId,
      String kind,
      CaseState from,
      CaseState to,
      String why,
      String note) {
    return new CaseEvent(id, now, actorId, kind, from, to, why, note);
  }

  public Long id() {
    return id;
  }

  public String targetType() {
    return targetType;
  }

  public long targetId() {
    return targetId;
  }

  public long topicId() {
    return topicId;
  }

  public long authorId() {
    return authorId;
  }

  public CaseState state() {
    return CaseState.of(state);
  }

  public String reason() {
    return reason;
  }

  public int reportCount() {
    return reportCount;
  }

  public boolean awaitingDecision() {
    return awaitingDecision;
  }

  public OffsetDateTime openedAt() {
    return openedAt;
  }

  public OffsetDateTime updatedAt() {
    return updatedAt;
  }

  public OffsetDateTime reviewRequestedAt() {
    return reviewRequestedAt;
  }

  public String reviewRequestText() {
    return reviewRequestText;
  }

  public long version() {
    return version;
  }
}
