package jp.kyodo.proxy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import jp.kyodo.platform.InvalidInputException;
import org.junit.jupiter.api.Test;

/** Reading a department's CSV: encodings, headers in either language, row numbers, bad files. */
class ProxyCsvTest {
  private static final String JAPANESE =
      "受付日,受付方法,受付場所,意見,年代,地区,区との関わり,参加者ID\r\n"
          + "2026/11/20,紙,三軒茶屋まちづくりセンター,公園にベンチを,70代,太子堂,区民,\r\n"
          + "2026-11-21,電話,,\"二行の\r\n意見です\",,,,\r\n";

  @Test
  void readsJapaneseHeadersAndKeepsSpreadsheetRowNumbers() {
    ProxyCsv.Sheet sheet = ProxyCsv.read(JAPANESE.getBytes(StandardCharsets.UTF_8));
    assertEquals(2, sheet.rows().size());
    ProxyCsv.Row first = sheet.rows().get(0);
    assertEquals(2, first.number(), "the header is row 1");
    assertEquals("2026/11/20", first.cell(ProxyCsv.Column.RECEIVED_ON));
    assertEquals("紙", first.cell(ProxyCsv.Column.CHANNEL));
    assertEquals("三軒茶屋まちづくりセンター", first.cell(ProxyCsv.Column.PLACE));
    assertEquals("太子堂", first.cell(ProxyCsv.Column.DISTRICT));
    assertNull(first.cell(ProxyCsv.Column.PARTICIPANT), "an empty cell is no value");
    ProxyCsv.Row second = sheet.rows().get(1);
    assertEquals(3, second.number());
    assertEquals("二行の\r\n意見です", second.cell(ProxyCsv.Column.TEXT));
    assertEquals("受付日", sheet.headers().get(ProxyCsv.Column.RECEIVED_ON));
  }

  @Test
  void readsUtf8WithAByteOrderMark() {
    byte[] bom = ("\uFEFF" + JAPANESE).getBytes(StandardCharsets.UTF_8);
    ProxyCsv.Sheet sheet = ProxyCsv.read(bom);
    assertEquals(2, sheet.rows().size());
    assertEquals("受付日", sheet.headers().get(ProxyCsv.Column.RECEIVED_ON));
  }

  @Test
  void readsShiftJisAsExcelSavesIt() {
    byte[] sjis = JAPANESE.getBytes(Charset.forName("windows-31j"));
    ProxyCsv.Sheet sheet = ProxyCsv.read(sjis);
    assertEquals("紙", sheet.rows().get(0).cell(ProxyCsv.Column.CHANNEL));
    assertEquals("公園にベンチを", sheet.rows().get(0).cell(ProxyCsv.Column.TEXT));
  }

  @Test
  void readsEnglishHeadersInAnyOrderAndIgnoresOtherColumns() {
    String csv = "No.,text,Channel,Received_On,memo\n1,Benches please,paper,2026-11-20,ignored\n";
    ProxyCsv.Sheet sheet = ProxyCsv.read(csv.getBytes(StandardCharsets.UTF_8));
    ProxyCsv.Row row = sheet.rows().get(0);
    assertEquals("Benches please", row.cell(ProxyCsv.Column.TEXT));
    assertEquals("paper", row.cell(ProxyCsv.Column.CHANNEL));
    assertEquals("2026-11-20", row.cell(ProxyCsv.Column.RECEIVED_ON));
    assertEquals(4, row.cells().size() + 1, "No. and memo are not read");
  }

  @Test
  void readsTabSeparatedUtf16AsExcelsUnicodeText() {
    String tsv = "受付日\t受付方法\t意見\r\n2026/11/20\t窓口\t窓口での意見\r\n";
    byte[] utf16 = ("\uFEFF" + tsv).getBytes(StandardCharsets.UTF_16LE);
    ProxyCsv.Sheet sheet = ProxyCsv.read(utf16);
    assertEquals("窓口", sheet.rows().get(0).cell(ProxyCsv.Column.CHANNEL));
  }

  @Test
  void skipsEmptyRowsButKeepsCounting() {
    String csv = "受付日,受付方法,意見\n2026/11/20,紙,一つ目\n,,\n\n2026/11/20,紙,四行後\n";
    ProxyCsv.Sheet sheet = ProxyCsv.read(csv.getBytes(StandardCharsets.UTF_8));
    assertEquals(2, sheet.rows().size());
    assertEquals(5, sheet.rows().get(1).number());
  }

  @Test
  void namesTheMissingColumns() {
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class,
            () -> ProxyCsv.read("受付日,意見\n2026/11/20,x\n".getBytes(StandardCharsets.UTF_8)));
    assertEquals("file", e.errors().get(0).field());
    assertEquals("validation.csv.missingColumns", e.errors().get(0).messageKey());
    assertEquals("受付方法", e.errors().get(0).args().get("columns"));
  }

  @Test
  void refusesFilesThatAreNoCsv() {
    for (byte[] bad :
        List.of(
            new byte[0],
            "   \n".getBytes(StandardCharsets.UTF_8),
            "受付日,受付方法,意見\n2026/11/20,紙,\"閉じない".getBytes(StandardCharsets.UTF_8),
            new byte[] {(byte) 0x81, (byte) 0x20, (byte) 0xFF, (byte) 0xFE, 0x41},
            "受付日,受付日,受付方法,意見\n".getBytes(StandardCharsets.UTF_8))) {
      InvalidInputException e = assertThrows(InvalidInputException.class, () -> ProxyCsv.read(bad));
      assertEquals("file", e.errors().get(0).field());
    }
  }

  @Test
  void errorsOfAFieldBelongToItsColumn() {
    assertEquals(ProxyCsv.Column.RECEIVED_ON, ProxyCsv.Column.ofField("receivedOn").orElseThrow());
    assertEquals(ProxyCsv.Column.TEXT, ProxyCsv.Column.ofField("body").orElseThrow());
    assertEquals(
        ProxyCsv.Column.PARTICIPANT, ProxyCsv.Column.ofField("participantEmail").orElseThrow());
  }
}
