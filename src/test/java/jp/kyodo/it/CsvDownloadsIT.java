package jp.kyodo.it;

import static jp.kyodo.it.CsvFiles.bearer;
import static jp.kyodo.it.CsvFiles.download;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every CSV download keeps one convention (UTF-8 with a byte-order mark, CRLF, a header row,
 * formulas inert) and is headed in Japanese unless the reader asked for English — through the API
 * (Accept-Language) and through the pages (the page language). Open data keeps its stable column
 * names in every language.
 */
@ExtendWith(KyodoServer.class)
class CsvDownloadsIT {
  private static final String TABLE = "registrants-age_band";

  @Test
  void statisticsTablesAreHeadedInJapaneseUnlessEnglishIsAsked() {
    String admin = bearer(Accounts.admin());
    String path = "/api/v1/stats/tables/" + TABLE + ".csv";
    List<String> ja = download(path, "Authorization", admin).header();
    assertEquals(List.of("コード", "区分"), ja.subList(0, 2));
    assertTrue(ja.contains("登録者"), ja.toString());
    assertEquals("秘匿した項目", ja.get(ja.size() - 1));
    CsvFiles.File en = download(path, "Authorization", admin, "Accept-Language", "en");
    assertEquals(List.of("Code", "Group"), en.header().subList(0, 2));
    assertEquals("Suppressed", en.header().get(en.header().size() - 1));
    assertTrue(en.text().contains("\r\n20s,20s,"), en.text());
    assertEquals(
        ja.size(), en.header().size(), "the same columns, in the other language: " + en.header());

    String session = adminSession();
    String page = "/admin/statistics-csv.xhtml?table=" + TABLE;
    assertEquals(ja, download(page, "Cookie", session).header());
    assertEquals(en.header(), download(page + "&lang=en", "Cookie", session).header());
  }

  @Test
  void theAuditLogExportIsHeadedInJapaneseUnlessEnglishIsAsked() {
    String admin = bearer(Accounts.admin());
    List<String> ja = List.of("番号", "日時", "実行者ID", "操作", "対象の種類", "対象ID", "理由", "詳細");
    List<String> en =
        List.of(
            "ID", "Time", "Actor ID", "Action", "Target type", "Target ID", "Reason", "Details");
    String api = "/api/v1/audit-log/export.csv?action=audit_log.";
    assertEquals(ja, download(api, "Authorization", admin).header());
    assertEquals(en, download(api, "Authorization", admin, "Accept-Language", "en").header());
    assertEquals(
        ja, download(api, "Authorization", admin, "Accept-Language", "fr, ja;q=0.5").header());

    String session = adminSession();
    String page = "/admin/audit-log.csv?action=audit_log.";
    CsvFiles.File pageJa = download(page, "Cookie", session);
    assertEquals(ja, pageJa.header());
    assertTrue(pageJa.text().contains(",audit_log.export,audit_log,"), "the export is audited");
    assertEquals(en, download(page + "&lang=en", "Cookie", session).header());
  }

  @Test
  void aTopicsCommentsAreHeadedAndWrittenInTheReadersLanguageWithFormulasInert() {
    long topic = Forum.openTopic("CSVの議題");
    Accounts.Participant staff = Forum.staff();
    Api.Reply opinion =
        Api.post(
            "/api/v1/topics/" + topic + "/comments",
            Api.json("body", "=1+1 ではなく歩道を広げて", "stance", "agree"),
            Accounts.confirmed("csv-writer").token());
    assertEquals(201, opinion.status(), opinion.body());
    Forum.reply(Forum.id(opinion.json()), "@区より 検討します", staff.token());

    String api = "/api/v1/stats/topics/" + topic + "/comments.csv";
    CsvFiles.File ja = download(api, "Authorization", bearer(staff.token()));
    assertEquals(
        List.of("意見番号", "返信先の意見番号", "階層", "立場", "投稿日時", "区職員の投稿", "受付方法", "賛成の数", "反対の数", "本文"),
        ja.header());
    assertEquals(3, ja.lines().size(), ja.text());
    assertTrue(ja.lines().get(1).contains(",賛成,"), ja.lines().get(1));
    assertTrue(ja.lines().get(1).endsWith(",いいえ,Web,0,0,'=1+1 ではなく歩道を広げて"), ja.lines().get(1));
    assertTrue(ja.lines().get(2).endsWith(",はい,Web,0,0,'@区より 検討します"), ja.lines().get(2));

    CsvFiles.File en =
        download(api, "Authorization", bearer(staff.token()), "Accept-Language", "en-US");
    assertEquals(
        List.of(
            "Comment ID",
            "In reply to",
            "Depth",
            "Stance",
            "Posted at",
            "By ward staff",
            "Channel",
            "Agree",
            "Disagree",
            "Text"),
        en.header());
    assertTrue(en.lines().get(1).contains(",Agree,"), en.lines().get(1));
    assertTrue(en.lines().get(2).endsWith(",Yes,Web,0,0,'@区より 検討します"), en.lines().get(2));

    String session = WebForms.sessionOf(WebForms.signIn(staff.email(), Accounts.PASSWORD));
    String page = "/reports/topic-comments-csv.xhtml?id=" + topic;
    assertEquals(
        ja.text(), download(page, "Cookie", session).text(), "the page's file is the API's");
    assertEquals(en.header(), download(page + "&lang=en", "Cookie", session).header());
  }

  @Test
  void openDataKeepsItsStableColumnNamesInEveryLanguage() {
    List<String> columns =
        List.of(
            "month",
            "complete",
            "area_code",
            "area_name_ja",
            "area_name_en",
            "policy_area_code",
            "policy_area_name_ja",
            "policy_area_name_en",
            "participants",
            "comments",
            "reactions",
            "suppressed");
    String path = "/api/v1/open-data/participation.csv";
    assertEquals(columns, download(path).header());
    assertEquals(columns, download(path, "Accept-Language", "en").header());
    assertEquals(columns, download(path, "Accept-Language", "ja").header());

    // the column dictionary says what each holds, in both languages
    Api.Reply json = Api.get("/api/v1/open-data/participation.json", null);
    var dictionary = json.json().getJsonArray("dictionary");
    assertEquals(columns.size(), dictionary.size());
    assertEquals("participants", dictionary.getJsonObject(8).getString("name"));
    assertTrue(dictionary.getJsonObject(8).getString("labelJa").startsWith("参加者数"));
    assertEquals("integer", dictionary.getJsonObject(8).getString("type"));
    String page = WebForms.get("/open-data.xhtml", null).body();
    assertTrue(page.contains("<code>policy_area_code</code>"), page);
    assertTrue(page.contains("政策分野のコード"), page);
  }

  private static String adminSession() {
    return WebForms.sessionOf(WebForms.signIn(KyodoServer.ADMIN_EMAIL, KyodoServer.ADMIN_PASSWORD));
  }
}
