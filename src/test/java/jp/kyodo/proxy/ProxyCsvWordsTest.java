package jp.kyodo.proxy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import jp.kyodo.reference.ReferenceData;
import org.junit.jupiter.api.Test;

/** The words of a row become the codes a form would send; unknown words pass as written. */
class ProxyCsvWordsTest {
  private static final ReferenceData.Snapshot REFERENCE =
      new ReferenceData.Snapshot(
          List.of(new ReferenceData.Choice("setagaya", "世田谷", "Setagaya")),
          List.of(new ReferenceData.District("taishido", "setagaya", "太子堂", "Taishido")),
          List.of(
              new ReferenceData.Choice("under20", "〜19歳", "up to 19"),
              new ReferenceData.Choice("70s", "70代", "70s")),
          List.of(new ReferenceData.Choice("resident", "区民（区内在住）", "Resident of the ward")),
          List.of(),
          null,
          null);

  private static ProxyRequests.NewEntry request(Map<ProxyCsv.Column, String> cells) {
    return new ProxyCsvWords(REFERENCE).request(new ProxyCsv.Row(2, cells));
  }

  @Test
  void japaneseWordsBecomeCodes() {
    Map<ProxyCsv.Column, String> cells = new EnumMap<>(ProxyCsv.Column.class);
    cells.put(ProxyCsv.Column.CHANNEL, "ワークショップ");
    cells.put(ProxyCsv.Column.AGE_BAND, "～19歳");
    cells.put(ProxyCsv.Column.DISTRICT, "太子堂地区");
    cells.put(ProxyCsv.Column.AREA, "世田谷地域");
    cells.put(ProxyCsv.Column.RELATION, "区民");
    cells.put(ProxyCsv.Column.PARTICIPANT, "１２３");
    ProxyRequests.NewEntry r = request(cells);
    assertEquals("workshop", r.channel());
    assertEquals("under20", r.ageBand());
    assertEquals("taishido", r.districtCode());
    assertEquals("setagaya", r.areaCode());
    assertEquals("resident", r.relation());
    assertEquals(123L, r.participantId());
    assertNull(r.participantEmail());
  }

  @Test
  void codesAndEnglishWordsToo() {
    Map<ProxyCsv.Column, String> cells = new EnumMap<>(ProxyCsv.Column.class);
    cells.put(ProxyCsv.Column.CHANNEL, "Counter");
    cells.put(ProxyCsv.Column.AGE_BAND, "70s");
    cells.put(ProxyCsv.Column.DISTRICT, "Taishido");
    cells.put(ProxyCsv.Column.RELATION, "Resident of the ward");
    cells.put(ProxyCsv.Column.PARTICIPANT, "hanako@example.jp");
    ProxyRequests.NewEntry r = request(cells);
    assertEquals("counter", r.channel());
    assertEquals("70s", r.ageBand());
    assertEquals("taishido", r.districtCode());
    assertEquals("resident", r.relation());
    assertNull(r.participantId());
    assertEquals("hanako@example.jp", r.participantEmail());
  }

  @Test
  void unknownWordsPassAsWrittenForTheRulesToRefuse() {
    Map<ProxyCsv.Column, String> cells = new EnumMap<>(ProxyCsv.Column.class);
    cells.put(ProxyCsv.Column.CHANNEL, "FAX");
    cells.put(ProxyCsv.Column.DISTRICT, "大阪");
    cells.put(ProxyCsv.Column.PARTICIPANT, "たろう");
    ProxyRequests.NewEntry r = request(cells);
    assertEquals("FAX", r.channel());
    assertEquals("大阪", r.districtCode());
    assertEquals(-1L, r.participantId(), "names nobody");
  }
}
