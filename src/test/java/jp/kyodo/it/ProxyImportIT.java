package jp.kyodo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpRequest;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A department's CSV of opinions received outside the web (issue 17): a dry run lists every row's
 * errors and saves nothing; a commit saves all rows or none; the same file again adds nothing;
 * Shift_JIS as Excel saves it and UTF-8 with a byte-order mark are read; limits are clear.
 */
@ExtendWith(KyodoServer.class)
class ProxyImportIT {
  private static final DateTimeFormatter SLASHED = DateTimeFormatter.ofPattern("yyyy/MM/dd");

  private static String day() {
    return SLASHED.format(ProxyEntryIT.today());
  }

  static Api.Reply upload(long topic, String query, byte[] csv, String token) {
    return Api.send(
        Api.request("/api/v1/topics/" + topic + "/proxy-opinions/import" + query, token)
            .header("Content-Type", "text/csv")
            .header("Accept-Language", "ja")
            .POST(HttpRequest.BodyPublishers.ofByteArray(csv)));
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static int comments(long topic) {
    return ProxyEntryIT.topic(topic).getInt("commentCount");
  }

  private static List<String> fields(JsonObject report) {
    return report.getJsonArray("errors").stream()
        .map(JsonValue::asJsonObject)
        .map(e -> e.getJsonNumber("row").longValue() + ":" + e.getString("field"))
        .toList();
  }

  private String mixed() {
    return "受付日,受付方法,受付場所,意見,年代,地区,区との関わり,参加者ID\r\n"
        + day()
        + ",紙,三軒茶屋まちづくりセンター,よい意見です,70代,太子堂,区民,\r\n"
        + "2026/13/01,郵送,,日付の誤り,,,,\r\n"
        + day()
        + ",FAX,,方法と地区の誤り,,大阪,,\r\n";
  }

  @Test
  void aDryRunListsEveryRowsErrorsAndSavesNothing() {
    long topic = Forum.openTopic("CSV の確認 " + UUID.randomUUID());
    Api.Reply dry = upload(topic, "?dryRun=true", utf8(mixed()), Forum.staff().token());
    assertEquals(200, dry.status(), dry.body());
    JsonObject report = dry.json();
    assertTrue(report.getBoolean("dryRun"));
    assertEquals(3, report.getInt("rows"));
    assertEquals(1, report.getInt("added"), "would be added");
    assertEquals(List.of("3:receivedOn", "4:channel", "4:districtCode"), fields(report));
    JsonObject first = report.getJsonArray("errors").getJsonObject(0);
    assertEquals("受付日", first.getString("column"));
    assertTrue(first.getString("message").contains("2026/11/20"), first.toString());
    assertEquals(0, comments(topic), "nothing saved");
    // without dryRun it is a dry run too
    Api.Reply implicit = upload(topic, "", utf8(mixed()), Forum.staff().token());
    assertTrue(implicit.json().getBoolean("dryRun"), implicit.body());
    assertEquals(0, comments(topic));
    // in English on request
    Api.Reply english =
        Api.send(
            Api.request("/api/v1/topics/" + topic + "/proxy-opinions/import", Forum.staff().token())
                .header("Content-Type", "text/csv")
                .header("Accept-Language", "en")
                .POST(HttpRequest.BodyPublishers.ofByteArray(utf8(mixed()))));
    assertTrue(
        english
            .json()
            .getJsonArray("errors")
            .getJsonObject(0)
            .getString("message")
            .contains("Give"),
        english.body());
  }

  @Test
  void aCommitWithOneBadRowSavesNothing() {
    long topic = Forum.openTopic("CSV の全件か無し " + UUID.randomUUID());
    Api.Reply refused = upload(topic, "?dryRun=false", utf8(mixed()), Forum.staff().token());
    assertEquals(422, refused.status(), refused.body());
    assertEquals("application/problem+json", refused.mediaType());
    assertEquals("import_rejected", refused.json().getString("code"));
    assertEquals(
        List.of("rows[3].receivedOn", "rows[4].channel", "rows[4].districtCode"),
        refused.errorFields());
    String message = refused.json().getJsonArray("errors").getJsonObject(0).getString("message");
    assertTrue(message.startsWith("3 行目「受付日」"), message);
    assertEquals(0, comments(topic));
    assertEquals(
        0,
        Api.get(ProxyEntryIT.path(topic), Forum.staff().token())
            .json()
            .getJsonArray("items")
            .size());
  }

  @Test
  void theSameFileTwiceAddsNothingTheSecondTime() {
    long topic = Forum.openTopic("CSV の二度目 " + UUID.randomUUID());
    String csv =
        "受付日,受付方法,受付場所,意見,年代\n"
            + day()
            + ",ワークショップ,烏山区民センター,賛成です,30代\n"
            + day()
            + ",ワークショップ,烏山区民センター,賛成です,30代\n"
            + day()
            + ",窓口,,連絡先は 03-1234-5678 です,\n";
    Api.Reply first = upload(topic, "?dryRun=false", utf8(csv), Forum.staff().token());
    assertEquals(200, first.status(), first.body());
    assertEquals(3, first.json().getInt("added"), "two people wrote the same: two opinions");
    assertEquals(1, first.json().getInt("held"), "the phone number waits for a moderator");
    assertEquals(0, first.json().getInt("alreadyImported"));
    assertEquals(2, comments(topic));

    Api.Reply second = upload(topic, "?dryRun=false", utf8(csv), Forum.staff().token());
    assertEquals(200, second.status(), second.body());
    assertEquals(0, second.json().getInt("added"));
    assertEquals(3, second.json().getInt("alreadyImported"));
    assertEquals(2, comments(topic));

    // one more row appended: only it is added
    Api.Reply longer =
        upload(topic, "?dryRun=false", utf8(csv + day() + ",電話,,追加の意見,\n"), Forum.staff().token());
    assertEquals(1, longer.json().getInt("added"), longer.body());
    assertEquals(3, comments(topic));

    JsonObject entry =
        Api.get(ProxyEntryIT.path(topic), Forum.staff().token())
            .json()
            .getJsonArray("items")
            .getJsonObject(0);
    assertTrue(entry.getBoolean("imported"));
    assertEquals("workshop", entry.getString("channel"));
    Api.Reply audit =
        Api.get(
            "/api/v1/audit-log?action=comment.proxy_import&targetType=topic&targetId=" + topic,
            Accounts.admin());
    assertEquals(3, audit.array().size(), audit.body());
    assertEquals(
        Forum.staff().id(), audit.array().getJsonObject(0).getJsonNumber("actorId").longValue());
  }

  @Test
  void shiftJisAsExcelSavesItIsRead() {
    long topic = Forum.openTopic("CSV の Shift_JIS " + UUID.randomUUID());
    String csv = "受付日,受付方法,意見,地区\r\n" + day() + ",郵送,髙島屋の前の横断歩道を直してほしい,砧\r\n";
    byte[] sjis = csv.getBytes(Charset.forName("windows-31j"));
    Api.Reply r = upload(topic, "?dryRun=false", sjis, Forum.staff().token());
    assertEquals(200, r.status(), r.body());
    assertEquals(1, r.json().getInt("added"));
    JsonObject entry =
        Api.get(ProxyEntryIT.path(topic), Forum.staff().token())
            .json()
            .getJsonArray("items")
            .getJsonObject(0);
    assertEquals("髙島屋の前の横断歩道を直してほしい", entry.getString("body"));
    assertEquals("post", entry.getString("channel"));
    assertEquals("kinuta", entry.getString("districtCode"));
  }

  @Test
  void utf8WithAByteOrderMarkAndEnglishHeadersIsRead() {
    long topic = Forum.openTopic("CSV の BOM " + UUID.randomUUID());
    String csv =
        "\uFEFFreceived_on,channel,place,text,age_band,relation\n"
            + ProxyEntryIT.today()
            + ",counter,Ward office,\"Two lines,\nwith a comma\",20s,worker\n";
    Api.Reply r = upload(topic, "?dryRun=false", utf8(csv), Forum.staff().token());
    assertEquals(200, r.status(), r.body());
    assertEquals(1, r.json().getInt("added"));
    JsonObject entry =
        Api.get(ProxyEntryIT.path(topic), Forum.staff().token())
            .json()
            .getJsonArray("items")
            .getJsonObject(0);
    assertEquals("Two lines,\nwith a comma", entry.getString("body"));
    assertEquals("20s", entry.getString("ageBand"));
    assertEquals("worker", entry.getString("relation"));
    assertEquals("Ward office", entry.getString("place"));
  }

  /** The largest file in one transaction; the time is printed for docs/decisions.md. */
  @Test
  void fiveThousandRowsAreImportedInOneGo() {
    long topic = Forum.openTopic("CSV の五千行 " + UUID.randomUUID());
    StringBuilder csv = new StringBuilder("受付日,受付方法,受付場所,意見,年代,地区\n");
    for (int i = 0; i < 5_000; i++) {
      csv.append(day())
          .append(i % 2 == 0 ? ",紙,三軒茶屋まちづくりセンター," : ",ワークショップ,烏山区民センター,")
          .append("歩道を広げてほしい（")
          .append(i)
          .append("）,70代,太子堂\n");
    }
    byte[] file = utf8(csv.toString());
    long started = System.nanoTime();
    Api.Reply dry = upload(topic, "?dryRun=true", file, Forum.staff().token());
    long checked = System.nanoTime();
    Api.Reply done = upload(topic, "?dryRun=false", file, Forum.staff().token());
    long imported = System.nanoTime();
    assertEquals(200, dry.status(), dry.body());
    assertEquals(200, done.status(), done.body());
    assertEquals(5_000, done.json().getInt("added"));
    assertEquals(5_000, comments(topic));
    System.out.printf(
        "Proxy import of 5,000 rows (%d KiB): dry run %d ms, commit %d ms%n",
        file.length / 1024, (checked - started) / 1_000_000, (imported - checked) / 1_000_000);
  }

  @Test
  void whoMaySendWhatAndHowMuch() {
    long topic = Forum.openTopic("CSV の制限 " + UUID.randomUUID());
    byte[] good = utf8("受付日,受付方法,意見\n" + day() + ",紙,権限\n");
    assertEquals(401, upload(topic, "?dryRun=true", good, null).status());
    assertEquals(
        403,
        upload(topic, "?dryRun=true", good, Accounts.confirmed("csv-resident").token()).status());
    assertEquals(404, upload(999_999_999L, "?dryRun=true", good, Forum.staff().token()).status());
    Api.Reply badFlag = upload(topic, "?dryRun=maybe", good, Forum.staff().token());
    assertEquals(400, badFlag.status(), badFlag.body());
    assertEquals(List.of("dryRun"), badFlag.errorFields());
    Api.Reply json =
        Api.post("/api/v1/topics/" + topic + "/proxy-opinions/import", "{}", Forum.staff().token());
    assertEquals(415, json.status(), json.body());

    Api.Reply noColumns = upload(topic, "?dryRun=true", utf8("意見\nx\n"), Forum.staff().token());
    assertEquals(400, noColumns.status(), noColumns.body());
    assertEquals(List.of("file"), noColumns.errorFields());
    Api.Reply garbage =
        upload(
            topic,
            "?dryRun=true",
            new byte[] {(byte) 0x81, (byte) 0x20, (byte) 0xFF, 0, 0x41},
            Forum.staff().token());
    assertEquals(400, garbage.status(), garbage.body());
    assertEquals(List.of("file"), garbage.errorFields());
    Api.Reply hostile =
        upload(
            topic,
            "?dryRun=true",
            utf8("受付日,受付方法,意見,受付場所\n" + day() + ",紙,\u202Eabc\u0000,\"" + "あ".repeat(300) + "\"\n"),
            Forum.staff().token());
    assertEquals(200, hostile.status(), hostile.body());
    assertEquals(List.of("2:body", "2:place"), fields(hostile.json()).stream().sorted().toList());

    StringBuilder many = new StringBuilder("受付日,受付方法,意見\n");
    for (int i = 0; i <= 5_000; i++) {
      many.append(day()).append(",紙,意見").append(i).append('\n');
    }
    Api.Reply tooMany = upload(topic, "?dryRun=true", utf8(many.toString()), Forum.staff().token());
    assertEquals(422, tooMany.status(), tooMany.body());
    assertEquals("import_too_many_rows", tooMany.json().getString("code"));
    Api.Reply tooLarge =
        upload(topic, "?dryRun=true", new byte[2 * 1024 * 1024 + 1], Forum.staff().token());
    assertEquals(413, tooLarge.status(), tooLarge.body());
    assertEquals("payload_too_large", tooLarge.json().getString("code"));
    assertEquals(0, comments(topic));
    assertFalse(tooLarge.body().isEmpty());
  }
}
