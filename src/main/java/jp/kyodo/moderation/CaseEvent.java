package jp.kyodo.moderation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** One line of a case's history. Immutable; the database refuses changes too. */
@Entity
@Table(name = "moderation_event")
public class CaseEvent {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "case_id", updatable = false)
  private long caseId;

  @Column(name = "occurred_at", updatable = false)
  private OffsetDateTime occurredAt;

  /** Null when the system acted (report threshold, watched words, guards). */
  @Column(name = "actor_id", updatable = false)
  private Long actorId;

  @Column(updatable = false)
  private String kind;

  @Column(name = "from_state", updatable = false)
  private String fromState;

  @Column(name = "to_state", updatable = false)
  private String toState;

  @Column(updatable = false)
  private String reason;

  @Column(updatable = false)
  private String note;

  protected CaseEvent() {}

  CaseEvent(
      long caseId,
      OffsetDateTime at,
      Long actorId,
      String kind,
      CaseState from,
      CaseState to,
      String reason,
      String note) {
    this.caseId = caseId;
    this.occurredAt = at;
    this.actorId = actorId;
    this.kind = kind;
    this.fromState = from == null ? null : from.code();
    this.toState = to.code();
    this.reason = reason;
    this.note = note;
  }

  public Long id() {
    return id;
  }

  public OffsetDateTime occurredAt() {
    return occurredAt;
  }

  public Long actorId() {
    return actorId;
  }

  public String kind() {
    return kind;
  }

  public String fromState() {
    return fromState;
  }

  public String toState() {
    return toState;
  }

  public String reason() {
    return reason;
  }

  public String note() {
    return note;
  }
}
