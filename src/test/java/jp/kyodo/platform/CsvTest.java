package jp.kyodo.platform;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The one CSV convention: byte-order mark, header row, CRLF, RFC 4180 quoting, formulas inert. */
class CsvTest {
  @Test
  void startsWithTheUtf8ByteOrderMarkAndEndsEveryRecordWithCrlf() {
    String csv =
        Csv.write(List.of("見出し", "本文"), List.of(List.of("1", "改行\nを含む"), List.of("2", "")));
    byte[] bytes = csv.getBytes(StandardCharsets.UTF_8);
    assertArrayEquals(
        new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(bytes, 3), "the BOM");
    assertEquals("\uFEFF見出し,本文\r\n1,\"改行\nを含む\"\r\n2,\r\n", csv);
  }

  @Test
  void aHeaderRowWithoutRowsIsStillAFile() {
    assertEquals("\uFEFFa,b\r\n", Csv.write(List.of("a", "b"), List.of()));
  }

  @Test
  void neutralisesSpreadsheetFormulasInCellsAndHeaders() {
    assertEquals("'=HYPERLINK(\"x\")", Csv.inert("=HYPERLINK(\"x\")"));
    assertEquals("'@SUM(A1)", Csv.inert("@SUM(A1)"));
    assertEquals("'+81 3", Csv.inert("+81 3"));
    assertEquals("-12", Csv.inert("-12"));
    assertEquals("12.5", Csv.inert("12.5"));
    assertEquals("普通の意見", Csv.inert("普通の意見"));
    assertEquals(
        "\uFEFF'=cmd,b\r\n'-x,'@y\r\n",
        Csv.write(List.of("=cmd", "b"), List.of(List.of("-x", "@y"))));
  }

  @Test
  void headersComeFromTheBundlesInTheReadersLanguage() {
    List<String> columns = List.of("id", "occurred_at");
    assertEquals(List.of("番号", "日時"), Csv.header(Locale.JAPANESE, "csv.audit.", columns));
    assertEquals(List.of("ID", "Time"), Csv.header(Locale.ENGLISH, "csv.audit.", columns));
  }
}
