package jp.kyodo.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/**
 * One line of the append-only audit log: who did what to which target, why, and when. Immutable
 * here; the database refuses updates and deletes as well.
 */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "occurred_at", nullable = false, updatable = false)
  private OffsetDateTime occurredAt;

  @Column(name = "actor_id", updatable = false)
  private Long actorId;

  @Column(nullable = false, updatable = false)
  private String action;

  @Column(name = "target_type", updatable = false)
  private String targetType;

  @Column(name = "target_id", updatable = false)
  private String targetId;

  @Column(updatable = false)
  private String reason;

  @Column(updatable = false)
  private String details;

  protected AuditEntry() {}

  AuditEntry(
      OffsetDateTime occurredAt,
      Long actorId,
      String action,
      String targetType,
      String targetId,
      String reason,
      String details) {
    this.occurredAt = occurredAt;
    this.actorId = actorId;
    this.action = action;
    this.targetType = targetType;
    this.targetId = targetId;
    this.reason = reason;
    this.details = details;
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

  public String action() {
    return action;
  }

  public String targetType() {
    return targetType;
  }

  public String targetId() {
    return targetId;
  }

  public String reason() {
    return reason;
  }

  public String details() {
    return details;
  }
}
