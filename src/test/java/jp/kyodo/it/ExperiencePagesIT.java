package jp.kyodo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The pages as residents and staff read them: filters, deep replies, tables, tools, wording. */
@ExtendWith(KyodoServer.class)
class ExperiencePagesIT {

  @Test
  void theAnyOptionsOfTheTopicFilterSendAnEmptyValueAndFindEveryTopic() {
    Forum.openTopic("絞り込み「すべて」");
    Api.Reply page = WebForms.get("/topics.xhtml", null);
    assertEquals(200, page.status());
    for (String select : List.of("f-policyArea", "f-area", "f-district")) {
      assertTrue(
          page.body().matches("(?s).*<select id=\"" + select + "\"[^>]*>\\s*<option value=\"\">.*"),
          select + " starts with an option whose value is empty");
    }
    long total = Api.get("/api/v1/topics", null).json().getJsonNumber("total").longValue();
    Api.Reply filtered = WebForms.get("/topics.xhtml?status=&policyArea=&area=&district=", null);
    assertTrue(
        filtered.body().contains("該当する議題：" + total + " 件"), "「すべて」 lists every topic: " + total);
  }

  @Test
  void theTopicPageLinksToRepliesBeyondTheFirstFewAtEveryLevel() {
    long topic = Forum.openTopic("深い返信");
    String a = Accounts.confirmed("deep-a").token();
    String b = Accounts.confirmed("deep-b").token();
    long root = Forum.id(Forum.post(topic, "元の意見", a));
    long first = Forum.id(Forum.reply(root, "最初の返信", b));
    for (int i = 1; i <= 16; i++) {
      Forum.reply(root, "返信 " + i, i % 2 == 0 ? a : b);
    }
    for (int i = 1; i <= 4; i++) {
      Forum.reply(first, "返信への返信 " + i, a);
    }

    String topicPage = WebForms.get("/topic.xhtml?id=" + topic, null).body();
    assertTrue(topicPage.contains("返信をすべて表示（17 件）"), "the opinion's replies");
    assertTrue(
        topicPage.contains("href=\"/comment.xhtml?id=" + first + "\">返信をすべて表示（4 件）"),
        "a shown reply's own replies are reachable too");

    String replies = WebForms.get("/comment.xhtml?id=" + root, null).body();
    assertTrue(replies.contains("返信 15"), "reply 15 is on the comment page");
    assertTrue(replies.contains("返信 16"));
    String nested = WebForms.get("/comment.xhtml?id=" + first, null).body();
    assertTrue(nested.contains("返信への返信 4"));
  }

  @Test
  void aMarkdownTableInATopicIsRenderedAsATable() {
    Api.Reply created =
        Api.post(
            "/api/v1/topics",
            Forum.topicJson("表のある議題", "| 地区 | 件数 |\n|---|---:|\n| 太子堂 | 12 |\n"),
            Forum.staff().token());
    long id = created.json().getJsonNumber("id").longValue();
    Api.post("/api/v1/topics/" + id + "/publication", "", Forum.staff().token());
    String page = WebForms.get("/topic.xhtml?id=" + id, null).body();
    assertTrue(page.contains("<th>地区</th>"), page);
    assertTrue(page.contains("<td>太子堂</td>"));
  }

  @Test
  void noReactionButtonsOnOnesOwnCommentAndDestructiveButtonsAskFirst() {
    long topic = Forum.openTopic("自分の投稿");
    Accounts.Participant me = Accounts.confirmed("own");
    long mine = Forum.id(Forum.post(topic, "自分の意見", me.token()));
    long theirs = Forum.id(Forum.post(topic, "他の人の意見", Accounts.confirmed("other").token()));
    String session = WebForms.sessionOf(WebForms.signIn(me.email(), Accounts.PASSWORD));

    String page = WebForms.get("/topic.xhtml?id=" + topic, session).body();
    String own = article(page, mine);
    String other = article(page, theirs);
    assertFalse(own.contains(":agree\""), "no agree button on my own comment");
    assertTrue(own.contains("賛成 0 ／ 反対 0"), "the counts are shown instead");
    assertTrue(other.contains(":agree\""), "others' comments can be agreed with");

    String commentPage = WebForms.get("/comment.xhtml?id=" + mine, session).body();
    assertTrue(
        commentPage.matches("(?s).*id=\"deleteForm:delete\"[^>]*data-confirm=\"[^\"]+\".*"),
        "deleting asks first");
  }

  @Test
  void afterPostingTheResidentIsToldOnceAndTakenToTheNewOpinion() {
    long topic = Forum.openTopic("投稿の確認");
    Accounts.Participant me = Accounts.confirmed("told");
    String session = WebForms.sessionOf(WebForms.signIn(me.email(), Accounts.PASSWORD));
    Api.Reply posted =
        WebForms.submit(
            "/topic.xhtml?id=" + topic,
            session,
            "postForm",
            "submit",
            Map.of("body", "確認される意見 " + UUID.randomUUID()));
    assertEquals(302, posted.status(), posted.body());
    String location = posted.header("Location");
    assertTrue(location.matches(".*/topic\\.xhtml\\?id=" + topic + "#c[0-9]+"), location);
    // the browser brings back the flash cookie the redirect set, with the session
    String cookies =
        java.util.stream.Stream.concat(
                java.util.stream.Stream.of(session),
                posted.headers().entrySet().stream()
                    .filter(e -> e.getKey().equalsIgnoreCase("Set-Cookie"))
                    .flatMap(e -> e.getValue().stream())
                    .map(c -> c.split(";")[0].strip())
                    .filter(c -> !c.startsWith("JSESSIONID=")))
            .collect(java.util.stream.Collectors.joining("; "));
    String page = WebForms.get(location.replaceFirst("^https?://[^/]+", ""), cookies).body();
    assertEquals(1, count(page, "意見を投稿しました。"), "the confirmation, once");
  }

  @Test
  void aSignedInSuspendedAuthorIsToldWhyNotToSignIn() {
    long topic = Forum.openTopic("停止中の返信");
    Accounts.Participant p = Accounts.confirmed("suspended-page");
    long comment = Forum.id(Forum.post(topic, "停止前の意見", Accounts.confirmed("o2").token()));
    Accounts.Participant moderator = Moderation.moderator("mod-page");
    String until =
        java.time.LocalDate.now(java.time.ZoneId.of("Asia/Tokyo")).plusDays(3).toString();
    assertEquals(
        201,
        Api.post(
                "/api/v1/sanctions/participant/" + p.id(),
                Api.json("kind", "suspend", "reason", "連続投稿", "until", until),
                moderator.token())
            .status());
    String session = WebForms.sessionOf(WebForms.signIn(p.email(), Accounts.PASSWORD));
    String page = WebForms.get("/comment.xhtml?id=" + comment, session).body();
    assertFalse(page.contains("サインインしてください"), "not told to sign in");
    assertTrue(page.contains("連続投稿"), "told the reason");
    assertFalse(page.contains("id=\"replyForm\""), "no reply form");
  }

  @Test
  void registrationLinksToSignInForThoseWithAnAccount() {
    String page = WebForms.get("/register.xhtml", null).body();
    assertTrue(page.contains("アカウントをお持ちの方"));
    assertFalse(page.contains("アカウントをお持ちでない方"));
  }

  @Test
  void theTopicReportIsAPageForStaffWithThePublicTotals() {
    long topic = Forum.openTopic("レポートの議題");
    Forum.post(topic, "レポート用の意見", Accounts.confirmed("rep").token());
    Accounts.Participant staff = Forum.staff();
    String session = WebForms.sessionOf(WebForms.signIn(staff.email(), Accounts.PASSWORD));

    Api.Reply report = WebForms.get("/reports/topic.xhtml?id=" + topic, session);
    assertEquals(200, report.status(), report.body());
    assertTrue(report.body().contains("レポートの議題"));
    assertTrue(report.body().matches("(?s).*id=\"report-comments\">1</dd>.*"), "not suppressed");
    assertTrue(report.body().matches("(?s).*id=\"report-participants\">1</dd>.*"));
    Api.Reply csv = WebForms.get("/reports/topic-comments-csv.xhtml?id=" + topic, session);
    assertEquals(200, csv.status());
    assertTrue(csv.body().contains("レポート用の意見"));

    Api.Reply staffList = WebForms.get("/staff/topics.xhtml", session);
    assertEquals(200, staffList.status());
    assertTrue(staffList.body().contains("議題の管理"));

    String resident =
        WebForms.sessionOf(
            WebForms.signIn(Accounts.confirmed("resident-only").email(), Accounts.PASSWORD));
    assertEquals(403, WebForms.get("/reports/topic.xhtml?id=" + topic, resident).status());
  }

  @Test
  void draftsAreListedForStaffFromTheMenu() {
    String title = "下書きの議題 " + UUID.randomUUID();
    Api.Reply created =
        Api.post("/api/v1/topics", Forum.topicJson(title, "本文"), Forum.staff().token());
    assertEquals(201, created.status());
    String session = WebForms.sessionOf(WebForms.signIn(Forum.staff().email(), Accounts.PASSWORD));
    String home = WebForms.get("/", session).body();
    assertTrue(home.contains("href=\"/staff/topics.xhtml\""), "the staff menu links the list");
    String drafts = WebForms.get("/staff/topics.xhtml", session).body();
    assertTrue(drafts.contains(title), "drafts are listed by default");
  }

  @Test
  void theOpenDataPageIsPublicAndLinkedFromTheFooter() {
    String home = WebForms.get("/", null).body();
    assertTrue(home.contains("href=\"/open-data.xhtml\""));
    Api.Reply page = WebForms.get("/open-data.xhtml", null);
    assertEquals(200, page.status());
    assertTrue(page.body().contains("CC BY 4.0"));
    assertTrue(page.body().contains("/api/v1/open-data/participation.csv"));
    assertTrue(page.header("Set-Cookie") == null, "no session for a public page");
  }

  @Test
  void theKpiSaysWhereTheCountStandsInWords() {
    String session =
        WebForms.sessionOf(WebForms.signIn(KyodoServer.ADMIN_EMAIL, KyodoServer.ADMIN_PASSWORD));
    String page = WebForms.get("/admin/statistics.xhtml", session).body();
    Matcher m = Pattern.compile("id=\"kpi-progress\">([^<]*)<").matcher(page);
    assertTrue(m.find(), page);
    assertFalse(m.group(1).contains("-"), "no negative percentage: " + m.group(1));
    assertTrue(m.group(1).contains("目標（42,000 人）まではあと"), m.group(1));
  }

  @Test
  void myActivityShowsWhatIWroteAndTheRepliesIReceived() {
    long topic = Forum.openTopic("活動の議題");
    Accounts.Participant me = Accounts.confirmed("activity");
    long mine = Forum.id(Forum.post(topic, "私の意見です", me.token()));
    Forum.reply(mine, "あなたへの返信です", Accounts.confirmed("replier").token());
    String session = WebForms.sessionOf(WebForms.signIn(me.email(), Accounts.PASSWORD));

    Api.Reply page = WebForms.get("/activity.xhtml", session);
    assertEquals(200, page.status());
    assertTrue(page.body().contains("私の意見です"));
    assertTrue(page.body().contains("あなたへの返信です"));
    assertTrue(page.body().contains("活動の議題"));

    Api.Reply api = Api.get("/api/v1/participants/me/activity/replies", me.token());
    assertEquals(200, api.status(), api.body());
    assertEquals(
        "あなたへの返信です",
        api.json()
            .getJsonArray("items")
            .getJsonObject(0)
            .getJsonObject("comment")
            .getString("body"));
    assertEquals(401, Api.get("/api/v1/participants/me/activity/comments", null).status());
  }

  private static String article(String page, long id) {
    int start = page.indexOf("<article id=\"c" + id + "\"");
    assertTrue(start >= 0, "comment " + id + " on the page");
    return page.substring(start, page.indexOf("</article>", start));
  }

  private static int count(String text, String part) {
    int n = 0;
    for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
      n++;
    }
    return n;
  }
}
