package jp.kyodo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The KPI ledger, the daily snapshots, small-cell suppression and who may read statistics. */
@ExtendWith(KyodoServer.class)
class StatsApiIT {

  private static JsonObject kpi() {
    return Stats.dashboard("").getJsonObject("kpi");
  }

  private static long registrantsKpi() {
    return kpi().getJsonNumber("registrants").longValue();
  }

  @Test
  void kpiIsTheNumberOfConfirmedNotWithdrawnParticipantsAndMovesExactly() throws Exception {
    JsonObject start = kpi();
    long before = start.getJsonNumber("registrants").longValue();
    assertEquals(Stats.registrantsInDatabase(), before);
    assertEquals(
        before + start.getJsonNumber("carriedOver").longValue(),
        start.getJsonNumber("value").longValue());
    assertEquals(28950, start.getJsonNumber("baseline").longValue());
    assertEquals(42000, start.getJsonNumber("target").longValue());
    assertEquals("2029-03-31", start.getString("targetDate"));

    String email = Accounts.uniqueEmail("kpi");
    Stats.registered(email, "kyodo", "20s");
    assertEquals(before, registrantsKpi(), "registered but not confirmed: not counted");

    Stats.confirm(email);
    JsonObject confirmed = kpi();
    assertEquals(before + 1, confirmed.getJsonNumber("registrants").longValue());
    assertEquals(Stats.registrantsInDatabase(), before + 1);
    assertEquals(
        start.getJsonNumber("confirmedToday").longValue() + 1,
        confirmed.getJsonNumber("confirmedToday").longValue());

    String token = Accounts.signIn(email, Accounts.PASSWORD);
    Api.Reply withdrawn =
        Api.post(
            "/api/v1/participants/me/withdrawal", Api.json("password", Accounts.PASSWORD), token);
    assertEquals(204, withdrawn.status(), withdrawn.body());
    JsonObject after = kpi();
    assertEquals(before, after.getJsonNumber("registrants").longValue());
    assertEquals(Stats.registrantsInDatabase(), before);
    assertEquals(
        start.getJsonNumber("withdrawnToday").longValue() + 1,
        after.getJsonNumber("withdrawnToday").longValue());
  }

  @Test
  void registrantTallyAgreesWithTheDefinitionInEveryGroup() throws Exception {
    Stats.registrant("tally", "okusawa", "60s");
    String unconfirmed = Accounts.uniqueEmail("tally-unconfirmed");
    Stats.registered(unconfirmed, "okusawa", "60s");
    for (String[] d :
        new String[][] {
          {"age_band", "age_band"},
          {"area", "area_code"},
          {"district", "district_code"},
          {"relation", "relation"}
        }) {
      long mismatches =
          Stats.count(
              "select count(*) from (select coalesce("
                  + d[1]
                  + ", 'unanswered') code, count(*) n from participant where email_confirmed_at"
                  + " is not null and withdrawn_at is null group by 1) truth full join (select code,"
                  + " registrants from registrant_tally where dimension = ? and registrants <> 0) t"
                  + " using (code) where truth.n is distinct from t.registrants",
              d[0]);
      assertEquals(0, mismatches, d[0]);
    }
  }

  @Test
  void snapshotsCatchUpMissedDaysOnceAndNeverChangeThem() throws Exception {
    LocalDate today = Stats.today();
    LocalDate first = today.minusDays(3);
    LocalDate yesterday = today.minusDays(1);
    Accounts.Participant stays = Stats.registrant("snapshot", "kitazawa", "30s");
    Accounts.Participant leaves = Stats.registrant("snapshot-leaves", "kitazawa", "30s");
    Api.Reply withdrawn =
        Api.post(
            "/api/v1/participants/me/withdrawal",
            Api.json("password", Accounts.PASSWORD),
            Accounts.signIn(leaves.email(), Accounts.PASSWORD));
    assertEquals(204, withdrawn.status(), withdrawn.body());
    // move both into the past: confirmed three days ago, one withdrew two days ago
    for (long id : new long[] {stays.id(), leaves.id()}) {
      Stats.update(
          "update participant set registered_at = ?, email_confirmed_at = ? where id = ?",
          Stats.noon(first),
          Stats.noon(first),
          id);
    }
    Stats.update(
        "update participant set withdrawn_at = ? where id = ?",
        Stats.noon(first.plusDays(1)),
        leaves.id());
    // the server was "down": no snapshot exists
    Stats.update("delete from kpi_snapshot_group");
    Stats.update("delete from kpi_snapshot");

    List<String> written = run();
    assertTrue(written.contains(first.toString()), written.toString());
    assertEquals(yesterday.toString(), written.get(written.size() - 1), "up to yesterday");
    assertFalse(written.contains(today.toString()), "today is not over");
    for (LocalDate d = first; !d.isAfter(yesterday); d = d.plusDays(1)) {
      long expected =
          Stats.count(
              "select count(*) from participant where email_confirmed_at < ?"
                  + " and (withdrawn_at is null or withdrawn_at >= ?)",
              Stats.endOf(d),
              Stats.endOf(d));
      assertEquals(expected, snapshot(d, "registrants"), "registrants at the end of " + d);
      assertTrue(
          Stats.count(
                  "select count(*) from kpi_snapshot_group where day = ? and dimension = 'age_band'",
                  d)
              > 0,
          "breakdowns of " + d);
    }
    assertEquals(2, snapshot(first, "confirmed"));
    assertEquals(2, snapshot(first, "registrants"));
    assertEquals(1, snapshot(first.plusDays(1), "withdrawn"));
    assertEquals(1, snapshot(first.plusDays(1), "registrants"));

    Map<String, String> takenAt = takenAt();
    assertEquals(List.of(), run(), "a second run writes nothing");
    assertEquals(takenAt, takenAt(), "and changes nothing");

    LocalDate missed = first.plusDays(1);
    Stats.update("delete from kpi_snapshot_group where day = ?", missed);
    Stats.update("delete from kpi_snapshot where day = ?", missed);
    assertEquals(List.of(missed.toString()), run(), "a hole is filled");
    assertEquals(1, snapshot(missed, "registrants"));

    // the dashboard reads the history: one withdrawal that day is a cell of fewer than 10 people
    JsonObject registrations =
        Stats.table(Stats.dashboard("?from=" + first + "&period=day"), "registrations");
    JsonObject cell = Stats.cell(registrations, missed.toString(), "withdrawn");
    assertTrue(cell.getBoolean("suppressed"));
    assertEquals(JsonValue.ValueType.NULL, cell.get("value").getValueType());
  }

  @Test
  void smallCellsAreSuppressedInTheApiAndItsCsvUntilTenPeopleStandBehindThem() throws Exception {
    String district = "kamisoshigaya";
    String countSql =
        "select count(*) from participant where district_code = ? and email_confirmed_at is not"
            + " null and withdrawn_at is null";
    long existing = Stats.count(countSql, district);
    assertTrue(existing < 9, "the test needs a district with fewer than 9 registrants");
    Stats.registrant("small", district, "70s");

    JsonObject table = Stats.table(Stats.dashboard(""), "registrants-district");
    JsonObject small = Stats.cell(table, district, "registrants");
    assertTrue(small.getBoolean("suppressed"), small.toString());
    assertEquals(JsonValue.ValueType.NULL, small.get("value").getValueType());
    assertEquals(List.of("", "登録者、アクティブ（30日）、アクティブ（90日）"), csvCells(district));

    while (Stats.count(countSql, district) < 10) {
      Stats.registrant("small", district, "70s");
    }
    JsonObject shown =
        Stats.cell(
            Stats.table(Stats.dashboard(""), "registrants-district"), district, "registrants");
    assertFalse(shown.getBoolean("suppressed"));
    assertEquals(10, shown.getJsonNumber("value").longValue());
    assertEquals("10", csvCells(district).get(0));
  }

  @Test
  void onlyAdministratorsReadStatisticsAndStaffReadTopicReports() {
    Accounts.Participant participant = Accounts.confirmed("stats-denied");
    long topic = Forum.openTopic("統計の権限を確かめる議題");
    for (String path :
        List.of(
            "/api/v1/stats/dashboard",
            "/api/v1/stats/tables/funnel",
            "/api/v1/stats/tables/funnel.csv",
            "/api/v1/stats/topics/" + topic,
            "/api/v1/stats/topics/" + topic + "/comments.csv")) {
      Api.Reply denied = Api.get(path, participant.token());
      assertEquals(403, denied.status(), path + " " + denied.body());
      assertEquals("application/problem+json", denied.mediaType());
      assertEquals("forbidden", denied.json().getString("code"));
      assertEquals(401, Api.get(path, null).status(), path);
    }
    assertEquals(403, Api.post("/api/v1/stats/snapshots/run", "", participant.token()).status());
    assertEquals(401, Api.post("/api/v1/stats/snapshots/run", "", null).status());

    String staff = Forum.staff().token();
    assertEquals(403, Api.get("/api/v1/stats/dashboard", staff).status());
    Api.Reply report = Api.get("/api/v1/stats/topics/" + topic, staff);
    assertEquals(200, report.status(), report.body());
    assertEquals("統計の権限を確かめる議題", report.json().getString("title"));
  }

  @Test
  void rangeErrorsAre400NamingTheField() {
    Api.Reply bad = Api.get("/api/v1/stats/dashboard?from=yesterday&period=year", Accounts.admin());
    assertEquals(400, bad.status(), bad.body());
    assertEquals(List.of("from", "period"), bad.errorFields());
    Api.Reply reversed =
        Api.get("/api/v1/stats/dashboard?from=2026-11-10&to=2026-11-01", Accounts.admin());
    assertEquals(400, reversed.status());
    assertEquals(List.of("from"), reversed.errorFields());
    assertEquals(404, Api.get("/api/v1/stats/tables/nothing", Accounts.admin()).status());
  }

  @Test
  void topicReportSuppressesSmallCountsButNotThePublicTotalsAndItsCsvNamesNobody() {
    long topic = Forum.openTopic("報告書の議題");
    Accounts.Participant author = Stats.signedIn("report", "seijo", "50s");
    Forum.post(topic, "=1+1 ではなく歩道の幅を広げてください。", author.token());
    Api.Reply report = Api.get("/api/v1/stats/topics/" + topic, Forum.staff().token());
    assertEquals(200, report.status(), report.body());
    JsonObject topicPage = Api.get("/api/v1/topics/" + topic, null).json();
    // the totals the topic's public page shows are not hidden from the department
    JsonObject participants = report.json().getJsonObject("participants");
    assertFalse(participants.getBoolean("suppressed"));
    assertEquals(topicPage.getInt("participantCount"), participants.getInt("value"));
    JsonObject comments = report.json().getJsonObject("comments");
    assertFalse(comments.getBoolean("suppressed"));
    assertEquals(topicPage.getInt("commentCount"), comments.getInt("value"));
    assertEquals(1, comments.getInt("value"));
    // what is not public stays behind the small-cell rule: one person stands behind it
    JsonObject opinions = report.json().getJsonObject("opinions");
    assertTrue(opinions.getBoolean("suppressed"));
    assertEquals(JsonValue.ValueType.NULL, opinions.get("value").getValueType());

    Api.Reply csv =
        Api.get("/api/v1/stats/topics/" + topic + "/comments.csv", Forum.staff().token());
    assertEquals(200, csv.status(), csv.body());
    assertEquals("text/csv", csv.mediaType());
    assertTrue(csv.body().startsWith(CsvFiles.BOM), "a byte-order mark first");
    String[] lines = csv.body().substring(1).split("\r\n");
    assertEquals("意見番号,返信先の意見番号,階層,立場,投稿日時,区職員の投稿,受付方法,賛成の数,反対の数,本文", lines[0]);
    assertEquals(2, lines.length, csv.body());
    assertTrue(lines[1].endsWith(",'=1+1 ではなく歩道の幅を広げてください。"), lines[1]);
    assertFalse(csv.body().contains(author.email()));
    assertFalse(csv.body().contains("統計テスト"), "no display name");
  }

  private static List<String> run() {
    Api.Reply reply = Api.post("/api/v1/stats/snapshots/run", "", Accounts.admin());
    assertEquals(200, reply.status(), reply.body());
    List<String> days = new ArrayList<>();
    reply
        .json()
        .getJsonArray("written")
        .forEach(v -> days.add(((jakarta.json.JsonString) v).getString()));
    return days;
  }

  private static long snapshot(LocalDate day, String column) throws Exception {
    return Stats.count("select " + column + " from kpi_snapshot where day = ?", day);
  }

  private static Map<String, String> takenAt() throws Exception {
    Map<String, String> result = new LinkedHashMap<>();
    try (Connection db = KyodoServer.database();
        ResultSet rs =
            db.createStatement()
                .executeQuery("select day, taken_at from kpi_snapshot order by day")) {
      while (rs.next()) {
        result.put(rs.getString(1), rs.getString(2));
      }
    }
    assertNotNull(result);
    return result;
  }

  /** The registrants cell and the suppressed column of a district in the CSV export. */
  private static List<String> csvCells(String district) {
    Api.Reply csv = Api.get("/api/v1/stats/tables/registrants-district.csv", Accounts.admin());
    assertEquals(200, csv.status(), csv.body());
    assertEquals("text/csv", csv.mediaType());
    assertTrue(csv.body().startsWith(CsvFiles.BOM), "a byte-order mark first");
    String[] lines = csv.body().substring(1).split("\r\n");
    assertEquals("コード,区分,登録者,アクティブ（30日）,アクティブ（90日）,秘匿した項目", lines[0]);
    for (String line : lines) {
      if (line.startsWith(district + ",")) {
        String[] f = line.split(",", -1);
        return List.of(f[2], f[5]);
      }
    }
    throw new AssertionError("no row for " + district + " in\n" + csv.body());
  }
}
