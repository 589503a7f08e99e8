package jp.kyodo.stats;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * CSV (RFC 4180, UTF-8, CRLF, a header row) by Apache Commons CSV. A suppressed cell is empty and
 * the row's {@code suppressed} column names the suppressed columns.
 */
public final class CsvExport {
  public static final String MEDIA_TYPE = "text/csv; charset=UTF-8; header=present";

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
    return write(header, rows);
  }

  public static String write(List<String> header, List<List<String>> rows) {
    StringWriter out = new StringWriter();
    CSVFormat format = CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get();
    try (CSVPrinter printer = new CSVPrinter(out, format)) {
      for (List<String> row : rows) {
        printer.printRecord(row.stream().map(CsvExport::inert).toList());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /** Text a spreadsheet would run as a formula (=, +, -, @) gets a leading apostrophe. */
  static String inert(String value) {
    if (value == null || value.isEmpty() || value.matches("-?[0-9]+(\\.[0-9]+)?")) {
      return value;
    }
    char first = value.charAt(0);
    return "=+-@\t\r".indexOf(first) >= 0 ? "'" + value : value;
  }
}
