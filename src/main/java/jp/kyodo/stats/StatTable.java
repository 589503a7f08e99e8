package jp.kyodo.stats;

import java.util.List;

/**
 * One table of statistics, the same on the page (beside its chart), in the API and in its CSV
 * export. Rows are groups (an age band, a day, a topic); every cell came through {@link
 * Suppression}.
 */
public record StatTable(
    String id, String title, String note, List<Column> columns, List<Row> rows) {

  /** A column: a stable key (CSV header, JSON) and its label in the reader's language. */
  public record Column(String key, String label) {}

  /** A row: the group's code and label, and one cell per column. */
  public record Row(String code, String label, List<Cell> cells, boolean highlighted) {
    public Row(String code, String label, List<Cell> cells) {
      this(code, label, cells, false);
    }
  }
}
