package jp.kyodo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(KyodoServer.class)
class ModerationApiIT {

  @Test
  void reportsFromDistinctParticipantsHideAtTheThresholdAndAModeratorRestores() {
    Accounts.Participant author = Accounts.confirmed("reported-author");
    Accounts.Participant moderator = Moderation.moderator("mod-restore");
    long topic = Forum.openTopic("通報と自動非表示");
    String text = "通報されるテキスト " + UUID.randomUUID();
    long comment = Forum.id(Forum.post(topic, text, author.token()));
    int countBefore = Api.get("/api/v1/topics/" + topic, null).json().getInt("commentCount");

    long caseId = 0;
    for (int i = 1; i <= 3; i++) {
      Api.Reply r = Moderation.report(comment, "abuse", Accounts.confirmed("reporter").token());
      assertEquals(201, r.status(), r.body());
      caseId = r.json().getJsonNumber("caseId").longValue();
      JsonObject seen =
          Api.get("/api/v1/comments/" + comment, null).json().getJsonObject("comment");
      if (i < 3) {
        assertEquals(text, seen.getString("body"), "still public after " + i + " reports");
      } else {
        assertFalse(seen.containsKey("body") && !seen.isNull("body"), "hidden at the threshold");
        assertEquals("hidden", seen.getString("status"));
        assertEquals("abuse", seen.getString("moderationReason"));
      }
    }
    assertEquals(
        countBefore - 1, Api.get("/api/v1/topics/" + topic, null).json().getInt("commentCount"));

    JsonObject detail = Moderation.caseOf(caseId, moderator.token());
    JsonObject c = detail.getJsonObject("moderationCase");
    assertEquals("hidden", c.getString("state"));
    assertEquals(3, c.getInt("reportCount"));
    assertTrue(c.getBoolean("awaitingDecision"), "an automatic hide waits for a person");
    assertEquals(text, detail.getJsonObject("item").getString("text"), "moderators read it");
    assertEquals(3, detail.getJsonArray("reports").size());
    assertEquals(
        List.of("reported", "reported", "reported", "auto_hidden"),
        detail.getJsonArray("history").stream()
            .map(h -> h.asJsonObject().getString("kind"))
            .toList());
    assertTrue(
        Api.get("/api/v1/moderation/cases", moderator.token())
            .body()
            .contains(text.substring(0, 9)));

    // the author still sees the text, learns why, by mail and in their list
    JsonObject mine =
        Api.get("/api/v1/moderation/my-cases", author.token()).array().getJsonObject(0);
    assertEquals(text, mine.getString("text"));
    assertEquals("hidden", mine.getString("state"));
    assertTrue(mine.getBoolean("canRequestReview"));
    assertTrue(Accounts.latestMail(author.email(), "非表示").getString("body").contains("誹謗中傷"));

    Moderation.decideNow(caseId, "restore", null, moderator.token());
    JsonObject back = Api.get("/api/v1/comments/" + comment, null).json().getJsonObject("comment");
    assertEquals(text, back.getString("body"));
    assertEquals("visible", back.getString("status"));
    assertEquals(
        countBefore, Api.get("/api/v1/topics/" + topic, null).json().getInt("commentCount"));
    assertEquals(
        "restored",
        Moderation.caseOf(caseId, moderator.token())
            .getJsonObject("moderationCase")
            .getString("state"));

    // published in the monthly report, numbers only
    Api.Reply report = Api.get("/api/v1/moderation/report", null);
    assertEquals(200, report.status(), report.body());
    JsonObject month = report.array().getJsonObject(0);
    assertEquals(
        LocalDate.now(ZoneId.of("Asia/Tokyo")).toString().substring(0, 7),
        month.getString("month"));
    assertTrue(month.getJsonObject("totals").getInt("reported") >= 3);
    assertTrue(month.getJsonObject("totals").getInt("restored") >= 1);
    assertTrue(month.getJsonObject("byReason").getJsonObject("hidden").getInt("abuse") >= 1);
    assertFalse(report.body().contains(author.email()));
  }

  @Test
  void aParticipantReportsAnItemOnlyOnceAndNeverTheirOwn() {
    Accounts.Participant author = Accounts.confirmed("dup-author");
    Accounts.Participant reporter = Accounts.confirmed("dup-reporter");
    long comment = Forum.id(Forum.post(Forum.openTopic("重複通報"), "一度だけ通報できます", author.token()));
    assertEquals(201, Moderation.report(comment, "spam", reporter.token()).status());
    Api.Reply again = Moderation.report(comment, "abuse", reporter.token());
    assertEquals(409, again.status(), again.body());
    assertEquals("application/problem+json", again.mediaType());
    assertEquals("already_reported", again.json().getString("code"));

    Api.Reply own = Moderation.report(comment, "spam", author.token());
    assertEquals(422, own.status(), own.body());
    Api.Reply unknown = Moderation.report(comment, "boring", Accounts.confirmed("x").token());
    assertEquals(400, unknown.status());
    assertEquals(List.of("reason"), unknown.errorFields());
    Api.Reply otherWithoutText =
        Api.post(
            "/api/v1/comments/" + comment + "/reports",
            Api.json("reason", "other"),
            Accounts.confirmed("y").token());
    assertEquals(400, otherWithoutText.status());
    assertEquals(List.of("text"), otherWithoutText.errorFields());
    assertEquals(401, Moderation.report(comment, "spam", null).status());
  }

  @Test
  void ofTwoModeratorsDecidingAtOnceOneWinsAndTheOtherGetsAConflict() throws Exception {
    Accounts.Participant first = Moderation.moderator("mod-first");
    Accounts.Participant second = Moderation.moderator("mod-second");
    long comment =
        Forum.id(
            Forum.post(Forum.openTopic("同時の判断"), "二人が同時に判断します", Accounts.confirmed("a").token()));
    long caseId =
        Moderation.report(comment, "spam", Accounts.confirmed("r").token())
            .json()
            .getJsonNumber("caseId")
            .longValue();
    long version =
        Moderation.caseOf(caseId, first.token())
            .getJsonObject("moderationCase")
            .getJsonNumber("version")
            .longValue();
    long hide = Moderation.template("hide", "spam", first.token());
    long dismiss = Moderation.template("dismiss", null, first.token());

    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    List<Future<Api.Reply>> replies = new ArrayList<>();
    try {
      replies.add(
          pool.submit(
              () -> {
                start.await();
                return Moderation.decide(caseId, "hide", hide, version, first.token());
              }));
      replies.add(
          pool.submit(
              () -> {
                start.await();
                return Moderation.decide(caseId, "dismiss", dismiss, version, second.token());
              }));
      start.countDown();
      List<Integer> statuses = new ArrayList<>();
      for (Future<Api.Reply> f : replies) {
        Api.Reply r = f.get();
        statuses.add(r.status());
        if (r.status() == 409) {
          assertEquals("application/problem+json", r.mediaType());
          assertEquals("stale_version", r.json().getString("code"));
        }
      }
      assertEquals(List.of(200, 409), statuses.stream().sorted().toList(), statuses.toString());
    } finally {
      pool.shutdownNow();
    }
    JsonObject detail = Moderation.caseOf(caseId, first.token());
    long decisions =
        detail.getJsonArray("history").stream()
            .map(h -> h.asJsonObject().getString("kind"))
            .filter(k -> k.equals("hide") || k.equals("dismiss"))
            .count();
    assertEquals(1, decisions, "exactly one decision in the history");

    // with the current version, an illegal transition is still a conflict, not an overwrite
    JsonObject now = detail.getJsonObject("moderationCase");
    String illegal = now.getString("state").equals("hidden") ? "dismiss" : "restore";
    Api.Reply wrong =
        Moderation.decide(
            caseId,
            illegal,
            Moderation.template(illegal, null, first.token()),
            now.getJsonNumber("version").longValue(),
            first.token());
    assertEquals(409, wrong.status(), wrong.body());
    assertEquals("case_state", wrong.json().getString("code"));
  }

  @Test
  void watchedWordsMatchJapaneseAndEnglishWhateverTheWidthCaseOrKana() {
    Moderation.watch("ｂａｄｗｏｒｄ", "block");
    Moderation.watch("ばかやろう", "hold");
    Moderation.watch("すぱむご", "flag");
    Accounts.Participant writer = Accounts.confirmed("words");
    long topic = Forum.openTopic("注意語句");

    for (String blocked : List.of("this is a BADWORD here", "ＢａｄＷｏｒｄ", "そのbadwordは")) {
      Api.Reply r =
          Api.post(
              "/api/v1/topics/" + topic + "/comments", Api.json("body", blocked), writer.token());
      assertEquals(400, r.status(), blocked + ": " + r.body());
      assertEquals(List.of("body"), r.errorFields());
      assertTrue(r.body().contains("ｂａｄｗｏｒｄ"), "the message names the word: " + r.body());
    }

    for (String held : List.of("本当にバカヤロウだと思う", "ﾊﾞｶﾔﾛｳ！")) {
      JsonObject c = Forum.post(topic, held, writer.token());
      assertEquals("held", c.getString("status"), held);
      assertEquals("watched_word", c.getString("moderationReason"));
      assertEquals(held, c.getString("body"), "the author sees their own held text");
    }
    String published = Api.get("/api/v1/topics/" + topic + "/comments", null).body();
    assertFalse(published.contains("ﾊﾞｶﾔﾛｳ") || published.contains("バカヤロウ"), published);

    JsonObject flagged = Forum.post(topic, "これはスパムゴを含む意見", writer.token());
    assertEquals("visible", flagged.getString("status"), "a flag publishes");
    String queue = Api.get("/api/v1/moderation/cases", Moderation.moderator("m").token()).body();
    assertTrue(queue.contains("これはスパムゴを含む意見"), queue);

    Api.Reply sameWord =
        Api.post(
            "/api/v1/moderation/watched-words",
            Api.json("word", "ＢＡＤＷＯＲＤ", "action", "flag"),
            Accounts.admin());
    assertEquals(409, sameWord.status(), sameWord.body());
  }

  @Test
  void personalInformationIsHeldAndTheMyNumberCheckDigitDecides() {
    Accounts.Participant writer = Accounts.confirmed("pii");
    long topic = Forum.openTopic("個人情報");
    for (String text :
        List.of(
            "私のマイナンバーは 1234 5678 9018 です",
            "番号は１２３４５６７８９０１８",
            "電話は 03-1234-5678 までどうぞ",
            "連絡は taro.yamada@example.jp へ",
            "自宅は太子堂一丁目2番3号です")) {
      JsonObject c = Forum.post(topic, text, writer.token());
      assertEquals("held", c.getString("status"), text);
      assertEquals("personal_info", c.getString("moderationReason"), text);
    }
    // twelve digits with a wrong check digit are not an individual number
    JsonObject notMyNumber = Forum.post(topic, "受付番号 123456789012 の件です", writer.token());
    assertEquals("visible", notMyNumber.getString("status"));
    JsonObject mine =
        Api.get("/api/v1/moderation/my-cases", writer.token()).array().getJsonObject(0);
    assertEquals("held", mine.getString("state"));
    assertEquals("personal_info", mine.getString("reason"));
  }

  @Test
  void aPremoderatedTopicHoldsCommentsUntilAModeratorApproves() {
    Accounts.Participant writer = Accounts.confirmed("premod");
    Accounts.Participant moderator = Moderation.moderator("mod-premod");
    long topic = Forum.openTopic("事前確認の議題");
    Api.Reply refused =
        Api.put(
            "/api/v1/topics/" + topic + "/premoderation",
            Api.json("enabled", true),
            writer.token());
    assertEquals(403, refused.status());
    assertEquals("forbidden", refused.json().getString("code"));
    assertFalse(Api.get("/api/v1/topics/" + topic, null).json().getBoolean("premoderated"));
    Api.Reply on =
        Api.put(
            "/api/v1/topics/" + topic + "/premoderation",
            Api.json("enabled", true),
            Forum.staff().token());
    assertEquals(200, on.status(), on.body());
    assertTrue(Api.get("/api/v1/topics/" + topic, null).json().getBoolean("premoderated"));

    String text = "確認待ちの意見 " + UUID.randomUUID();
    JsonObject held = Forum.post(topic, text, writer.token());
    assertEquals("held", held.getString("status"));
    assertEquals("premoderation", held.getString("moderationReason"));
    assertFalse(Api.get("/api/v1/topics/" + topic + "/comments", null).body().contains(text));
    assertEquals(404, Api.get("/api/v1/comments/" + Forum.id(held), null).status());
    assertEquals(0, Api.get("/api/v1/topics/" + topic, null).json().getInt("commentCount"));

    JsonObject queued =
        Api.get("/api/v1/moderation/cases", moderator.token()).array().stream()
            .map(JsonValue::asJsonObject)
            .filter(
                q ->
                    q.getJsonObject("moderationCase").getJsonNumber("targetId").longValue()
                        == Forum.id(held))
            .findFirst()
            .orElseThrow();
    long caseId = queued.getJsonObject("moderationCase").getJsonNumber("id").longValue();
    assertEquals("held", queued.getJsonObject("moderationCase").getString("state"));

    Moderation.decideNow(caseId, "approve", null, moderator.token());
    assertTrue(Api.get("/api/v1/topics/" + topic + "/comments", null).body().contains(text));
    assertEquals(1, Api.get("/api/v1/topics/" + topic, null).json().getInt("commentCount"));
    assertNotNull(Accounts.latestMail(writer.email(), "公開しました"));
  }

  @Test
  void aSuspendedParticipantCanReadButIsRefusedWithTheReasonUntilLifted() {
    Accounts.Participant p = Accounts.confirmed("suspended");
    Accounts.Participant moderator = Moderation.moderator("mod-sanction");
    long topic = Forum.openTopic("利用停止");
    long comment = Forum.id(Forum.post(topic, "停止前の投稿", Accounts.confirmed("o").token()));
    // posting before: the server has the actor cached, and knows p as unsanctioned
    JsonObject own = Forum.post(topic, "停止前の自分の投稿", p.token());
    String until = LocalDate.now(ZoneId.of("Asia/Tokyo")).plusDays(7).toString();

    Api.Reply byParticipant =
        Api.post(
            "/api/v1/sanctions/participant/" + p.id(),
            Api.json("kind", "suspend", "reason", "x", "until", until),
            Accounts.confirmed("q").token());
    assertEquals(403, byParticipant.status());
    assertEquals("forbidden", byParticipant.json().getString("code"));
    Api.Reply noEnd =
        Api.post(
            "/api/v1/sanctions/participant/" + p.id(),
            Api.json("kind", "suspend", "reason", "x"),
            moderator.token());
    assertEquals(400, noEnd.status());
    assertEquals(List.of("until"), noEnd.errorFields());

    Api.Reply suspended =
        Api.post(
            "/api/v1/sanctions/participant/" + p.id(),
            Api.json("kind", "suspend", "reason", "繰り返しの誹謗中傷", "until", until),
            moderator.token());
    assertEquals(201, suspended.status(), suspended.body());
    long sanction = suspended.json().getJsonNumber("id").longValue();

    Api.Reply post =
        Api.post("/api/v1/topics/" + topic + "/comments", Api.json("body", "投稿"), p.token());
    assertEquals(403, post.status(), post.body());
    assertEquals("sanctioned", post.json().getString("code"));
    assertTrue(post.json().getString("detail").contains("繰り返しの誹謗中傷"), post.body());
    // the end of the day given, written the ward's one way: 「2026/12/10 まで」
    assertTrue(
        post.json().getString("detail").contains(until.replace('-', '/') + " まで"), post.body());
    assertFalse(post.json().getString("detail").contains("24:00"), post.body());
    assertEquals(
        403,
        Api.put("/api/v1/comments/" + comment + "/reaction", Api.json("kind", "agree"), p.token())
            .status());
    assertEquals(403, Moderation.report(comment, "spam", p.token()).status());
    Api.Reply edit =
        Api.put(
            "/api/v1/comments/" + Forum.id(own),
            Api.json("body", "停止中に書き換え", "version", own.getJsonNumber("version").longValue()),
            p.token());
    assertEquals(403, edit.status(), edit.body());
    assertEquals("sanctioned", edit.json().getString("code"));
    assertEquals(
        "停止前の自分の投稿",
        Api.get("/api/v1/comments/" + Forum.id(own), null)
            .json()
            .getJsonObject("comment")
            .getString("body"),
        "the old text stands");
    assertEquals(200, Api.get("/api/v1/topics/" + topic + "/comments", p.token()).status());
    String mail = Accounts.latestMail(p.email(), "利用停止").getString("body");
    assertTrue(mail.contains(until.replace('-', '/') + " まで利用停止"), mail);

    Api.Reply lifted =
        Api.post(
            "/api/v1/sanctions/" + sanction + "/lift",
            Api.json("reason", "本人から反省の連絡があったため"),
            moderator.token());
    assertEquals(200, lifted.status(), lifted.body());
    assertEquals(
        201,
        Api.post("/api/v1/topics/" + topic + "/comments", Api.json("body", "再開"), p.token())
            .status());
    Api.Reply audit =
        Api.get("/api/v1/audit-log?action=sanction.&targetId=" + p.id(), Accounts.admin());
    assertEquals(
        List.of("sanction.lift", "sanction.suspend"),
        audit.array().stream().map(e -> e.asJsonObject().getString("action")).toList());
  }

  @Test
  void postingFasterThanTheLimitGets429WithRetryAfter() {
    Accounts.Participant p = Accounts.confirmed("flood");
    long topic = Forum.openTopic("連投");
    int accepted = 0;
    Api.Reply last = null;
    for (int i = 0; i <= KyodoServer.COMMENTS_PER_MINUTE; i++) {
      last =
          Api.post("/api/v1/topics/" + topic + "/comments", Api.json("body", "連投 " + i), p.token());
      if (last.status() != 201) {
        break;
      }
      accepted++;
    }
    assertEquals(KyodoServer.COMMENTS_PER_MINUTE, accepted);
    assertEquals(429, last.status(), last.body());
    assertEquals("application/problem+json", last.mediaType());
    assertEquals("rate_limited", last.json().getString("code"));
    assertTrue(Integer.parseInt(last.header("Retry-After")) > 0);
    assertEquals(
        KyodoServer.COMMENTS_PER_MINUTE,
        Api.get("/api/v1/topics/" + topic, null).json().getInt("commentCount"),
        "the refused comment was not saved");
  }

  @Test
  void participantsCannotReachTheQueueOrTheAuditLog() {
    String participant = Accounts.confirmed("curious").token();
    String moderator = Moderation.moderator("mod-limits").token();
    for (String path :
        List.of(
            "/api/v1/moderation/cases",
            "/api/v1/moderation/templates",
            "/api/v1/audit-log",
            "/api/v1/audit-log/export.csv",
            "/api/v1/moderation/watched-words")) {
      Api.Reply r = Api.get(path, participant);
      assertEquals(403, r.status(), path);
      assertEquals("application/problem+json", r.mediaType(), path);
      assertEquals(401, Api.get(path, null).status(), path);
    }
    assertEquals(403, Api.get("/api/v1/audit-log", moderator).status(), "administrators only");
    assertEquals(
        403,
        Api.post(
                "/api/v1/moderation/watched-words",
                Api.json("word", "w", "action", "flag"),
                moderator)
            .status());
    assertEquals(404, Api.get("/api/v1/moderation/cases/999999999", moderator).status());
  }

  @Test
  void theAuditLogFiltersAndExportsCsv() {
    Accounts.Participant moderator = Moderation.moderator("mod-audit");
    long comment =
        Forum.id(Forum.post(Forum.openTopic("監査ログ"), "監査される投稿", Accounts.confirmed("w").token()));
    long caseId =
        Moderation.report(comment, "off_topic", Accounts.confirmed("r").token())
            .json()
            .getJsonNumber("caseId")
            .longValue();
    Moderation.decideNow(caseId, "hide", "off_topic", moderator.token());

    Api.Reply filtered =
        Api.get(
            "/api/v1/audit-log?action=moderation.&targetType=comment&targetId=" + comment,
            Accounts.admin());
    assertEquals(200, filtered.status(), filtered.body());
    JsonObject entry = filtered.array().getJsonObject(0);
    assertEquals("moderation.hide", entry.getString("action"));
    assertEquals(moderator.id(), entry.getJsonNumber("actorId").longValue());
    assertTrue(entry.getString("reason").startsWith("off_topic"));

    String today = LocalDate.now(ZoneId.of("Asia/Tokyo")).toString();
    Api.Reply csv =
        Api.get(
            "/api/v1/audit-log/export.csv?action=moderation.hide&from=" + today + "&to=" + today,
            Accounts.admin());
    assertEquals(200, csv.status(), csv.body());
    assertTrue(csv.mediaType().startsWith("text/csv"), csv.mediaType());
    assertTrue(csv.body().startsWith(CsvFiles.BOM), "a byte-order mark first");
    String[] lines = csv.body().substring(1).split("\r\n");
    assertEquals("番号,日時,実行者ID,操作,対象の種類,対象ID,理由,詳細", lines[0]);
    assertTrue(
        List.of(lines).stream()
            .anyMatch(l -> l.contains(",moderation.hide,comment," + comment + ",")),
        csv.body());
    Api.Reply badDay = Api.get("/api/v1/audit-log?from=2026-13-40", Accounts.admin());
    assertEquals(400, badDay.status());
    assertEquals(List.of("from"), badDay.errorFields());
    // exporting is itself audited
    assertEquals(
        "audit_log.export",
        Api.get("/api/v1/audit-log?action=audit_log.", Accounts.admin())
            .array()
            .getJsonObject(0)
            .getString("action"));
  }

  @Test
  void hiddenAndHeldTextNeverAppearsInAnyPublicResponseOrPage() {
    Accounts.Participant author = Accounts.confirmed("secret-author");
    Accounts.Participant other = Accounts.confirmed("secret-reader");
    Accounts.Participant moderator = Moderation.moderator("mod-secret");
    long topic = Forum.openTopic("非表示の徹底");
    String hiddenText = "HIDDEN-" + UUID.randomUUID();
    String heldText = "HELD-" + UUID.randomUUID() + " 03-1234-5678";
    long root = Forum.id(Forum.post(topic, hiddenText, author.token()));
    long child = Forum.id(Forum.reply(root, "hidden への返信", other.token()));
    JsonObject held = Forum.reply(root, heldText, author.token());
    assertEquals("held", held.getString("status"));
    long caseId =
        Moderation.report(root, "personal_info", other.token())
            .json()
            .getJsonNumber("caseId")
            .longValue();
    Moderation.decideNow(caseId, "hide", "personal_info", moderator.token());

    List<String> paths =
        List.of(
            "/api/v1/topics/" + topic + "/comments",
            "/api/v1/topics/" + topic + "/comments?sort=newest",
            "/api/v1/topics/" + topic + "/comments?sort=agreed",
            "/api/v1/comments/" + root,
            "/api/v1/comments/" + root + "/replies",
            "/api/v1/comments/" + child,
            "/topic.xhtml?id=" + topic,
            "/comment.xhtml?id=" + root,
            "/comment.xhtml?id=" + child);
    for (String token : new String[] {null, other.token()}) {
      for (String path : paths) {
        Api.Reply r = Api.get(path, token);
        assertEquals(200, r.status(), path);
        assertFalse(r.body().contains(hiddenText), path + " leaks the hidden text");
        assertFalse(r.body().contains(heldText.substring(0, 20)), path + " leaks the held text");
      }
    }
    assertTrue(
        Api.get("/topic.xhtml?id=" + topic, null).body().contains("ガイドライン違反（個人情報）"),
        "the placeholder names the reason");
    assertEquals(404, Api.get("/api/v1/comments/" + Forum.id(held), null).status());
    assertEquals(404, Api.get("/comment.xhtml?id=" + Forum.id(held), null).status());

    // the author may ask once for a review; a second request is refused
    Api.Reply review =
        Api.post(
            "/api/v1/moderation/cases/" + caseId + "/review-request",
            Api.json("text", "住所ではなく施設名です"),
            author.token());
    assertEquals(200, review.status(), review.body());
    assertTrue(review.json().getBoolean("awaitingDecision"));
    assertEquals(
        409,
        Api.post(
                "/api/v1/moderation/cases/" + caseId + "/review-request",
                Api.json("text", "もう一度"),
                author.token())
            .status());
    assertEquals(
        404,
        Api.post(
                "/api/v1/moderation/cases/" + caseId + "/review-request",
                Api.json("text", "他人の案件"),
                other.token())
            .status(),
        "cases are not public");

    // the author may still delete what moderation hid; it was not counted, so nothing changes
    int count = Api.get("/api/v1/topics/" + topic, null).json().getInt("commentCount");
    assertEquals(204, Api.delete("/api/v1/comments/" + root, author.token()).status());
    assertEquals(count, Api.get("/api/v1/topics/" + topic, null).json().getInt("commentCount"));
    assertEquals(
        "deleted",
        Api.get("/api/v1/comments/" + root, null)
            .json()
            .getJsonObject("comment")
            .getString("status"));
  }
}
