package jp.kyodo.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import jp.kyodo.platform.Csv;
import org.junit.jupiter.api.Test;

class CsvExportTest {
  @Test
  void writesHeaderAndEmptySuppressedCellsAndNamesThem() {
    StatTable table =
        new StatTable(
            "t",
            "title",
            "note",
            List.of(new StatTable.Column("registrants", "登録者"), new StatTable.Column("a", "A")),
            List.of(
                new StatTable.Row(
                    "20s", "20代", List.of(Suppression.people(12), Suppression.people(3))),
                new StatTable.Row(
                    "x", "カンマ, と \"引用\"", List.of(Suppression.people(4), Suppression.people(40)))));
    assertEquals(
        "code,label,registrants,a,suppressed\r\n"
            + "20s,20代,12,,a\r\n"
            + "x,\"カンマ, と \"\"引用\"\"\",,40,registrants\r\n",
        CsvExport.of(table));
  }

  @Test
  void neutralisesSpreadsheetFormulas() {
    assertEquals("'=HYPERLINK(\"x\")", Csv.inert("=HYPERLINK(\"x\")"));
    assertEquals("'@SUM(A1)", Csv.inert("@SUM(A1)"));
    assertEquals("-12", Csv.inert("-12"));
    assertEquals("12.5", Csv.inert("12.5"));
    assertEquals("普通の意見", Csv.inert("普通の意見"));
  }
}
