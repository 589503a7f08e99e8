package jp.kyodo.results;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Objects;

/**
 * One row of a results document as staff wrote it: for an approved key point (or, without one, for
 * the opinions under no approved key point) the summary of the opinions and the ward's view.
 */
@Entity
@Table(name = "results_document_entry")
public class ResultsEntry {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "topic_id", updatable = false)
  private long topicId;

  @Column(name = "key_point_id", updatable = false)
  private Long keyPointId;

  private String summary;

  @Column(name = "ward_view")
  private String wardView;

  protected ResultsEntry() {}

  ResultsEntry(long topicId, Long keyPointId) {
    this.topicId = topicId;
    this.keyPointId = keyPointId;
    this.summary = "";
    this.wardView = "";
  }

  void write(String summary, String wardView) {
    this.summary = Objects.requireNonNull(summary);
    this.wardView = Objects.requireNonNull(wardView);
  }

  Long keyPointId() {
    return keyPointId;
  }

  String summary() {
    return summary;
  }

  String wardView() {
    return wardView;
  }
}
