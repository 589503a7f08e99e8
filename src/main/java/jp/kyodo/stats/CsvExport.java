package jp.kyodo.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import jp.kyodo.platform.Csv;
import jp.kyodo.platform.Messages;

/**
 * A statistics table as CSV, headed in the reader's language (コード, 区分, the columns' labels,
 * 秘匿した項目): a suppressed cell is empty and the row's last column names the suppressed columns.
 */
public final class CsvExport {
  private CsvExport() {}

  public static String of(StatTable table, Locale locale) {
    List<String> header =
        new ArrayList<>(
            List.of(
                Messages.get(locale, "csv.stats.code"),
                Messages.get(locale, "stats.column.group")));
    table.columns().forEach(c -> header.add(c.label()));
    header.add(Messages.get(locale, "csv.stats.suppressed"));
    String separator = Messages.get(locale, "csv.stats.separator");
    List<List<String>> rows = new ArrayList<>();
    for (StatTable.Row row : table.rows()) {
      List<String> values = new ArrayList<>(List.of(row.code(), row.label()));
      List<String> suppressed = new ArrayList<>();
      for (int i = 0; i < row.cells().size(); i++) {
        Cell cell = row.cells().get(i);
        values.add(cell.text());
        if (cell.suppressed()) {
          suppressed.add(table.columns().get(i).label());
        }
      }
      values.add(String.join(separator, suppressed));
      rows.add(values);
    }
    return Csv.write(header, rows);
  }
}
