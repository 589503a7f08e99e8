package jp.kyodo.results;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * What staff wrote for a closed topic's results document: an optional introduction, and whether and
 * when it was published. The rows (a summary and the ward's view per key point) are {@link
 * ResultsEntry}; the figures are counted when it is read.
 */
@Entity
@Table(name = "results_document")
public class ResultsDocument {
  @Id
  @Column(name = "topic_id")
  private long topicId;

  private String introduction;

  @Column(name = "published_at")
  private OffsetDateTime publishedAt;

  @Column(name = "published_by")
  private Long publishedBy;

  @Column(name = "updated_at")
  private OffsetDateTime updatedAt;

  @Column(name = "updated_by")
  private long updatedBy;

  @Version private long version;

  protected ResultsDocument() {}

  ResultsDocument(long topicId, long by, OffsetDateTime now) {
    this.topicId = topicId;
    this.introduction = "";
    this.updatedBy = by;
    this.updatedAt = now;
  }

  void edit(String introduction, long by, OffsetDateTime now) {
    this.introduction = Objects.requireNonNull(introduction);
    touch(by, now);
  }

  /** Published as it stands now; publishing again keeps the first date. */
  void publish(long by, OffsetDateTime now) {
    if (publishedAt == null) {
      publishedAt = now;
      publishedBy = by;
    }
    touch(by, now);
  }

  /** Taken back to a draft (to correct it): the public no longer sees it. */
  void withdraw(long by, OffsetDateTime now) {
    publishedAt = null;
    publishedBy = null;
    touch(by, now);
  }

  /** A change to a row counts as a change to the document: its version moves. */
  void touch(long by, OffsetDateTime now) {
    updatedBy = by;
    updatedAt = now;
  }

  boolean isPublished() {
    return publishedAt != null;
  }

  long topicId() {
    return topicId;
  }

  String introduction() {
    return introduction;
  }

  OffsetDateTime publishedAt() {
    return publishedAt;
  }

  OffsetDateTime updatedAt() {
    return updatedAt;
  }

  long version() {
    return version;
  }
}
