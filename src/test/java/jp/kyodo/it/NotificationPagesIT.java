package jp.kyodo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The notification pages over HTTP: the list and its links, read-all, the follow switch on a topic,
 * the settings page (saved and shown; a refusal keeps what was chosen), and registration's watches.
 */
@ExtendWith(KyodoServer.class)
class NotificationPagesIT {

  @Test
  void aVisitorIsSentToSignInForTheNotificationPages() {
    for (String path : List.of("/notifications.xhtml", "/notification-settings.xhtml")) {
      WebSession.Page page = WebSession.anonymous().get(path);
      assertEquals(302, page.status(), path + " " + page);
      assertTrue(page.location().contains("/login.xhtml?next="), page.location());
    }
  }

  @Test
  void theListSaysWhatIsUnreadItsLinksMarkReadAndLeadOnlyToTheNoticesOwnPage() {
    Replied r = replied("list");
    WebSession web = WebSession.signedIn(r.author().email(), Accounts.PASSWORD);
    WebSession.Page list = web.get("/notifications.xhtml");
    assertEquals(200, list.status(), list.toString());
    assertTrue(list.body().contains("未読のお知らせが"), "the count in words");
    assertTrue(list.body().contains("お知らせ（未読 "), "the header's count in words");
    assertTrue(list.body().contains("?read=" + r.noticeId()), "the link marks read");
    assertTrue(list.body().contains("「" + r.title() + "」で、あなたの意見に返信がありました。"));

    WebSession.Page opened = web.get("/notifications.xhtml?read=" + r.noticeId());
    assertEquals(302, opened.status(), opened.toString());
    assertTrue(opened.location().endsWith("/comment.xhtml?id=" + r.replyId()), opened.location());
    JsonObject notice = NotificationsIT.first(r.author(), "reply");
    assertTrue(notice.getBoolean("read"), "opening marked it read");

    // someone else's notification, or an address that is not an id, leads nowhere
    WebSession other = WebSession.signedIn(r.replier().email(), Accounts.PASSWORD);
    assertEquals(404, other.get("/notifications.xhtml?read=" + r.noticeId()).status());
    assertEquals(404, web.get("/notifications.xhtml?read=https://evil.example/").status());
  }

  @Test
  void readAllEmptiesTheUnreadListAndTheHeaderCount() {
    Replied r = replied("read-all");
    WebSession web = WebSession.signedIn(r.author().email(), Accounts.PASSWORD);
    WebSession.Page unread = web.get("/notifications.xhtml?show=unread");
    assertTrue(unread.body().contains("?read=" + r.noticeId()), "listed while unread");

    WebSession.Form form = web.form("/notifications.xhtml?show=unread", "readAllForm");
    WebSession.Page done = web.submit(form, "readAllForm:readAll");
    assertEquals(302, done.status(), done.toString());
    assertTrue(done.location().endsWith("/notifications.xhtml?show=unread"), done.location());
    assertEquals(
        0,
        Api.get("/api/v1/notifications/unread-count", r.author().token())
            .json()
            .getJsonNumber("unread")
            .longValue());

    WebSession.Page after = web.get("/notifications.xhtml?show=unread");
    assertTrue(after.body().contains("未読のお知らせはありません。"), after.body());
    assertFalse(after.body().contains("?read=" + r.noticeId()), "no longer among the unread");
    assertFalse(after.body().contains("readAllForm"), "nothing left to mark");
    assertFalse(after.body().contains("お知らせ（未読"), "the header has no count");
    assertTrue(
        web.get("/notifications.xhtml").body().contains("?read=" + r.noticeId()),
        "still in the whole list, read");
  }

  @Test
  void theTopicPageFollowsAndUnfollowsWithAFormPost() {
    long topic = Forum.openTopic("ページからフォロー");
    Accounts.Participant p = Accounts.confirmed("page-follow");
    WebSession web = WebSession.signedIn(p.email(), Accounts.PASSWORD);
    String path = "/topic.xhtml?id=" + topic;
    WebSession.Page followed = web.submit(web.form(path, "followForm"), "followForm:follow");
    assertEquals(302, followed.status(), followed.toString());
    assertTrue(following(topic, p));
    WebSession.Page page = web.get(path);
    assertTrue(page.body().contains("この議題をフォローしました。"), "told once");
    assertTrue(page.body().contains("followForm:unfollow"));

    WebSession.Page unfollowed = web.submit(web.form(path, "followForm"), "followForm:unfollow");
    assertEquals(302, unfollowed.status(), unfollowed.toString());
    assertFalse(following(topic, p));
    assertFalse(
        WebSession.anonymous().get(path).body().contains("followForm"), "visitors see no switch");
  }

  @Test
  void theSettingsAreSavedAndShown() {
    Accounts.Participant p = Stats.signedIn("settings-save", "taishido", "30s");
    long topic = Forum.openTopic("設定でフォロー解除");
    Api.put("/api/v1/topics/" + topic + "/follow", "", p.token());
    WebSession web = WebSession.signedIn(p.email(), Accounts.PASSWORD);
    WebSession.Form form = web.form("/notification-settings.xhtml", "settingsForm");
    assertEquals("email", form.fields.get("settingsForm:prefs:0:channel"), "reply: e-mail");
    assertEquals("on", form.fields.get("settingsForm:followOnComment"));
    assertFalse(form.fields.containsKey("settingsForm:department"), "staff only");
    form.set("settingsForm:prefs:0:channel", "site").set("settingsForm:prefs:0:frequency", "daily");
    form.fields.remove("settingsForm:followOnComment");
    form.set("settingsForm:policyAreas:0:on", "on");
    WebSession.Page saved = web.submit(form, "settingsForm:save");
    assertEquals(302, saved.status(), saved.body());

    JsonObject settings =
        Api.get("/api/v1/participants/me/notifications/settings", p.token()).json();
    JsonObject reply = settings.getJsonArray("preferences").getJsonObject(0);
    assertEquals("reply", reply.getString("kind"));
    assertEquals("site", reply.getString("channel"));
    assertEquals("daily", reply.getString("frequency"));
    assertTrue(reply.getBoolean("chosen"));
    assertFalse(settings.getBoolean("followOnComment"));
    JsonObject watches = Api.get("/api/v1/participants/me/notifications/watches", p.token()).json();
    assertEquals(1, watches.getJsonArray("policyAreas").size(), watches.toString());
    assertEquals(List.of("taishido"), strings(watches, "districts"), "the district still watched");

    WebSession.Page shown = web.get("/notification-settings.xhtml");
    assertTrue(shown.body().contains("お知らせの受け取り方を保存しました。"), "told once");
    WebSession.Form again = web.form("/notification-settings.xhtml", "settingsForm");
    assertEquals("site", again.fields.get("settingsForm:prefs:0:channel"));
    assertEquals("daily", again.fields.get("settingsForm:prefs:0:frequency"));
    assertFalse(again.fields.containsKey("settingsForm:followOnComment"));
    assertEquals("on", again.fields.get("settingsForm:policyAreas:0:on"));

    // the followed topic is listed, and its button unfollows it
    WebSession.Form follows = web.form("/notification-settings.xhtml", "followsForm");
    WebSession.Page unfollowed = web.submit(follows, "followsForm:topics:0:unfollow");
    assertEquals(302, unfollowed.status(), unfollowed.body());
    assertFalse(following(topic, p));
  }

  @Test
  void aRefusedSaveShowsTheErrorBesideTheFieldAndKeepsEverythingChosen() {
    Accounts.Participant staff = Accounts.confirmed("settings-dept");
    Api.Reply granted =
        Api.put(
            "/api/v1/participants/" + staff.id() + "/roles",
            Api.json("roles", List.of("staff"), "reason", "所管課の設定のテスト"),
            Accounts.admin());
    assertEquals(200, granted.status(), granted.body());
    WebSession web = WebSession.signedIn(staff.email(), Accounts.PASSWORD);
    WebSession.Form form = web.form("/notification-settings.xhtml", "settingsForm");
    String tooLong = "環境政策部".repeat(81);
    form.set("settingsForm:department", tooLong).set("settingsForm:prefs:1:frequency", "weekly");
    form.set("settingsForm:policyAreas:1:on", "on");
    WebSession.Page refused = web.submit(form, "settingsForm:save");
    assertEquals(200, refused.status(), refused.toString());
    assertTrue(
        refused.body().matches("(?s).*id=\"settingsForm:departmentError\"[^>]*>[^<]*400.*"),
        "the error beside the field");
    assertTrue(refused.body().contains("value=\"" + tooLong + "\""), "the typed text kept");
    assertTrue(
        refused
            .body()
            .matches(
                "(?s).*name=\"settingsForm:prefs:1:frequency\"[^>]*>((?!</select>).)*"
                    + "<option value=\"weekly\" selected.*"),
        "the choice kept");
    assertTrue(tag(refused.body(), "settingsForm:policyAreas:1:on").contains("checked"), "kept");
    JsonObject settings =
        Api.get("/api/v1/participants/me/notifications/settings", staff.token()).json();
    assertFalse(settings.getJsonArray("preferences").getJsonObject(1).getBoolean("chosen"));
    assertEquals(
        0,
        Api.get("/api/v1/participants/me/notifications/watches", staff.token())
            .json()
            .getJsonArray("policyAreas")
            .size(),
        "nothing was saved");
  }

  @Test
  void registrationWatchesTheChosenPolicyAreasAndRefusesUnknownOnes() {
    String email = Accounts.uniqueEmail("reg-watch");
    Api.Reply created =
        Api.post(
            "/api/v1/participants",
            Api.json(
                "email",
                email,
                "password",
                Accounts.PASSWORD,
                "displayName",
                Accounts.uniqueName("reg-watch"),
                "districtCode",
                "kyodo",
                "acceptedTermsVersion",
                Accounts.TERMS,
                "acceptedPrivacyVersion",
                Accounts.TERMS,
                "watchPolicyAreas",
                List.of("environment")),
            null);
    assertEquals(201, created.status(), created.body());
    Api.post(
        "/api/v1/auth/email-confirmation",
        Api.json("token", Accounts.mailedToken(email, "確認")),
        null);
    String token = Accounts.signIn(email, Accounts.PASSWORD);
    JsonObject watches = Api.get("/api/v1/participants/me/notifications/watches", token).json();
    assertEquals(List.of("environment"), strings(watches, "policyAreas"));
    assertEquals(List.of("kyodo"), strings(watches, "districts"));

    Api.Reply unknown =
        Api.post(
            "/api/v1/participants",
            Api.json(
                "email",
                Accounts.uniqueEmail("reg-watch-bad"),
                "password",
                Accounts.PASSWORD,
                "displayName",
                Accounts.uniqueName("reg-watch-bad"),
                "acceptedTermsVersion",
                Accounts.TERMS,
                "acceptedPrivacyVersion",
                Accounts.TERMS,
                "watchPolicyAreas",
                List.of("no-such-area")),
            null);
    assertEquals(400, unknown.status(), unknown.body());
    assertEquals(List.of("watchPolicyAreas"), unknown.errorFields());

    WebSession.Page form = WebSession.anonymous().get("/register.xhtml");
    assertTrue(form.body().contains("registerForm:watchPolicyAreas:0:on"), "offered on the form");
  }

  /** A resident whose opinion someone answered, and the notice of it. */
  private record Replied(
      Accounts.Participant author,
      Accounts.Participant replier,
      String title,
      long replyId,
      long noticeId) {}

  private static Replied replied(String prefix) {
    String title = "お知らせ一覧 " + prefix;
    long topic = Forum.openTopic(title);
    Accounts.Participant author = Accounts.confirmed(prefix + "-author");
    Accounts.Participant replier = Accounts.confirmed(prefix + "-replier");
    long opinion = Forum.id(Forum.post(topic, "一覧で確かめる意見", author.token()));
    long reply = Forum.id(Forum.reply(opinion, "一覧で確かめる返信", replier.token()));
    JsonObject notice =
        NotificationsIT.eventually(() -> NotificationsIT.first(author, "reply"), "the notice");
    return new Replied(author, replier, title, reply, notice.getJsonNumber("id").longValue());
  }

  private static boolean following(long topic, Accounts.Participant p) {
    return Api.get("/api/v1/topics/" + topic + "/follow", p.token()).json().getBoolean("following");
  }

  /** The input tag with the name. */
  private static String tag(String html, String name) {
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("<input[^>]*name=\"" + name + "\"[^>]*>").matcher(html);
    if (!m.find()) {
      throw new AssertionError("no input " + name);
    }
    return m.group();
  }

  private static List<String> strings(JsonObject o, String key) {
    return o.getJsonArray(key).stream()
        .map(v -> ((jakarta.json.JsonString) v).getString())
        .toList();
  }
}
