package jp.kyodo.insight;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;

/**
 * One key point (論点) of a topic. Carries its rules: any change staff make marks it edited (an
 * extraction then leaves it alone); approving records who and when, and leaving approval clears it.
 * Its comments ({@code key_point_comment}) and merged labels are written by {@link KeyPointStore}.
 */
@Entity
@Table(name = "key_point")
public class KeyPoint {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "topic_id", updatable = false)
  private long topicId;

  private String label;

  private String status;

  private Double score;

  @Column(name = "sort_order")
  private Integer sortOrder;

  @Column(name = "created_at", updatable = false)
  private OffsetDateTime createdAt;

  @Column(name = "updated_at")
  private OffsetDateTime updatedAt;

  @Column(name = "created_by", updatable = false)
  private Long createdBy;

  @Column(name = "edited_at")
  private OffsetDateTime editedAt;

  @Column(name = "approved_by")
  private Long approvedBy;

  @Column(name = "approved_at")
  private OffsetDateTime approvedAt;

  @Version private long version;

  protected KeyPoint() {}

  private KeyPoint(long topicId, String label, Double score, Long createdBy, OffsetDateTime now) {
    this.topicId = topicId;
    this.label = label;
    this.status = KeyPointStatus.CANDIDATE.code();
    this.score = score;
    this.createdBy = createdBy;
    this.createdAt = now;
    this.updatedAt = now;
    this.editedAt = createdBy == null ? null : now;
  }

  /** A candidate the extraction proposed, with its score. */
  static KeyPoint extracted(long topicId, String label, double score, OffsetDateTime now) {
    return new KeyPoint(topicId, label, score, null, now);
  }

  /** A candidate staff wrote by hand: no score, and edited from the start. */
  static KeyPoint byStaff(long topicId, String label, long staffId, OffsetDateTime now) {
    return new KeyPoint(topicId, label, null, staffId, now);
  }

  void relabel(String newLabel, OffsetDateTime now) {
    label = newLabel;
    edited(now);
  }

  void reorder(Integer order, OffsetDateTime now) {
    sortOrder = order;
    edited(now);
  }

  /** Approved, rejected or back to candidate; approving again keeps the first approval. */
  void decide(KeyPointStatus to, long staffId, OffsetDateTime now) {
    if (to == KeyPointStatus.APPROVED && !isApproved()) {
      approvedBy = staffId;
      approvedAt = now;
    } else if (to != KeyPointStatus.APPROVED) {
      approvedBy = null;
      approvedAt = null;
    }
    status = to.code();
    edited(now);
  }

  /** Staff changed something about it (its comments, a merge): the extraction keeps it. */
  void edited(OffsetDateTime now) {
    editedAt = now;
    updatedAt = now;
  }

  public Long id() {
    return id;
  }

  public long topicId() {
    return topicId;
  }

  public String label() {
    return label;
  }

  public KeyPointStatus status() {
    return KeyPointStatus.fromCode(status).orElseThrow();
  }

  public boolean isApproved() {
    return KeyPointStatus.APPROVED.code().equals(status);
  }

  public long version() {
    return version;
  }
}
