package jp.kyodo.topic;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One published version of the ward's answer on a topic (区の考え方). A new version is a new row, so the
 * history is kept; the newest is the current answer.
 */
@Entity
@Table(name = "official_response")
public class OfficialResponse {
  /** 受付 / 検討中 / 反映 / 一部反映 / 見送り. */
  public static final List<String> STATUSES =
      List.of("received", "considering", "adopted", "partially_adopted", "not_adopted");

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "topic_id", updatable = false)
  private long topicId;

  @Column(updatable = false)
  private String status;

  @Column(name = "body_markdown", updatable = false)
  private String bodyMarkdown;

  @Column(name = "body_html", updatable = false)
  private String bodyHtml;

  @Column(name = "published_by", updatable = false)
  private long publishedBy;

  @Column(name = "published_at", updatable = false)
  private OffsetDateTime publishedAt;

  protected OfficialResponse() {}

  OfficialResponse(
      long topicId,
      String status,
      String bodyMarkdown,
      String bodyHtml,
      long publishedBy,
      OffsetDateTime publishedAt) {
    this.topicId = topicId;
    this.status = status;
    this.bodyMarkdown = bodyMarkdown;
    this.bodyHtml = bodyHtml;
    this.publishedBy = publishedBy;
    this.publishedAt = publishedAt;
  }

  /** What everyone sees of a response version. */
  @Schema(name = "OfficialResponseView")
  public record View(
      long id, String status, String bodyHtml, String bodyMarkdown, OffsetDateTime publishedAt) {}

  View view() {
    return new View(id, status, bodyHtml, bodyMarkdown, publishedAt);
  }

  Long id() {
    return id;
  }
}
