package jp.kyodo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The pages staff, moderators and administrators use, and the mails moderation sends, read as a
 * person reads them: roles, case states, reasons, events, audit actions and sanction ends in words
 * (Japanese, and English with ?lang=en), people by display name, times in Tokyo written one way
 * (2026/12/10 18:30). The assertions are on the rendered text, tags and attributes stripped.
 */
@ExtendWith(KyodoServer.class)
class StaffPagesIT {
  private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
  private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm");
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy/MM/dd");

  /** Codes and machine times that must never reach a page, whatever its language. */
  private static final List<Pattern> CODES =
      List.of(
          Pattern.compile("\\[\\]"),
          Pattern.compile("\\[(staff|moderator|administrator)"),
          Pattern.compile(
              "\\b(moderation|sanction|role|topic|participant|outbox|audit_log|watched_word)"
                  + "\\.[a-z_]+"),
          Pattern.compile(
              "\\b(personal_info|auto_hidden|my_number|watched_word|review_requested"
                  + "|new_participant|off_topic|partially_adopted|not_adopted)\\b"),
          Pattern.compile(
              "\\b(pending|held|visible|hidden|dismissed|restored|approved|rejected)\\s*(→|->)"
                  + "|(→|->)\\s*(pending|held|visible|hidden|dismissed|restored|approved|rejected)"),
          Pattern.compile("\\d{4}-\\d{2}-\\d{2}"),
          Pattern.compile("\\d{2}:\\d{2}(:\\d{2})?(\\.\\d+)?Z\\b"),
          Pattern.compile("\\+\\d{2}:\\d{2}"),
          Pattern.compile("24:00"));

  /** On a Japanese page any of these English words is a stored code shown as it is. */
  private static final Pattern CODE_WORD =
      Pattern.compile(
          "\\b(held|pending|visible|hidden|dismissed|restored|approved|rejected|deleted|phone"
              + "|email|address|spam|abuse|other|illegal|staff|moderator|administrator|participant"
              + "|approve|reject|hide|dismiss|restore|reported|reopened|flagged|block|hold|flag"
              + "|warn|suspend|ban|lifted|draft|open|closed|archived|received|considering"
              + "|adopted|system|null|true|false)\\b");

  private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w.-]+");

  /** One moderated story, made through the API: what the pages then show. */
  private record Story(
      long topic,
      String title,
      Accounts.Participant author,
      Accounts.Participant moderator,
      long approvedCase,
      long waitingCase,
      long hiddenCase,
      long pendingCase,
      LocalDate suspendedThrough) {
    /** Names are unique, so a second story's people are 「…さん2」: read what they are. */
    String authorName() {
      return displayName(author);
    }

    String moderatorName() {
      return displayName(moderator);
    }

    private static String displayName(Accounts.Participant p) {
      return Api.get("/api/v1/participants/me", p.token()).json().getString("displayName");
    }
  }

  private static Story story() {
    String title = "言葉の確認 " + UUID.randomUUID().toString().substring(0, 6);
    long topic = Forum.openTopic(title);
    Accounts.Participant author = Accounts.confirmed("wording-author");
    Accounts.Participant reporter = Accounts.confirmed("wording-reporter");
    Accounts.Participant quitter = Accounts.confirmed("wording-quitter");
    Accounts.Participant moderator = Moderation.moderator("wording-mod");

    long approved = Forum.id(Forum.post(topic, "お店の電話は 03-1234-5678 です", author.token()));
    long waiting = Forum.id(Forum.post(topic, "集会所は太子堂一丁目2番3号です", author.token()));
    long rude = Forum.id(Forum.post(topic, "ひどい言い方の意見です", author.token()));
    long advert = Forum.id(Forum.post(topic, "宣伝のような意見です", author.token()));
    long approvedCase = myCase(author, approved);
    long waitingCase = myCase(author, waiting);

    long hiddenCase = caseOf(Moderation.report(rude, "abuse", reporter.token()));
    caseOf(Moderation.report(rude, "abuse", quitter.token()));
    long pendingCase = caseOf(Moderation.report(advert, "spam", reporter.token()));
    Api.Reply withdrawn =
        Api.post(
            "/api/v1/participants/me/withdrawal",
            Api.json("password", Accounts.PASSWORD),
            quitter.token());
    assertEquals(204, withdrawn.status(), withdrawn.body());

    Moderation.decideNow(approvedCase, "approve", null, moderator.token());
    Moderation.decideNow(hiddenCase, "hide", "abuse", moderator.token());
    LocalDate through = LocalDate.now(TOKYO).plusDays(7);
    Api.Reply suspended =
        Api.post(
            "/api/v1/sanctions/participant/" + author.id(),
            Api.json("kind", "suspend", "reason", "繰り返しの誹謗中傷", "until", through.toString()),
            moderator.token());
    assertEquals(201, suspended.status(), suspended.body());
    return new Story(
        topic,
        title,
        author,
        moderator,
        approvedCase,
        waitingCase,
        hiddenCase,
        pendingCase,
        through);
  }

  @Test
  void moderatorsReadStatesReasonsEventsAndPeopleInWords() {
    Story s = story();
    WebSession moderator = WebSession.signedIn(s.moderator().email(), Accounts.PASSWORD);

    String queue = page(moderator, "/moderation/queue.xhtml");
    String waitingRow = row(moderator.get("/moderation/queue.xhtml").body(), s.waitingCase());
    assertContains(waitingRow, "公開保留", "個人情報", s.authorName());
    assertContains(waitingRow, tokyo(openedAt(s.waitingCase(), s.moderator())));
    assertNoCodeWords(waitingRow);
    assertContains(
        row(moderator.get("/moderation/queue.xhtml").body(), s.pendingCase()), "確認待ち", "宣伝・スパム");
    assertNoCodes(queue);

    String approved = page(moderator, "/moderation/case.xhtml?id=" + s.approvedCase());
    assertContains(
        approved,
        "状態: 承認",
        "公開中",
        "公開保留（自動）",
        "システム",
        "電話番号を検出",
        "公開保留 → 承認",
        "承認して公開した",
        s.moderatorName(),
        "期限付き利用停止",
        "繰り返しの誹謗中傷",
        DAY.format(s.suspendedThrough()) + " まで");
    JsonObject history =
        Moderation.caseOf(s.approvedCase(), s.moderator().token())
            .getJsonArray("history")
            .getJsonObject(0);
    assertContains(approved, tokyo(history.getString("at")));
    assertNoCodes(approved);
    assertNoCodeWords(approved);

    String hidden = page(moderator, "/moderation/case.xhtml?id=" + s.hiddenCase());
    assertContains(hidden, "誹謗中傷・嫌がらせ — wording-reporterさん", "誹謗中傷・嫌がらせ — 退会したユーザー", "確認待ち → 非表示");
    assertNoCodes(hidden);
    assertNoCodeWords(hidden);
  }

  @Test
  void theAuthorReadsTheirCasesAndTheSuspensionsEndOneWayOnThePageAndInMails() {
    Story s = story();
    WebSession author = WebSession.signedIn(s.author().email(), Accounts.PASSWORD);
    String profile = page(author, "/profile.xhtml");
    String section = profile.substring(profile.indexOf("あなたの投稿への対応"));
    String through = DAY.format(s.suspendedThrough());
    assertContains(section, "非表示", "誹謗中傷・嫌がらせ", "公開保留", "個人情報", through + " まで利用停止中");
    assertNoCodes(section);

    String suspension = Accounts.latestMail(s.author().email(), "利用停止").getString("body");
    assertTrue(suspension.contains(through + " まで利用停止"), suspension);
    String hiddenMail = Accounts.latestMail(s.author().email(), "非表示").getString("body");
    assertTrue(hiddenMail.contains("理由: 誹謗中傷・嫌がらせ"), hiddenMail);
    for (String mail : List.of(suspension, hiddenMail)) {
      assertNoCodes(mail.replaceAll("https?://\\S+", ""));
    }

    String english = page(author, "/profile.xhtml?lang=en");
    assertContains(english, "suspended until the end of " + through);
  }

  @Test
  void administratorsReadTheAuditLogOutboxAndRolesInWords() {
    Story s = story();
    WebSession admin = WebSession.signedIn(KyodoServer.ADMIN_EMAIL, KyodoServer.ADMIN_PASSWORD);

    String audit = page(admin, "/admin/audit.xhtml?actorId=" + s.moderator().id());
    String through = DAY.format(s.suspendedThrough());
    assertContains(
        audit,
        "モデレーション：承認",
        "モデレーション：非表示",
        "措置：期限付き利用停止",
        s.moderatorName() + "（#" + s.moderator().id() + "）",
        "案件 #" + s.approvedCase() + "：公開保留 → 承認",
        "案件 #" + s.hiddenCase() + "：確認待ち → 非表示",
        "個人情報",
        "議題「" + s.title() + "」へのコメント",
        "参加者 " + s.authorName() + "（#" + s.author().id() + "）",
        through + " まで");
    assertNoCodes(audit);
    assertNoCodeWords(audit);

    String filters = admin.get("/admin/audit.xhtml").body();
    for (String select : List.of("action", "targetType")) {
      assertTrue(
          filters.matches(
              "(?s).*<select id=\"" + select + "\"[^>]*>\\s*<option value=\"\">すべて</option>.*"),
          "「すべて」 sends an empty value, not its label: " + select);
    }

    String grants =
        page(admin, "/admin/audit.xhtml?targetType=participant&targetId=" + s.moderator().id());
    assertContains(grants, "役割：付与", "モデレーター", "テスト用のモデレーター");
    assertNoCodes(grants);
    assertNoCodeWords(grants);

    WebSession.Form filter = admin.form("/admin/outbox.xhtml", "outboxForm");
    filter.set("outboxForm:recipient", s.author().email());
    String outbox = text(admin.submit(filter, "outboxForm:show").body());
    JsonObject mail =
        Api.get("/api/v1/outbox?recipient=" + WebSession.enc(s.author().email()), Accounts.admin())
            .array()
            .getJsonObject(0);
    assertContains(outbox, "作成日時: " + tokyo(mail.getString("createdAt")), through + " まで");
    assertNoCodes(outbox);

    assertContains(roles(admin, s.moderator().email()), "参加者、モデレーター");
    String plain = roles(admin, s.author().email());
    assertContains(plain, "参加者");
    assertNoCodes(plain);
    assertNoCodeWords(plain);

    String templates = page(admin, "/admin/moderation-templates.xhtml");
    assertContains(templates, "承認して公開する", "（投稿の理由のまま）", "個人情報");
    assertNoCodes(templates);

    String words = page(admin, "/admin/watched-words.xhtml");
    assertContains(words, "含まれていたときの対応");
    assertNoCodes(words);

    String statistics = page(admin, "/admin/statistics.xhtml");
    assertContains(statistics, "2029/03/31");
    assertNoCodes(statistics);
  }

  @Test
  void staffPagesShowTopicTimesInTokyoAndStatesInWords() {
    Story s = story();
    WebSession staff = WebSession.signedIn(Forum.staff().email(), Accounts.PASSWORD);
    JsonObject topic = Api.get("/api/v1/topics/" + s.topic(), null).json();
    String period = tokyo(topic.getString("opensAt")) + " 〜 " + tokyo(topic.getString("closesAt"));

    String list = page(staff, "/staff/topics.xhtml?status=open");
    assertContains(list, s.title(), period);
    assertNoCodes(list);
    String edit = page(staff, "/staff/topic-edit.xhtml?id=" + s.topic());
    assertContains(edit, "状態: 意見募集中", "受付", "一部反映");
    assertNoCodes(edit);
    assertNoCodeWords(edit);
    String report = page(staff, "/reports/topic.xhtml?id=" + s.topic());
    assertContains(report, "意見募集中");
    assertNoCodes(report);
  }

  @Test
  void theSamePagesInEnglish() {
    Story s = story();
    String through = DAY.format(s.suspendedThrough());
    WebSession moderator = WebSession.signedIn(s.moderator().email(), Accounts.PASSWORD);
    String approved = page(moderator, "/moderation/case.xhtml?id=" + s.approvedCase() + "&lang=en");
    assertContains(
        approved,
        "State: Approved",
        "Held back for review (automatic)",
        "System",
        "A phone number was found",
        "Held for review → Approved",
        "Approved and published",
        s.moderatorName(),
        "until the end of " + through);
    assertNoCodes(approved);
    String queue = page(moderator, "/moderation/queue.xhtml?lang=en");
    assertContains(
        row(moderator.get("/moderation/queue.xhtml?lang=en").body(), s.pendingCase()),
        "Awaiting review",
        "spam");
    assertNoCodes(queue);

    WebSession admin = WebSession.signedIn(KyodoServer.ADMIN_EMAIL, KyodoServer.ADMIN_PASSWORD);
    String audit = page(admin, "/admin/audit.xhtml?lang=en&actorId=" + s.moderator().id());
    assertContains(
        audit,
        "Moderation: approve",
        "Sanction: suspension",
        s.moderatorName() + " (#" + s.moderator().id() + ")",
        "Case #" + s.approvedCase() + ": Held for review → Approved",
        "Comment #",
        "until the end of " + through);
    assertNoCodes(audit);
    assertContains(roles(admin, s.moderator().email()), "Participant, Moderator");
    assertNoCodes(page(admin, "/admin/moderation-templates.xhtml"));
    assertNoCodes(page(admin, "/admin/statistics.xhtml"));
    WebSession staff = WebSession.signedIn(Forum.staff().email(), Accounts.PASSWORD);
    assertNoCodes(page(staff, "/staff/topics.xhtml?status=open&lang=en"));
    assertNoCodes(page(staff, "/staff/topic-edit.xhtml?id=" + s.topic()));
    assertNoCodes(page(staff, "/reports/topic.xhtml?id=" + s.topic()));
    WebSession author = WebSession.signedIn(s.author().email(), Accounts.PASSWORD);
    String profile = page(author, "/profile.xhtml?lang=en");
    assertContains(profile, "Hidden", "abuse or harassment", "Held for review");
    assertNoCodes(profile);
    assertNoCodes(page(WebSession.anonymous(), "/moderation-report.xhtml?lang=en"));
  }

  @Test
  void aHeldCommentApprovedByAModeratorIsCountedUnderItsOwnReasonInThePublicReport() {
    Accounts.Participant writer = Accounts.confirmed("report-writer");
    Accounts.Participant moderator = Moderation.moderator("report-mod");
    long topic = Forum.openTopic("報告の理由");
    JsonObject before = thisMonth();
    long held = Forum.id(Forum.post(topic, "連絡は hanako.report@example.jp へ", writer.token()));
    Moderation.decideNow(myCase(writer, held), "approve", null, moderator.token());

    JsonObject after = thisMonth();
    assertEquals(
        approved(before, "personal_info") + 1,
        approved(after, "personal_info"),
        "approved under the reason it was held for: " + after);
    assertEquals(approved(before, "other"), approved(after, "other"), "not under その他");

    String report = page(WebSession.anonymous(), "/moderation-report.xhtml");
    String month = DAY.format(LocalDate.now(TOKYO)).substring(0, 7);
    String table = report.substring(report.indexOf(month));
    String approvedRow = table.substring(table.indexOf("承認"), table.indexOf("不承認"));
    assertContains(approvedRow, "個人情報 " + approved(after, "personal_info"));
    assertNoCodes(report);
  }

  // --- helpers ---

  private static JsonObject thisMonth() {
    Api.Reply report = Api.get("/api/v1/moderation/report", null);
    assertEquals(200, report.status(), report.body());
    String month = LocalDate.now(TOKYO).toString().substring(0, 7);
    return report.array().stream()
        .map(JsonObject.class::cast)
        .filter(m -> m.getString("month").equals(month))
        .findFirst()
        .orElse(JsonValue.EMPTY_JSON_OBJECT);
  }

  private static int approved(JsonObject month, String reason) {
    if (!month.containsKey("byReason")
        || !month.getJsonObject("byReason").containsKey("approved")) {
      return 0;
    }
    return month.getJsonObject("byReason").getJsonObject("approved").getInt(reason, 0);
  }

  private static long myCase(Accounts.Participant author, long commentId) {
    Api.Reply mine = Api.get("/api/v1/moderation/my-cases", author.token());
    assertEquals(200, mine.status(), mine.body());
    return mine.array().stream()
        .map(JsonObject.class::cast)
        .filter(c -> c.getJsonNumber("targetId").longValue() == commentId)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no case for comment " + commentId))
        .getJsonNumber("caseId")
        .longValue();
  }

  private static long caseOf(Api.Reply report) {
    assertEquals(201, report.status(), report.body());
    return report.json().getJsonNumber("caseId").longValue();
  }

  private static String openedAt(long caseId, Accounts.Participant moderator) {
    return Moderation.caseOf(caseId, moderator.token())
        .getJsonObject("moderationCase")
        .getString("openedAt");
  }

  /** The participant search of the roles page, as its rendered text. */
  private static String roles(WebSession admin, String email) {
    WebSession.Form search = admin.form("/admin/participants.xhtml", "searchForm");
    search.set("searchForm:query", email);
    WebSession.Page found = admin.submit(search, "searchForm:search");
    assertEquals(200, found.status(), found.body());
    String results = found.body();
    int table = results.indexOf("id=\"searchForm:results\"");
    assertTrue(table > 0, "the search found " + email);
    return text(results.substring(table, results.indexOf("</table>", table)));
  }

  /** An API time (ISO-8601 with an offset) as pages show it: Tokyo, 2026/12/10 18:30. */
  private static String tokyo(String iso) {
    return MINUTE.format(OffsetDateTime.parse(iso).atZoneSameInstant(TOKYO));
  }

  /** The page's text as a reader gets it; fails unless it answered 200. */
  private static String page(WebSession session, String path) {
    WebSession.Page p = session.get(path);
    assertEquals(200, p.status(), path + " " + p);
    return text(p.body());
  }

  /** The queue row of a case, as text. */
  private static String row(String html, long caseId) {
    Matcher m =
        Pattern.compile(
                "<tr>(?:(?!</tr>).)*case\\.xhtml\\?id=" + caseId + "\"(?:(?!</tr>).)*</tr>",
                Pattern.DOTALL)
            .matcher(html);
    assertTrue(m.find(), "the queue lists case " + caseId);
    return text(m.group());
  }

  /** Visible text: no head, scripts or tags (so no attributes), entities decoded. */
  static String text(String html) {
    String body = html.replaceAll("(?s)<head>.*?</head>", " ");
    body = body.replaceAll("(?s)<script.*?</script>", " ");
    body = body.replaceAll("(?s)<[^>]*>", " ");
    body =
        body.replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&quot;", "\"")
            .replace("&#39;", "'")
            .replace("&nbsp;", " ")
            .replace("&amp;", "&");
    return body.replaceAll("\\s+", " ");
  }

  private static void assertContains(String text, String... expected) {
    for (String e : expected) {
      assertTrue(text.contains(e), "「" + e + "」 is shown in: " + text);
    }
  }

  private static void assertNoCodes(String text) {
    for (Pattern code : CODES) {
      Matcher m = code.matcher(text);
      assertFalse(m.find(), () -> "a code is shown: 「" + m.group() + "」 in " + around(text, m));
    }
  }

  /** For Japanese pages: no English word that is a stored code (addresses left out). */
  private static void assertNoCodeWords(String text) {
    String withoutAddresses = EMAIL.matcher(text).replaceAll(" ");
    Matcher m = CODE_WORD.matcher(withoutAddresses);
    assertFalse(
        m.find(), () -> "a code is shown: 「" + m.group() + "」 in " + around(withoutAddresses, m));
  }

  private static String around(String text, Matcher m) {
    return text.substring(Math.max(0, m.start() - 80), Math.min(text.length(), m.end() + 80));
  }
}
