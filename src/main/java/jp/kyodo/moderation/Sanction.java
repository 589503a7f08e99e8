package jp.kyodo.moderation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.Objects;
import jp.kyodo.platform.BusinessRuleException;
import jp.kyodo.security.Actor;

/**
 * A warning, a suspension until a time, or a ban. Suspensions and bans stop the participant writing
 * (they may still read) until they end or are lifted; lifting needs a reason too.
 */
@Entity
@Table(name = "sanction")
public class Sanction {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "participant_id", updatable = false)
  private long participantId;

  @Column(updatable = false)
  private String kind;

  @Column(updatable = false)
  private String reason;

  @Column(name = "ends_at", updatable = false)
  private OffsetDateTime endsAt;

  @Column(name = "issued_by", updatable = false)
  private long issuedBy;

  @Column(name = "issued_at", updatable = false)
  private OffsetDateTime issuedAt;

  @Column(name = "lifted_at")
  private OffsetDateTime liftedAt;

  @Column(name = "lifted_by")
  private Long liftedBy;

  @Column(name = "lift_reason")
  private String liftReason;

  @Version private long version;

  protected Sanction() {}

  Sanction(
      long participantId,
      String kind,
      String reason,
      OffsetDateTime endsAt,
      long issuedBy,
      OffsetDateTime now) {
    if (!kind.equals("warn") && !kind.equals("suspend") && !kind.equals("ban")) {
      throw new IllegalArgumentException(kind);
    }
    if (kind.equals("suspend") != (endsAt != null)) {
      throw new IllegalArgumentException("a suspension, and only a suspension, has an end");
    }
    this.participantId = participantId;
    this.kind = kind;
    this.reason = Objects.requireNonNull(reason);
    this.endsAt = endsAt;
    this.issuedBy = issuedBy;
    this.issuedAt = now;
  }

  void lift(long by, String why, OffsetDateTime now) {
    if (liftedAt != null || kind.equals("warn")) {
      throw new BusinessRuleException("sanction_not_active", "problem.sanction.notActive");
    }
    liftedAt = now;
    liftedBy = by;
    liftReason = Objects.requireNonNull(why);
  }

  /** Whether it stops the participant writing at {@code now}. */
  boolean restrictsAt(OffsetDateTime now) {
    return liftedAt == null
        && (kind.equals("ban") || (kind.equals("suspend") && endsAt.isAfter(now)));
  }

  Actor.Restriction restriction() {
    return new Actor.Restriction(kind, reason, endsAt);
  }

  public Long id() {
    return id;
  }

  public long participantId() {
    return participantId;
  }

  public String kind() {
    return kind;
  }

  /** What moderators and the participant see of a sanction. */
  public SanctionService.SanctionView view() {
    return new SanctionService.SanctionView(
        id, participantId, kind, reason, endsAt, issuedAt, liftedAt, liftReason);
  }
}
