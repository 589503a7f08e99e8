package jp.kyodo.stats;

import java.util.ArrayList;
import java.util.List;
import jp.kyodo.platform.Csv;

/**
 * A statistics table as CSV: a suppressed cell is empty and the row's {@code suppressed} column
 * names the suppressed columns.
 */
public final class CsvExport {
  private CsvExport() {}

  public static String of(StatTable table) {
    List<String> header = new ArrayList<>(List.of("code", "label"));
    table.columns().forEach(c -> header.add(c.key()));
    header.add("suppressed");
    List<List<String>> rows = new ArrayList<>();
    for (StatTable.Row row : table.rows()) {
      List<String> values = new ArrayList<>(List.of(row.code(), row.label()));
      List<String> suppressed = new ArrayList<>();
      for (int i = 0; i < row.cells().size(); i++) {
        Cell cell = row.cells().get(i);
        values.add(cell.text());
        if (cell.suppressed()) {
          suppressed.add(table.columns().get(i).key());
        }
      }
      values.add(String.join(" ", suppressed));
      rows.add(values);
    }
    return Csv.write(header, rows);
  }
}
