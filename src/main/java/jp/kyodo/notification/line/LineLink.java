package jp.kyodo.notification.line;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/**
 * A participant's LINE account: pushes for them go to this LINE user id. The id is LINE's
 * identifier of the person for the ward's channel; it is never shown, not even to its owner.
 */
@Entity
@Table(name = "line_link")
public class LineLink {
  @Id
  @Column(name = "participant_id")
  private long participantId;

  @Column(name = "line_user_id", nullable = false)
  private String lineUserId;

  @Column(name = "linked_at", nullable = false)
  private OffsetDateTime linkedAt;

  protected LineLink() {}

  LineLink(long participantId, String lineUserId, OffsetDateTime now) {
    if (lineUserId == null || lineUserId.isBlank() || lineUserId.length() > 64) {
      throw new IllegalArgumentException("not a LINE user id");
    }
    this.participantId = participantId;
    this.lineUserId = lineUserId;
    this.linkedAt = now;
  }

  long participantId() {
    return participantId;
  }

  String lineUserId() {
    return lineUserId;
  }

  OffsetDateTime linkedAt() {
    return linkedAt;
  }
}
