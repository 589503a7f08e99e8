package jp.kyodo.proxy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import jp.kyodo.platform.InvalidInputException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the CSV a department keeps of the opinions it received, one row per opinion, by Apache
 * Commons CSV: UTF-8 with or without a byte-order mark, else Shift_JIS (Windows-31J, what Excel in
 * Japan saves), UTF-16 with its mark; commas (or tabs, as Excel's "Unicode text" writes); a header
 * row naming the columns in Japanese or English, in any order; unknown columns ignored; empty rows
 * skipped. Row numbers are the spreadsheet's: the header is row 1 (a cell with line breaks stays
 * one row).
 */
public final class ProxyCsv {
  private static final Charset WINDOWS_31J = Charset.forName("windows-31j");

  private ProxyCsv() {}

  /** The columns, with the request field each fills and the header names accepted. */
  public enum Column {
    RECEIVED_ON("receivedOn", "受付日", "received_on", "受付年月日", "receivedon", "date"),
    CHANNEL("channel", "受付方法", "channel", "方法", "受付手段"),
    PLACE("place", "受付場所", "place", "場所"),
    TEXT("body", "意見", "text", "意見内容", "内容", "本文", "body"),
    AGE_BAND("ageBand", "年代", "age_band", "agegroup", "age"),
    AREA("areaCode", "地域", "area", "area_code"),
    DISTRICT("districtCode", "地区", "district", "district_code"),
    RELATION("relation", "区との関わり", "relation", "関わり", "区とのかかわり"),
    PARTICIPANT("participantId", "参加者ID", "participant_id", "参加者番号", "participant");

    /** The columns every file needs. */
    static final List<Column> REQUIRED = List.of(RECEIVED_ON, CHANNEL, TEXT);

    private final String field;
    private final List<String> names;

    Column(String field, String... names) {
      this.field = field;
      this.names = Arrays.stream(names).map(ProxyCsv::fold).toList();
    }

    /** The request field ({@link ProxyRequests.NewEntry}) this column fills. */
    public String field() {
      return field;
    }

    /** The column a request field's errors belong to. */
    public static Optional<Column> ofField(String field) {
      if ("participantEmail".equals(field)) {
        return Optional.of(PARTICIPANT);
      }
      return Arrays.stream(values()).filter(c -> c.field.equals(field)).findFirst();
    }

    static Optional<Column> named(String header) {
      String folded = fold(header);
      return Arrays.stream(values()).filter(c -> c.names.contains(folded)).findFirst();
    }
  }

  /** One data row: its spreadsheet row number and its cells by column (absent: empty). */
  public record Row(long number, Map<Column, String> cells) {
    public String cell(Column column) {
      return cells.get(column);
    }
  }

  /** The file: the header text of each column found (to name it in errors) and the rows. */
  public record Sheet(Map<Column, String> headers, List<Row> rows) {}

  /**
   * The rows of the file; a file that cannot be read as such a CSV is a 400 on {@code file} that
   * says why (its encoding, its quoting, a missing column), so that a person can fix it.
   */
  public static Sheet read(byte[] bytes) {
    String text = decode(bytes);
    if (text.isBlank()) {
      throw InvalidInputException.of("file", "validation.csv.empty");
    }
    // empty lines are records too (skipped below), so that record numbers are row numbers
    CSVFormat format =
        CSVFormat.RFC4180.builder().setDelimiter(delimiter(text)).setIgnoreEmptyLines(false).get();
    List<CSVRecord> records;
    try (CSVParser parser = CSVParser.parse(text, format)) {
      records = parser.getRecords();
    } catch (IOException
        | UncheckedIOException
        | IllegalStateException
        | IllegalArgumentException e) {
      throw InvalidInputException.of("file", "validation.csv.syntax");
    }
    if (records.isEmpty()) {
      throw InvalidInputException.of("file", "validation.csv.empty");
    }
    CSVRecord header = records.get(0);
    Map<Column, Integer> positions = new EnumMap<>(Column.class);
    Map<Column, String> headers = new EnumMap<>(Column.class);
    for (int i = 0; i < header.size(); i++) {
      String name = header.get(i);
      Optional<Column> column = Column.named(name);
      if (column.isPresent() && positions.putIfAbsent(column.get(), i) != null) {
        throw InvalidInputException.of(
            "file", "validation.csv.duplicateColumn", Map.of("column", name.strip()));
      }
      column.ifPresent(c -> headers.put(c, name.strip().replace("\uFEFF", "")));
    }
    List<String> missing =
        Column.REQUIRED.stream()
            .filter(c -> !positions.containsKey(c))
            .map(c -> c.names.get(0))
            .toList();
    if (!missing.isEmpty()) {
      throw InvalidInputException.of(
          "file", "validation.csv.missingColumns", Map.of("columns", String.join("、", missing)));
    }
    List<Row> rows = new ArrayList<>();
    for (CSVRecord record : records.subList(1, records.size())) {
      Map<Column, String> cells = new EnumMap<>(Column.class);
      positions.forEach(
          (column, i) -> {
            if (i < record.size() && !record.get(i).isBlank()) {
              cells.put(column, record.get(i));
            }
          });
      if (!cells.isEmpty()) {
        rows.add(new Row(record.getRecordNumber(), cells));
      }
    }
    return new Sheet(headers, rows);
  }

  /**
   * The text: a byte-order mark decides (UTF-8, UTF-16); else UTF-8 when the bytes are valid UTF-8,
   * else Windows-31J (Shift_JIS) when they are valid there; else a 400.
   */
  static String decode(byte[] bytes) {
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      return strict(StandardCharsets.UTF_8, bytes, 3)
          .orElseThrow(() -> InvalidInputException.of("file", "validation.csv.encoding"));
    }
    if (startsWith(bytes, 0xFF, 0xFE) || startsWith(bytes, 0xFE, 0xFF)) {
      Charset utf16 =
          bytes[0] == (byte) 0xFF ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE;
      return strict(utf16, bytes, 2)
          .orElseThrow(() -> InvalidInputException.of("file", "validation.csv.encoding"));
    }
    return strict(StandardCharsets.UTF_8, bytes, 0)
        .or(() -> strict(WINDOWS_31J, bytes, 0))
        .orElseThrow(() -> InvalidInputException.of("file", "validation.csv.encoding"));
  }

  private static Optional<String> strict(Charset charset, byte[] bytes, int offset) {
    try {
      return Optional.of(
          charset
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
              .toString());
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  /** A tab when the header line has tabs and no commas (Excel's "Unicode text"), else a comma. */
  private static char delimiter(String text) {
    int end = text.indexOf('\n');
    String first = end < 0 ? text : text.substring(0, end);
    return first.indexOf('\t') >= 0 && first.indexOf(',') < 0 ? '\t' : ',';
  }

  /** Header names compare after NFKC, without spaces, case, underscores or a byte-order mark. */
  static String fold(String name) {
    return Normalizer.normalize(name, Normalizer.Form.NFKC)
        .replace("\uFEFF", "")
        .replaceAll("[\\s_]", "")
        .toLowerCase(Locale.ROOT);
  }
}
