package jp.kyodo.platform;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Every CSV the application writes: RFC 4180, CRLF, a header row, by Apache Commons CSV, with text
 * a spreadsheet would run as a formula made inert.
 */
public final class Csv {
  public static final String MEDIA_TYPE = "text/csv; charset=UTF-8; header=present";

  private Csv() {}

  public static String write(List<String> header, List<List<String>> rows) {
    StringWriter out = new StringWriter();
    CSVFormat format = CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get();
    try (CSVPrinter printer = new CSVPrinter(out, format)) {
      for (List<String> row : rows) {
        printer.printRecord(row.stream().map(Csv::inert).toList());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /** Text a spreadsheet would run as a formula (=, +, -, @) gets a leading apostrophe. */
  public static String inert(String value) {
    if (value == null || value.isEmpty() || value.matches("-?[0-9]+(\\.[0-9]+)?")) {
      return value;
    }
    char first = value.charAt(0);
    return "=+-@\t\r".indexOf(first) >= 0 ? "'" + value : value;
  }
}
