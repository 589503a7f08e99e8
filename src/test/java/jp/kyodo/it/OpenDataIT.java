package jp.kyodo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The public dataset: anyone may read it, it holds aggregates only, small cells suppressed. */
@ExtendWith(KyodoServer.class)
class OpenDataIT {
  private static final Set<String> ROW_FIELDS =
      Set.of(
          "month",
          "complete",
          "areaCode",
          "areaNameJa",
          "areaNameEn",
          "policyAreaCode",
          "policyAreaNameJa",
          "policyAreaNameEn",
          "participants",
          "comments",
          "reactions",
          "suppressed");

  @Test
  void participationByMonthAreaAndPolicyAreaHoldsNoPersonalData() throws Exception {
    LocalDate yesterday = Stats.today().minusDays(1);
    String month = yesterday.toString().substring(0, 7);
    long topic = Forum.openTopic("オープンデータの議題"); // policy area: environment
    List<Accounts.Participant> people = new ArrayList<>();
    List<String> bodies = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      Accounts.Participant p = Stats.signedIn("open-" + i, "seijo", "40s"); // area kinuta
      people.add(p);
      String body = "成城の並木道について意見その" + i + "です。";
      bodies.add(body);
      Forum.post(topic, body, p.token());
    }
    Accounts.Participant alone = Stats.signedIn("open-alone", "karasuyama", "20s");
    people.add(alone);
    Forum.post(topic, "烏山からひとりで意見します。", alone.token());
    // they registered and commented yesterday, and yesterday's snapshot is (re)written
    for (Accounts.Participant p : people) {
      Stats.update(
          "update participant set registered_at = ?, email_confirmed_at = ? where id = ?",
          Stats.noon(yesterday).minusHours(1),
          Stats.noon(yesterday).minusHours(1),
          p.id());
    }
    Stats.update(
        "update comment set created_at = ? where topic_id = ?", Stats.noon(yesterday), topic);
    Stats.update("delete from kpi_snapshot_group where day = ?", yesterday);
    Stats.update("delete from kpi_snapshot where day = ?", yesterday);
    Api.Reply run = Api.post("/api/v1/stats/snapshots/run", "", Accounts.admin());
    assertEquals(200, run.status(), run.body());

    Api.Reply json = Api.get("/api/v1/open-data/participation.json", null);
    assertEquals(200, json.status(), json.body());
    JsonObject data = json.json();
    assertEquals("CC BY 4.0", data.getJsonObject("licence").getString("name"));
    assertEquals(
        "https://creativecommons.org/licenses/by/4.0/",
        data.getJsonObject("licence").getString("url"));
    assertEquals(10, data.getInt("suppressionThreshold"));
    assertTrue(json.header("Link").contains("rel=\"license\""), json.header("Link"));

    JsonObject together = row(data, month, "kinuta", "environment");
    assertFalse(together.getBoolean("suppressed"));
    assertEquals(10, together.getInt("participants"));
    assertEquals(10, together.getInt("comments"));
    JsonObject lonely = row(data, month, "karasuyama", "environment");
    assertTrue(lonely.getBoolean("suppressed"));
    for (String field : List.of("participants", "comments", "reactions")) {
      assertEquals(JsonValue.ValueType.NULL, lonely.get(field).getValueType(), field);
    }

    for (JsonValue v : data.getJsonArray("rows")) {
      JsonObject r = v.asJsonObject();
      assertEquals(ROW_FIELDS, r.keySet(), "aggregate fields only");
      assertTrue(
          r.getBoolean("suppressed") || r.getInt("participants") >= 10,
          "no cell of fewer than 10 people: " + r);
    }
    Api.Reply csv = Api.get("/api/v1/open-data/participation.csv", null);
    assertEquals(200, csv.status(), csv.body());
    assertEquals("text/csv", csv.mediaType());
    assertTrue(csv.header("Link").contains("creativecommons.org/licenses/by/4.0"));
    assertTrue(csv.body().startsWith(CsvFiles.BOM), "a byte-order mark first");
    String[] lines = csv.body().substring(1).split("\r\n");
    assertEquals(
        "month,complete,area_code,area_name_ja,area_name_en,policy_area_code,"
            + "policy_area_name_ja,policy_area_name_en,participants,comments,reactions,suppressed",
        lines[0]);
    assertTrue(
        csv.body().contains(",karasuyama,烏山,Karasuyama,environment,環境,Environment,,,,true"),
        csv.body());

    for (String body : List.of(json.body(), csv.body())) {
      for (Accounts.Participant p : people) {
        assertFalse(body.contains(p.email()), "no e-mail address");
      }
      assertFalse(body.contains("統計テスト"), "no display name");
      for (String text : bodies) {
        assertFalse(body.contains(text), "no comment text");
      }
    }
    Api.Reply catalogue = Api.get("/api/v1/open-data", null);
    assertEquals(200, catalogue.status(), catalogue.body());
    assertEquals(
        "/api/v1/open-data/participation.csv",
        catalogue.json().getJsonArray("datasets").getJsonObject(0).getString("csv"));
  }

  private static JsonObject row(JsonObject data, String month, String area, String policyArea) {
    return data.getJsonArray("rows").stream()
        .map(JsonValue::asJsonObject)
        .filter(
            r ->
                r.getString("month").equals(month)
                    && r.getString("areaCode").equals(area)
                    && r.getString("policyAreaCode").equals(policyArea))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no row " + month + " " + area + " " + policyArea));
  }
}
