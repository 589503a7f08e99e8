package jp.kyodo.platform;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Every CSV the application writes, one convention (docs/api.md, "CSV downloads"): UTF-8 starting
 * with a byte-order mark (so that Excel on Japanese Windows reads UTF-8, not Shift_JIS), a header
 * row, RFC 4180 quoting, CRLF line ends, and text a spreadsheet would run as a formula made inert —
 * header included. By Apache Commons CSV.
 */
public final class Csv {
  public static final String MEDIA_TYPE = "text/csv; charset=UTF-8; header=present";

  /** U+FEFF, written as EF BB BF in UTF-8. */
  public static final String BYTE_ORDER_MARK = "\uFEFF";

  private Csv() {}

  /** The whole file: the byte-order mark, the header row and the rows. */
  public static String write(List<String> header, List<? extends List<String>> rows) {
    StringWriter out = new StringWriter();
    out.write(BYTE_ORDER_MARK);
    CSVFormat format =
        CSVFormat.RFC4180
            .builder()
            .setRecordSeparator("\r\n")
            .setHeader(header.stream().map(Csv::inert).toArray(String[]::new))
            .get();
    try (CSVPrinter printer = new CSVPrinter(out, format)) {
      for (List<String> row : rows) {
        printer.printRecord(row.stream().map(Csv::inert).toList());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /**
   * A header row in the reader's language: for each column the bundle's text of {@code prefix +
   * column} ({@code csv.audit.} + {@code occurred_at} is 日時 or Time).
   */
  public static List<String> header(Locale locale, String prefix, List<String> columns) {
    return columns.stream().map(c -> Messages.get(locale, prefix + c)).toList();
  }

  /** The Content-Disposition of a download. */
  public static String attachment(String filename) {
    return "attachment; filename=\"" + filename + "\"";
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
