package jp.kyodo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A closed topic's results document: staff write a summary and the ward's view per approved key
 * point and publish it; the public reads it only then, as a page, as CSV and as .xlsx — each parsed
 * back here; the figures by channel count a paper opinion entered by staff; every write is checked
 * (closed topic, approved key points, versions, roles) and audited.
 */
@ExtendWith(KyodoServer.class)
class ResultsDocumentIT {
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @Test
  void staffWriteAndPublishTheResultsAndEveryoneReadsThemInEditableFormats() throws Exception {
    String staff = Forum.staff().token();
    long topic = Forum.openTopic("駅前の駐輪場と街灯について");
    Accounts.Participant a = Accounts.confirmed("results-a");
    Accounts.Participant b = Accounts.confirmed("results-b");
    long bikes1 = Forum.id(Forum.post(topic, "駐輪場が足りません。駅の近くに増やしてください。", a.token()));
    long bikes2 = Forum.id(Forum.post(topic, "駐輪場の料金を下げてほしいです。", b.token()));
    long lights = Forum.id(Forum.post(topic, "夜の街灯が暗くて怖いです。", a.token()));
    Forum.reply(lights, "街灯を LED にすると明るくなります。", b.token());
    long other = Forum.id(Forum.post(topic, "ベンチがあるとうれしいです。", b.token()));
    Api.Reply paper =
        Api.post(
            "/api/v1/topics/" + topic + "/proxy-opinions",
            Api.json(
                "channel", "paper",
                "receivedOn", java.time.LocalDate.now(java.time.ZoneId.of("Asia/Tokyo")).toString(),
                "place", "三軒茶屋まちづくりセンター",
                "body", "駐輪場の場所がわかりにくいので案内がほしい。"),
            staff);
    assertEquals(201, paper.status(), paper.body());
    long bikes3 = Forum.id(paper.json());
    String comments = Api.get("/api/v1/stats/topics/" + topic + "/comments.csv", staff).body();
    assertTrue(
        comments.contains(bikes3 + ",,0,,") && comments.contains(",いいえ,紙,0,0,駐輪場の場所"),
        "the anonymised comments say how each opinion came: " + comments);

    long bikePoint = keyPoint(topic, "駐輪場", List.of(bikes1, bikes2, bikes3), staff);
    long lightPoint = keyPoint(topic, "街灯", List.of(lights), staff);
    long candidate =
        Forum.id(
            Api.post(
                    "/api/v1/topics/" + topic + "/key-points",
                    keyPointJson("ベンチ", List.of(other)),
                    staff)
                .json());
    String path = "/api/v1/topics/" + topic + "/results-document";

    // open topic: staff may look, not write
    assertEquals(200, Api.get(path, staff).status());
    Api.Reply early = Api.put(path, edit(0, "はじめに", List.of()), staff);
    assertEquals(422, early.status(), early.body());
    assertTrue(early.body().contains("topic_not_closed"), early.body());
    assertEquals(200, Api.post("/api/v1/topics/" + topic + "/closure", "", staff).status());
    Api.Reply answer =
        Api.put(
            "/api/v1/topics/" + topic + "/response",
            Api.json("status", "partially_adopted", "body", "駐輪場を1か所増やします。"),
            staff);
    assertEquals(200, answer.status(), answer.body());

    // a draft: the public does not see it
    assertEquals(404, Api.get(path, null).status());
    assertEquals(404, Api.get(path, a.token()).status());
    assertEquals(404, Api.get(path + ".csv", null).status());
    JsonObject draft = Api.get(path, staff).json();
    assertFalse(draft.getBoolean("published"));
    Map<String, JsonObject> channels =
        draft.getJsonArray("channels").getValuesAs(JsonObject.class).stream()
            .collect(Collectors.toMap(c -> c.getString("channel"), c -> c));
    assertEquals(4, channels.get("web").getInt("opinions"), draft.toString());
    assertEquals(1, channels.get("web").getInt("replies"));
    assertEquals(2, channels.get("web").getInt("people"));
    assertEquals(1, channels.get("paper").getInt("opinions"), "the paper opinion");
    assertEquals(1, channels.get("paper").getInt("people"));
    assertFalse(channels.containsKey("phone"), "a channel nobody used is left out");
    assertEquals(5, draft.getJsonObject("total").getInt("opinions"));
    assertEquals(3, draft.getJsonObject("total").getInt("people"));
    List<JsonObject> rows = draft.getJsonArray("rows").getValuesAs(JsonObject.class);
    assertEquals(3, rows.size(), "two approved key points and the others: " + rows);
    assertEquals("駐輪場", rows.get(0).getString("keyPoint"));
    assertEquals(3, rows.get(0).getInt("opinions"));
    assertEquals("街灯", rows.get(1).getString("keyPoint"));
    assertEquals(1, rows.get(1).getInt("opinions"));
    assertTrue(rows.get(2).isNull("keyPointId"), "the others: the bench opinion and the reply");
    assertEquals(2, rows.get(2).getInt("opinions"));

    // publishing needs every key point written
    Api.Reply incomplete =
        Api.post(path + "/publish", Api.json("version", draft.getInt("version")), staff);
    assertEquals(422, incomplete.status(), incomplete.body());
    assertTrue(incomplete.body().contains("results_incomplete"));

    // bad writes change nothing
    String summary = "駅の近くに駐輪場を増やしてほしい、料金を下げてほしい、場所の案内がほしいというご意見がありました。";
    String view = "駅の北側に駐輪場を1か所増やします。\n案内板も設置します。";
    List<Object[]> entries =
        List.of(
            new Object[] {bikePoint, summary, view},
            new Object[] {lightPoint, "街灯が暗いというご意見がありました。", "LED 化を進めます。"},
            new Object[] {null, "ベンチを置いてほしいというご意見がありました。", "公園課と検討します。"});
    Api.Reply notApproved =
        Api.put(
            path,
            edit(
                draft.getInt("version"), "", List.<Object[]>of(new Object[] {candidate, "x", "y"})),
            staff);
    assertEquals(422, notApproved.status(), notApproved.body());
    assertTrue(notApproved.body().contains("key_point_not_approved"), notApproved.body());
    Api.Reply tooLong =
        Api.put(
            path,
            edit(
                draft.getInt("version"),
                "",
                List.<Object[]>of(new Object[] {bikePoint, "あ".repeat(4001), ""})),
            staff);
    assertEquals(400, tooLong.status(), tooLong.body());
    assertTrue(tooLong.body().contains("entries[0].summary"), tooLong.body());
    Api.Reply twice =
        Api.put(
            path,
            edit(
                draft.getInt("version"),
                "",
                List.<Object[]>of(
                    new Object[] {bikePoint, "a", "b"}, new Object[] {bikePoint, "c", "d"})),
            staff);
    assertEquals(400, twice.status(), twice.body());
    assertEquals(
        403, Api.put(path, edit(draft.getInt("version"), "", entries), a.token()).status());
    assertEquals(401, Api.put(path, edit(draft.getInt("version"), "", entries), null).status());
    assertEquals(
        404,
        Api.put("/api/v1/topics/999999999/results-document", edit(0, "", entries), staff).status());
    assertEquals(
        "", Api.get(path, staff).json().getJsonArray("rows").getJsonObject(0).getString("summary"));

    // written, then published
    Api.Reply saved =
        Api.put(path, edit(draft.getInt("version"), "ご意見ありがとうございました。", entries), staff);
    assertEquals(200, saved.status(), saved.body());
    JsonObject written = saved.json();
    assertEquals(summary, written.getJsonArray("rows").getJsonObject(0).getString("summary"));
    assertEquals(
        409, Api.put(path, edit(draft.getInt("version"), "", entries), staff).status(), "stale");
    assertFalse(
        WebSession.anonymous()
            .get("/topic.xhtml?id=" + topic)
            .body()
            .contains("id=\"results-link\""),
        "no link before it is published (and the page is kept)");
    Api.Reply published =
        Api.post(path + "/publish", Api.json("version", written.getInt("version")), staff);
    assertEquals(200, published.status(), published.body());

    JsonObject forAll = Api.get(path, null).json();
    assertTrue(forAll.getBoolean("published"));
    assertEquals(view, forAll.getJsonArray("rows").getJsonObject(0).getString("wardView"));
    assertEquals("partially_adopted", forAll.getJsonObject("wardAnswer").getString("status"));
    String today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Tokyo")).toString();
    assertTrue(forAll.getString("opensOn").compareTo(today) <= 0, forAll.getString("opensOn"));
    assertEquals(
        today, forAll.getString("closesOn"), "closed today, a month before its planned end");

    // CSV, parsed back
    CsvFiles.File csv = CsvFiles.download(path + ".csv");
    List<CSVRecord> records =
        CSVFormat.RFC4180
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .get()
            .parse(new StringReader(csv.text()))
            .getRecords();
    assertEquals(
        List.of("区分", "項目", "意見（件）", "返信（件）", "件数（意見・返信）", "人数（人）", "ご意見の概要", "区の考え方"),
        records.get(0).getParser().getHeaderNames());
    CSVRecord web = records.get(0);
    assertEquals(List.of("受付方法", "Web", "4", "1", "5", "2"), web.toList().subList(0, 6));
    assertEquals(List.of("受付方法", "紙", "1", "0", "1", "1"), records.get(1).toList().subList(0, 6));
    assertEquals(List.of("合計", "合計", "5", "1", "6", "3"), records.get(2).toList().subList(0, 6));
    CSVRecord bikes = records.get(3);
    assertEquals("論点", bikes.get(0));
    assertEquals("駐輪場", bikes.get(1));
    assertEquals("3", bikes.get(4));
    assertEquals(summary, bikes.get(6));
    assertEquals(view.replace("\n", "\r\n"), bikes.get(7), "line breaks kept, as CSV ends lines");
    assertEquals("その他のご意見", records.get(5).get(1));
    assertEquals("議題全体に対する区の考え方", records.get(6).get(0));
    assertEquals("駐輪場を1か所増やします。", records.get(6).get(7));
    String english = CsvFiles.download(path + ".csv", "Accept-Language", "en").lines().get(0);
    assertTrue(english.startsWith("Section,Item,Opinions"), english);

    // .xlsx, parsed back
    HttpResponse<byte[]> xlsx =
        HTTP.send(
            Api.request(path + ".xlsx", null).GET().build(),
            HttpResponse.BodyHandlers.ofByteArray());
    assertEquals(200, xlsx.statusCode());
    assertTrue(
        xlsx.headers()
            .firstValue("Content-Type")
            .orElse("")
            .startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
    assertTrue(
        xlsx.headers().firstValue("Content-Disposition").orElse("").contains("results.xlsx"));
    List<List<String>> sheet = new ArrayList<>();
    try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx.body()))) {
      for (Row row : wb.getFirstSheet().read()) {
        List<String> cells = new ArrayList<>();
        for (int i = 0; i < row.getCellCount(); i++) {
          cells.add(row.getCellText(i));
        }
        sheet.add(cells);
      }
    }
    String all = sheet.toString();
    assertEquals("「駅前の駐輪場と街灯について」に寄せられたご意見の概要と区の考え方", sheet.get(0).get(0));
    assertTrue(all.contains("三軒茶屋") || all.contains("紙"), all);
    List<String> paperRow = find(sheet, "紙");
    assertEquals(List.of("紙", "1", "0", "1"), paperRow.subList(0, 4));
    List<String> bikeRow = find(sheet, "駐輪場");
    assertEquals(List.of("駐輪場", "3", summary, view), bikeRow.subList(0, 4));
    assertEquals(List.of("その他のご意見", "2"), find(sheet, "その他のご意見").subList(0, 2));

    // the page, and the files through it
    WebSession anyone = WebSession.anonymous();
    WebSession.Page page = anyone.get("/results.xhtml?id=" + topic);
    assertEquals(200, page.status());
    assertTrue(page.body().contains("<caption>受付方法別の意見数と人数</caption>"), page.body());
    assertTrue(page.body().contains(summary) && page.body().contains("駐輪場を1か所増やします。"));
    assertFalse(page.body().contains("下書きです"));
    WebSession.Page viaPage = anyone.get("/results-download.xhtml?id=" + topic + "&format=csv");
    assertEquals(200, viaPage.status());
    assertTrue(viaPage.contentType().startsWith("text/csv"), viaPage.contentType());
    assertEquals(csv.text(), viaPage.body().substring(1), "the page's file is the API's");
    assertTrue(
        anyone.get("/topic.xhtml?id=" + topic).body().contains("id=\"results-link\""),
        "the topic page links to the published results");

    // withdrawn: gone for the public again; every write audited
    JsonObject now = Api.get(path, staff).json();
    assertEquals(
        200,
        Api.post(path + "/withdraw", Api.json("version", now.getInt("version")), staff).status());
    assertEquals(404, Api.get(path, null).status());
    assertEquals(404, anyone.get("/results.xhtml?id=" + topic).status());
    assertFalse(anyone.get("/topic.xhtml?id=" + topic).body().contains("id=\"results-link\""));
    String audit =
        Api.get("/api/v1/audit-log?targetType=topic&targetId=" + topic, Accounts.admin()).body();
    assertTrue(
        audit.contains("results.save")
            && audit.contains("results.publish")
            && audit.contains("results.withdraw"),
        audit);
  }

  @Test
  void staffWriteOnAPageThatKeepsWhatTheyTypedBesideTheError() {
    long topic = closedWithKeyPoint("図書館の開館時間について", "results-page");
    String path = "/staff/results-edit.xhtml?id=" + topic;
    WebSession staff = WebSession.signedIn(Forum.staff().email(), Accounts.PASSWORD);
    WebSession.Form form = staff.form(path, "resultsForm");
    String kept = "夜まで開けてほしいというご意見。" + "長".repeat(4000);
    form.set("resultsForm:summary_0", kept).set("resultsForm:wardView_0", "検討します。");
    WebSession.Page refused = staff.submit(form, "resultsForm:save");
    assertEquals(200, refused.status(), refused.toString());
    String error = between(refused.body(), "id=\"resultsForm:summary_0Error\"", "</");
    assertTrue(error.contains("4,000") || error.contains("4000"), error);
    assertTrue(refused.body().contains(kept), "what was typed is kept");
    assertTrue(refused.body().contains("検討します。"));

    form = staff.form(path, "resultsForm");
    form.set("resultsForm:summary_0", "夜まで開けてほしいというご意見がありました。")
        .set("resultsForm:wardView_0", "平日は20時まで開館します。");
    WebSession.Page saved = staff.submit(form, "resultsForm:save");
    assertTrue(saved.body().contains("保存しました"), saved.toString());
    WebSession.Page published =
        staff.submit(staff.form(path, "publicationForm"), "publicationForm:publish");
    assertTrue(published.body().contains("公開しました"), published.toString());
    String page = WebSession.anonymous().get("/results.xhtml?id=" + topic).body();
    assertTrue(page.contains("平日は20時まで開館します。"), page);
    assertTrue(page.contains("開館時間"));

    WebSession participant =
        WebSession.signedIn(Accounts.confirmed("results-page-p").email(), Accounts.PASSWORD);
    assertEquals(403, participant.get(path).status());
    assertEquals(404, staff.get("/staff/results-edit.xhtml?id=999999999").status());
  }

  /** A closed topic with three opinions, one approved key point 開館時間 over two of them. */
  static long closedWithKeyPoint(String title, String prefix) {
    String staff = Forum.staff().token();
    long topic = Forum.openTopic(title);
    Accounts.Participant p = Accounts.confirmed(prefix);
    long a = Forum.id(Forum.post(topic, "開館時間を夜まで延ばしてほしい。", p.token()));
    long b = Forum.id(Forum.post(topic, "土日の開館時間を長くしてほしい。", p.token()));
    Forum.post(topic, "自習室を増やしてほしい。", p.token());
    keyPoint(topic, "開館時間", List.of(a, b), staff);
    assertEquals(200, Api.post("/api/v1/topics/" + topic + "/closure", "", staff).status());
    return topic;
  }

  /** {@link #closedWithKeyPoint} with its results written and published. */
  static long publishedResults(String title, String prefix) {
    long topic = closedWithKeyPoint(title, prefix);
    String staff = Forum.staff().token();
    String path = "/api/v1/topics/" + topic + "/results-document";
    JsonObject draft = Api.get(path, staff).json();
    long keyPoint =
        draft.getJsonArray("rows").getJsonObject(0).getJsonNumber("keyPointId").longValue();
    List<Object[]> entries =
        List.of(
            new Object[] {
              keyPoint, "開館時間を夜や土日に延ばしてほしいというご意見がありました。", "平日は20時まで開館します。\n土日も18時まで開館します。"
            },
            new Object[] {null, "自習室を増やしてほしいというご意見がありました。", "改修の際に検討します。"});
    JsonObject saved =
        Api.put(path, edit(draft.getInt("version"), "ご意見ありがとうございました。", entries), staff).json();
    Api.Reply published =
        Api.post(path + "/publish", Api.json("version", saved.getInt("version")), staff);
    assertEquals(200, published.status(), published.body());
    return topic;
  }

  private static String between(String text, String start, String end) {
    int i = text.indexOf(start);
    assertTrue(i >= 0, start + " not in " + text);
    int j = text.indexOf(end, i + start.length());
    return text.substring(i, j < 0 ? text.length() : j);
  }

  private static List<String> find(List<List<String>> sheet, String first) {
    return sheet.stream()
        .filter(r -> !r.isEmpty() && first.equals(r.get(0)))
        .findFirst()
        .orElseThrow(() -> new AssertionError(first + " not in " + sheet));
  }

  private static long keyPoint(long topic, String label, List<Long> comments, String staff) {
    Api.Reply made =
        Api.post("/api/v1/topics/" + topic + "/key-points", keyPointJson(label, comments), staff);
    assertEquals(201, made.status(), made.body());
    JsonObject kp = made.json();
    Api.Reply approved =
        Api.send(
            Api.request("/api/v1/key-points/" + kp.getJsonNumber("id").longValue(), staff)
                .header("Content-Type", "application/json")
                .method(
                    "PATCH",
                    java.net.http.HttpRequest.BodyPublishers.ofString(
                        Api.json(
                            "version",
                            kp.getJsonNumber("version").longValue(),
                            "status",
                            "approved"))));
    assertEquals(200, approved.status(), approved.body());
    return kp.getJsonNumber("id").longValue();
  }

  private static String keyPointJson(String label, List<Long> comments) {
    JsonArrayBuilder ids = Json.createArrayBuilder();
    comments.forEach(ids::add);
    return Json.createObjectBuilder().add("label", label).add("commentIds", ids).build().toString();
  }

  private static String edit(long version, String introduction, List<Object[]> entries) {
    JsonArrayBuilder rows = Json.createArrayBuilder();
    for (Object[] e : entries) {
      var row = Json.createObjectBuilder();
      if (e[0] == null) {
        row.addNull("keyPointId");
      } else {
        row.add("keyPointId", ((Number) e[0]).longValue());
      }
      rows.add(row.add("summary", (String) e[1]).add("wardView", (String) e[2]));
    }
    return Json.createObjectBuilder()
        .add("version", version)
        .add("introduction", introduction)
        .add("entries", rows)
        .build()
        .toString();
  }
}
