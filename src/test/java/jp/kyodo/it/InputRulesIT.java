package jp.kyodo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 11, item 3: a NUL byte (and any other character no one types) in a filter is a 400 that
 * names the parameter, for the API and the pages alike; so are malformed encodings. The other
 * inputs that answered 500: a watched word longer than its column once folded, the statistics CSV
 * without a table, the topic editor for no topic, a long moderation reason in the audit log.
 */
@ExtendWith(KyodoServer.class)
class InputRulesIT {

  private static void assertRefused(Api.Reply reply, String parameter) {
    assertEquals(400, reply.status(), reply.body());
    assertEquals("application/problem+json", reply.mediaType());
    JsonObject problem = reply.json();
    assertEquals("invalid_input", problem.getString("code"));
    assertEquals(List.of(parameter), reply.errorFields());
    assertFalse(problem.getJsonArray("errors").getJsonObject(0).getString("message").isBlank());
  }

  @ParameterizedTest
  @ValueSource(strings = {"area", "policyArea", "district", "status", "sort"})
  void aNulInATopicFilterIsABadRequestNamingIt(String parameter) {
    assertRefused(Api.get("/api/v1/topics?" + parameter + "=%00", null), parameter);
    assertRefused(Api.get("/api/v1/topics?" + parameter + "=a%E2%80%AEb", null), parameter);
  }

  @Test
  void administratorsFiltersRefuseNulToo() {
    String admin = Accounts.admin();
    for (String parameter : List.of("action", "targetType", "targetId", "actorId", "from")) {
      assertRefused(Api.get("/api/v1/audit-log?" + parameter + "=x%00", admin), parameter);
      assertRefused(
          Api.get("/api/v1/audit-log/export.csv?" + parameter + "=x%00", admin), parameter);
    }
    assertRefused(Api.get("/api/v1/outbox?recipient=%00", admin), "recipient");
    assertRefused(Api.get("/api/v1/participants?q=%00", admin), "q");
    assertRefused(Api.get("/api/v1/participants?q=" + "a".repeat(1001), admin), "q");
  }

  @Test
  void malformedPercentEncodingAndBytesThatAreNotUtf8AreRefused() throws Exception {
    for (String query :
        List.of("area=%zz", "area=%", "area=%ff", "area=%C3%28", "area=%ED%A0%80")) {
      Raw r = raw("GET /api/v1/topics?" + query + " HTTP/1.1");
      assertEquals(400, r.status(), query + " " + r.body());
      assertTrue(r.contentType().startsWith("application/problem+json"), r.contentType());
      JsonObject problem = Json.createReader(new StringReader(r.body())).readObject();
      assertEquals(
          "area", problem.getJsonArray("errors").getJsonObject(0).getString("field"), query);
    }
    Raw rawByte =
        raw(
            "GET /api/v1/topics?area="
                + new String(new byte[] {(byte) 0xFF}, "ISO-8859-1")
                + " HTTP/1.1");
    assertEquals(400, rawByte.status(), rawByte.body());
    // well-formed UTF-8 (世) is decoded and reaches the check of the value: not an area code
    Raw ok = raw("GET /api/v1/topics?area=%E4%B8%96 HTTP/1.1");
    assertEquals(400, ok.status(), ok.body());
    assertTrue(ok.body().contains("選択肢にない値です"), ok.body());
    assertFalse(ok.body().contains("符号化"), "not refused for its encoding: " + ok.body());
  }

  @Test
  void aRequestTheServerRefusesItselfIsStillAProblemOnTheApiNotAnHtmlPage() throws Exception {
    Raw twoTypes =
        raw(
            "POST /api/v1/participants HTTP/1.1",
            "Content-Type: application/json\r\nContent-Type: text/plain\r\n"
                + "Content-Length: 2\r\n\r\n{}");
    assertEquals(400, twoTypes.status(), twoTypes.body());
    assertTrue(twoTypes.contentType().startsWith("application/problem+json"), twoTypes.body());
    JsonObject problem = Json.createReader(new StringReader(twoTypes.body())).readObject();
    assertEquals("http_400", problem.getString("code"));
    assertEquals(400, problem.getInt("status"));
  }

  @Test
  void pagesAnswerANulWithABadRequestPageThatNamesTheParameter() {
    WebSession.Page topics = WebSession.anonymous().get("/topics.xhtml?area=%00");
    assertEquals(400, topics.status(), topics.body());
    assertTrue(topics.body().contains("id=\"error-message\""), topics.body());
    assertTrue(topics.body().contains("「area」"), topics.body());
    assertEquals("入力内容に誤りがあります", topics.heading());

    WebSession admin = WebSession.signedIn(KyodoServer.ADMIN_EMAIL, KyodoServer.ADMIN_PASSWORD);
    for (String path :
        List.of(
            "/admin/audit.xhtml?action=%00",
            "/admin/audit.xhtml?targetId=a%07", "/admin/audit-log.csv?targetType=%00")) {
      WebSession.Page page = admin.get(path);
      assertEquals(400, page.status(), path);
      assertTrue(page.body().contains("id=\"error-message\""), path + " " + page.body());
    }
    for (String[] form :
        List.of(
            new String[] {"/admin/outbox.xhtml", "outboxForm", "outboxForm:recipient"},
            new String[] {"/admin/participants.xhtml", "searchForm", "searchForm:query"})) {
      WebSession.Form f = admin.form(form[0], form[1]).set(form[2], "a\u0000b");
      WebSession.Page page = admin.submit(f, f.buttons.get(0));
      assertEquals(400, page.status(), form[0] + " " + page.body());
      assertTrue(page.body().contains("「" + form[2].split(":")[1] + "」"), page.body());
    }
  }

  @Test
  void aWatchedWordLongerThanItsColumnOnceFoldedIsRefused() throws Exception {
    // ﷺ is one character, but 18 once folded (NFKC): 10 of them are 180
    String word = "\uFDFA".repeat(10);
    Api.Reply reply =
        Api.post(
            "/api/v1/moderation/watched-words",
            Api.json("word", word, "action", "flag"),
            Accounts.admin());
    assertRefused(reply, "word");
    assertTrue(
        reply.json().getJsonArray("errors").getJsonObject(0).getString("message").contains("100"));
    assertEquals(0, count("select count(*) from watched_word where word = ?", word));
  }

  @Test
  void theStatisticsCsvWithoutATableSaysSo() {
    WebSession admin = WebSession.signedIn(KyodoServer.ADMIN_EMAIL, KyodoServer.ADMIN_PASSWORD);
    WebSession.Page missing = admin.get("/admin/statistics-csv.xhtml");
    assertEquals(400, missing.status(), missing.body());
    assertTrue(missing.body().contains("「table」"), missing.body());
    WebSession.Page unknown = admin.get("/admin/statistics-csv.xhtml?table=nothing");
    assertEquals(404, unknown.status(), unknown.body());
    assertEquals("見つかりません", unknown.heading());
    WebSession.Page badDate = admin.get("/admin/statistics-csv.xhtml?table=funnel&from=yesterday");
    assertEquals(400, badDate.status(), badDate.body());
    assertTrue(badDate.body().contains("「from」"), badDate.body());
    WebSession.Page csv = admin.get("/admin/statistics-csv.xhtml?table=funnel");
    assertEquals(200, csv.status());
    assertTrue(csv.contentType().startsWith("text/csv"), csv.contentType());
  }

  @Test
  void theTopicEditorForNoTopicIsNotFound() {
    WebSession staff = WebSession.signedIn(Forum.staff().email(), Accounts.PASSWORD);
    for (String id : List.of("0", "abc", "99999999999999999999", "999999999")) {
      WebSession.Page page = staff.get("/staff/topic-edit.xhtml?id=" + id);
      assertEquals(404, page.status(), id + " " + page.body());
      assertEquals("見つかりません", page.heading());
    }
    assertEquals(200, staff.get("/staff/topic-edit.xhtml").status(), "a new topic");
  }

  @Test
  void aLongReasonIsCutInTheAuditLogNotRefusedWithA500() throws Exception {
    Accounts.Participant target = Accounts.confirmed("long-reason");
    String moderator = Moderation.moderator("long-reason-mod").token();
    String reason = "長".repeat(2000);
    Api.Reply warned =
        Api.post(
            "/api/v1/sanctions/participant/" + target.id(),
            Api.json("kind", "warn", "reason", reason),
            moderator);
    assertEquals(201, warned.status(), warned.body());
    try (Connection db = KyodoServer.database();
        PreparedStatement ps =
            db.prepareStatement(
                "select reason from audit_entry where action = 'sanction.warn'"
                    + " and target_id = ? order by id desc limit 1")) {
      ps.setString(1, String.valueOf(target.id()));
      try (ResultSet rs = ps.executeQuery()) {
        assertTrue(rs.next());
        assertEquals("長".repeat(999) + "…", rs.getString(1));
      }
    }
  }

  @Test
  void participantSearchTakesWildcardsLiterally() {
    String marker = "q" + System.nanoTime();
    Accounts.register(Accounts.uniqueEmail("lit"), Accounts.PASSWORD, marker + "_x");
    Accounts.register(Accounts.uniqueEmail("lit"), Accounts.PASSWORD, marker + "yx");
    Api.Reply found = Api.get("/api/v1/participants?q=" + marker + "_x", Accounts.admin());
    assertEquals(200, found.status(), found.body());
    assertEquals(1, found.array().size(), found.body());
    Api.Reply percent = Api.get("/api/v1/participants?q=" + marker + "%25", Accounts.admin());
    assertEquals(0, percent.array().size(), percent.body());
  }

  private static long count(String sql, Object... params) throws Exception {
    try (Connection db = KyodoServer.database();
        PreparedStatement ps = db.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        ps.setObject(i + 1, params[i]);
      }
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  /** A response to a request sent as raw bytes (no client would send them malformed). */
  private record Raw(int status, String contentType, String body) {}

  private static Raw raw(String requestLine) throws Exception {
    return raw(requestLine, "");
  }

  /** headers: further header lines, each ending in CRLF, and a body after an empty line. */
  private static Raw raw(String requestLine, String headersAndBody) throws Exception {
    URI base = URI.create(KyodoServer.baseUrl());
    try (Socket socket = new Socket(base.getHost(), base.getPort())) {
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      out.write(
          (requestLine
                  + "\r\nHost: "
                  + base.getHost()
                  + "\r\nConnection: close\r\n"
                  + (headersAndBody.isEmpty() ? "\r\n" : headersAndBody))
              .getBytes(StandardCharsets.ISO_8859_1)); // bytes as written: 0xFF stays 0xFF
      out.flush();
      InputStream in = socket.getInputStream();
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      in.transferTo(bytes);
      String response = bytes.toString(StandardCharsets.UTF_8);
      int end = response.indexOf("\r\n\r\n");
      String head = end < 0 ? response : response.substring(0, end);
      String body = end < 0 ? "" : response.substring(end + 4);
      String type = "";
      for (String line : head.split("\r\n")) {
        if (line.toLowerCase().startsWith("content-type:")) {
          type = line.substring(13).strip();
        }
        if (line.toLowerCase().startsWith("transfer-encoding: chunked")) {
          body = body.substring(body.indexOf("\r\n") + 2);
          body = body.substring(0, Math.max(0, body.lastIndexOf("\r\n0\r\n")));
        }
      }
      return new Raw(Integer.parseInt(head.split(" ")[1]), type, body);
    }
  }
}
