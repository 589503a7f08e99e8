package jp.kyodo.results;

import jakarta.json.bind.annotation.JsonbNillable;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A results document as readers see it: the topic and its period (Tokyo dates), the opinions and
 * people by channel, then per approved key point the number of opinions, their summary and the
 * ward's view, and the ward's answer to the whole topic. Figures are counted as it is read.
 */
@Schema(name = "ResultsDocument")
@JsonbNillable
public record ResultsView(
    long topicId,
    String title,
    String department,
    String topicStatus,
    LocalDate opensOn,
    LocalDate closesOn,
    String introduction,
    List<ChannelRow> channels,
    ChannelRow total,
    List<Row> rows,
    WardAnswer wardAnswer,
    boolean published,
    OffsetDateTime publishedAt,
    OffsetDateTime updatedAt,
    long version) {

  /**
   * One channel (web, paper, post, phone, workshop, counter; {@code total} for all): opinions,
   * replies and the people behind them. A person who took part through two channels is one person
   * in the total.
   */
  @Schema(name = "ResultsDocumentChannelRow")
  public record ChannelRow(String channel, long opinions, long replies, long people) {}

  /**
   * One row: an approved key point (null for the opinions under none) with how many opinions and
   * replies it gathers, and what staff wrote.
   */
  @JsonbNillable
  @Schema(name = "ResultsDocumentRow")
  public record Row(
      Long keyPointId, String keyPoint, long opinions, String summary, String wardView) {}

  /** The ward's current answer to the topic (区の考え方), as published on the topic page. */
  @Schema(name = "ResultsDocumentWardAnswer")
  public record WardAnswer(String status, String bodyMarkdown, String bodyHtml) {}
}
