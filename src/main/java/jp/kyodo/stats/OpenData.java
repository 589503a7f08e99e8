package jp.kyodo.stats;

import jakarta.json.bind.annotation.JsonbNillable;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The public, machine-readable participation dataset: per month, participants' area and policy
 * area, how many people took part and how many comments and reactions they gave. Aggregates only;
 * cells with fewer than 10 people are suppressed. Licensed CC BY 4.0. Its CSV is headed by the
 * stable column names ({@code columns}), whatever the reader's language; {@code dictionary} says
 * what each means in Japanese and English (docs/decisions.md).
 */
public record OpenData(
    String title,
    String publisher,
    Licence licence,
    String description,
    int suppressionThreshold,
    List<String> columns,
    List<Column> dictionary,
    List<Row> rows) {

  public static final String LICENCE_NAME = "CC BY 4.0";
  public static final String LICENCE_URL = "https://creativecommons.org/licenses/by/4.0/";

  /** A column: its stable name (the CSV header), what it holds in both languages, its type. */
  @Schema(name = "OpenDataColumn")
  public record Column(String name, String labelJa, String labelEn, String type) {}

  /** The licence and how to credit the source. */
  public record Licence(String name, String url, String attribution) {}

  /**
   * One row of the dataset. {@code complete} is false while the month runs. When {@code
   * suppressed}, participants, comments and reactions are null.
   */
  @JsonbNillable
  @Schema(name = "OpenDataRow")
  public record Row(
      String month,
      boolean complete,
      String areaCode,
      String areaNameJa,
      String areaNameEn,
      String policyAreaCode,
      String policyAreaNameJa,
      String policyAreaNameEn,
      Long participants,
      Long comments,
      Long reactions,
      boolean suppressed) {}
}
