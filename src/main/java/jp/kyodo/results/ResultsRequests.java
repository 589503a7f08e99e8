package jp.kyodo.results;

import java.util.List;
import jp.kyodo.platform.CleanText;
import jp.kyodo.platform.MaxBodySize;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What staff send to write a results document. */
public final class ResultsRequests {
  /** The longest summary, view or introduction: a long A4 page. */
  public static final int TEXT_MAX = 4000;

  /**
   * More rows than any topic has key points: the rest is a mistake (checked by the service:
   * Payara's OpenAPI generator fails on {@code @Size} on a record component).
   */
  public static final int ENTRIES_MAX = 200;

  private ResultsRequests() {}

  /**
   * The document as staff wrote it, against the version they read. {@code entries} replace the rows
   * they name; rows not named keep their texts.
   */
  @MaxBodySize(kib = 1024)
  @Schema(name = "ResultsDocumentEdit")
  public record Edit(
      Long version,
      @CleanText(max = TEXT_MAX, multiline = true) String introduction,
      List<Entry> entries) {}

  /**
   * One row: an approved key point of the topic ({@code keyPointId}), or null for the opinions
   * under no approved key point.
   */
  @Schema(name = "ResultsDocumentEntry")
  public record Entry(
      Long keyPointId,
      @CleanText(max = TEXT_MAX, multiline = true) String summary,
      @CleanText(max = TEXT_MAX, multiline = true) String wardView) {}

  /** Publishing or taking back, against the version read. */
  @Schema(name = "ResultsDocumentPublication")
  public record Publication(Long version) {}
}
