package jp.kyodo.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class CsvExportTest {
  private static final StatTable TABLE =
      new StatTable(
          "t",
          "title",
          "note",
          List.of(
              new StatTable.Column("registrants", "登録者"),
              new StatTable.Column("active30", "アクティブ（30日）")),
          List.of(
              new StatTable.Row(
                  "20s", "20代", List.of(Suppression.people(12), Suppression.people(3))),
              new StatTable.Row(
                  "x", "カンマ, と \"引用\"", List.of(Suppression.people(4), Suppression.people(2))),
              new StatTable.Row(
                  "=1+1", "=1+1", List.of(Suppression.people(40), Suppression.people(40)))));

  @Test
  void writesJapaneseHeadersEmptySuppressedCellsAndNamesThem() {
    assertEquals(
        "\uFEFFコード,区分,登録者,アクティブ（30日）,秘匿した項目\r\n"
            + "20s,20代,12,,アクティブ（30日）\r\n"
            + "x,\"カンマ, と \"\"引用\"\"\",,,登録者、アクティブ（30日）\r\n"
            + "'=1+1,'=1+1,40,40,\r\n",
        CsvExport.of(TABLE, Locale.JAPANESE));
  }

  @Test
  void writesTheFixedHeadersInEnglishForTheEnglishReader() {
    StatTable english =
        new StatTable(
            "t",
            "title",
            "note",
            List.of(new StatTable.Column("a", "Registrants"), new StatTable.Column("b", "Active")),
            List.of(
                new StatTable.Row(
                    "20s", "20s", List.of(Suppression.people(3), Suppression.people(4)))));
    assertEquals(
        "\uFEFFCode,Group,Registrants,Active,Suppressed\r\n20s,20s,,,Registrants; Active\r\n",
        CsvExport.of(english, Locale.ENGLISH));
  }
}
