package jp.kyodo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Anonymous readers get the thread page from a kept rendering (PageCacheFilter): it must be the
 * page as rendered, with a script nonce of its own each time, follow a post, an edit, a deletion, a
 * moderation decision and the ward's answer on the very next read, and never be given to, or taken
 * from, a signed-in reader.
 */
@ExtendWith(KyodoServer.class)
class PageCacheIT {
  private static final Pattern BODY_NONCE = Pattern.compile("nonce=\"([^\"]+)\"");
  private static final Pattern HEADER_NONCE = Pattern.compile("'nonce-([^']+)'");

  /** A personal mark (PersonalMarks): never in a page as written. */
  private static final Pattern MARK = Pattern.compile("kyodo[A-Za-z0-9_-]{22}");

  private static String page(long topic) {
    return "/topic.xhtml?id=" + topic;
  }

  /** The page, anonymously, asserting it is an HTML page. */
  private static Api.Reply read(long topic) {
    Api.Reply r = Api.get(page(topic), null);
    assertEquals(200, r.status(), r.body());
    assertTrue(r.header("Content-Type").startsWith("text/html"), r.header("Content-Type"));
    return r;
  }

  /** The page's nonce: the same in the header and in every place of the body. */
  private static String nonce(Api.Reply r) {
    Matcher h = HEADER_NONCE.matcher(r.header("Content-Security-Policy"));
    assertTrue(h.find(), r.header("Content-Security-Policy"));
    Set<String> inBody = new HashSet<>();
    Matcher b = BODY_NONCE.matcher(r.body());
    while (b.find()) {
      inBody.add(b.group(1));
    }
    assertEquals(Set.of(h.group(1)), inBody, "the body's nonces and the header's");
    return h.group(1);
  }

  @Test
  void theKeptPageIsThePageWithANonceOfItsOwnAndFollowsEveryChangeAtOnce() {
    long topic = Forum.openTopic("読むページのキャッシュ");
    Accounts.Participant author = Accounts.confirmed("pc-author");
    JsonObject first = Forum.post(topic, "最初の意見です", author.token());

    Api.Reply rendered = read(topic);
    assertNotEquals("0", rendered.header("X-Kyodo-Query-Count"), "the first read renders");
    Api.Reply kept = read(topic);
    assertEquals("0", kept.header("X-Kyodo-Query-Count"), "the second read is the kept page");
    String n1 = nonce(rendered);
    String n2 = nonce(kept);
    assertNotEquals(n1, n2, "a nonce per response");
    assertEquals(rendered.body().replace(n1, "N"), kept.body().replace(n2, "N"), "the same page");
    assertEquals(null, kept.header("Set-Cookie"), "no session for an anonymous reader");

    // a new comment: on the very next read
    JsonObject second = Forum.post(topic, "二つ目の意見です", author.token());
    assertTrue(read(topic).body().contains("二つ目の意見です"), "a post shows at once");

    // an edit: the old text never again
    Api.Reply edited =
        Api.put(
            "/api/v1/comments/" + Forum.id(second),
            Api.json("body", "書き直した意見です", "version", second.getInt("version")),
            author.token());
    assertEquals(200, edited.status(), edited.body());
    for (int i = 0; i < 3; i++) {
      String body = read(topic).body();
      assertTrue(body.contains("書き直した意見です"), "an edit shows at once");
      assertFalse(body.contains("二つ目の意見です"), "edited text never comes back");
    }

    // a deletion
    Api.Reply deleted = Api.delete("/api/v1/comments/" + Forum.id(first), author.token());
    assertEquals(204, deleted.status(), deleted.body());
    for (int i = 0; i < 3; i++) {
      assertFalse(read(topic).body().contains("最初の意見です"), "deleted text never comes back");
    }

    // a moderator hides the edited one
    read(topic);
    Accounts.Participant moderator = Moderation.moderator("pc-mod");
    Api.Reply report =
        Moderation.report(Forum.id(second), "spam", Accounts.confirmed("pc-rep").token());
    assertEquals(201, report.status(), report.body());
    Moderation.decideNow(
        report.json().getJsonNumber("caseId").longValue(), "hide", "spam", moderator.token());
    for (int i = 0; i < 3; i++) {
      assertFalse(read(topic).body().contains("書き直した意見です"), "hidden text never comes back");
    }

    // the ward's answer
    read(topic);
    Api.Reply answered =
        Api.put(
            "/api/v1/topics/" + topic + "/response",
            Api.json("status", "considering", "body", "区として検討を始めます。"),
            Forum.staff().token());
    assertEquals(200, answered.status(), answered.body());
    assertTrue(read(topic).body().contains("区として検討を始めます。"), "the answer shows at once");
  }

  @Test
  void signedInReadersNeverGetTheKeptPageNorEachOthersReactions() {
    long topic = Forum.openTopic("二人の読者と一つのキャッシュ");
    Accounts.Participant a = Accounts.confirmed("pc-reader-a");
    Accounts.Participant b = Accounts.confirmed("pc-reader-b");
    long ofA = Forum.id(Forum.post(topic, "Aさんの意見", a.token()));
    long ofB = Forum.id(Forum.post(topic, "Bさんの意見", b.token()));
    Api.Reply agreed =
        Api.put("/api/v1/comments/" + ofB + "/reaction", Api.json("kind", "agree"), a.token());
    assertEquals(200, agreed.status(), agreed.body());
    read(topic);
    String anonymous = read(topic).body();
    assertFalse(anonymous.contains("aria-pressed"), "no reaction buttons for anonymous readers");

    String pageOfA = WebSession.signedIn(a.email(), Accounts.PASSWORD).get(page(topic)).body();
    String pageOfB = WebSession.signedIn(b.email(), Accounts.PASSWORD).get(page(topic)).body();
    // A agreed with B's opinion: pressed on A's page, not on B's (B cannot react to their own)
    assertTrue(article(pageOfA, ofB).contains("aria-pressed=\"true\""), "A's reaction, A's page");
    assertFalse(article(pageOfA, ofA).contains("aria-pressed"), "A reacting to their own opinion");
    assertTrue(article(pageOfB, ofA).contains("aria-pressed=\"false\""), "B may react to A's");
    assertFalse(article(pageOfB, ofA).contains("aria-pressed=\"true\""), "A's reaction, B's page");
    assertFalse(article(pageOfB, ofB).contains("aria-pressed"), "B reacting to their own opinion");

    String afterwards = read(topic).body();
    assertFalse(afterwards.contains("aria-pressed"), "a signed-in page kept for anonymous readers");
    assertTrue(afterwards.contains("Aさんの意見") && afterwards.contains("Bさんの意見"), afterwards);
  }

  /**
   * Signed-in plain participants share one rendering of a page, filled in for each of them: their
   * reactions pressed, their own opinions without buttons, following or not, their name and unread
   * count; never another reader's. The second reader's page costs only the statements of their own
   * parts; a reader's own change (a reaction, an opinion) is on their very next page; the page's
   * forms work; a form posted from another site's page is refused.
   */
  @Test
  void signedInReadersShareOneRenderingFilledInWithTheirOwnParts() {
    long topic = Forum.openTopic("読者ごとに違う部分だけを埋めるページ");
    Accounts.Participant a = Accounts.confirmed("pp-reader-a");
    Accounts.Participant b = Accounts.confirmed("pp-reader-b");
    Accounts.Participant c = Accounts.confirmed("pp-reader-c");
    long ofA = Forum.id(Forum.post(topic, "Aさんの意見です", a.token()));
    long ofB = Forum.id(Forum.post(topic, "Bさんの意見です", b.token()));
    react(ofB, "agree", a);
    react(ofA, "disagree", b);
    WebSession webA = WebSession.signedIn(a.email(), Accounts.PASSWORD);
    WebSession webB = WebSession.signedIn(b.email(), Accounts.PASSWORD);
    WebSession webC = WebSession.signedIn(c.email(), Accounts.PASSWORD);
    for (WebSession web : List.of(webA, webB, webC)) {
      web.get("/notifications.xhtml"); // each reader's account, read once and kept
    }

    WebSession.Page first = webC.get(page(topic));
    WebSession.Page pageA = webA.get(page(topic));
    WebSession.Page pageB = webB.get(page(topic));
    assertEquals(3, pageA.queries(), "A's page: the kept rendering and A's own parts");
    assertEquals(3, pageB.queries(), "B's page as well");
    assertTrue(first.queries() > 3, "C's page rendered the class's page: " + first.queries());
    for (WebSession.Page p : List.of(first, pageA, pageB)) {
      assertFalse(MARK.matcher(p.body()).find(), "a mark left in a page");
      assertEquals(1, count(p.body(), "id=\"nav-notifications\""), "one notifications link");
    }

    // reactions: each reader's own, and no buttons on their own opinion
    assertEquals("true", pressed(pageA.body(), ofB, "agree"), "A agreed with B");
    assertEquals("false", pressed(pageA.body(), ofB, "disagree"));
    assertTrue(article(pageA.body(), ofB).contains("reaction reaction--mine"), "shown as A's");
    assertFalse(article(pageA.body(), ofA).contains("aria-pressed"), "no buttons on A's own");
    assertTrue(article(pageA.body(), ofA).contains("reaction-counts"), "A sees their counts");
    assertEquals("true", pressed(pageB.body(), ofA, "disagree"), "B disagreed with A");
    assertEquals("false", pressed(pageB.body(), ofA, "agree"));
    assertFalse(article(pageB.body(), ofB).contains("aria-pressed"), "no buttons on B's own");
    for (long comment : new long[] {ofA, ofB}) {
      for (String kind : new String[] {"agree", "disagree"}) {
        assertEquals("false", pressed(first.body(), comment, kind), "C reacted to nothing");
      }
      assertFalse(article(first.body(), comment).contains("reaction--mine"), "C's page");
      assertFalse(article(first.body(), comment).contains("reaction-counts"), "C wrote neither");
    }

    // following: the authors follow the topic they wrote in, C does not
    assertTrue(pageA.body().contains("id=\"followForm:unfollow\""), "A follows");
    assertFalse(pageA.body().contains("id=\"followForm:follow\""), "A follows");
    assertTrue(first.body().contains("id=\"followForm:follow\""), "C does not follow");
    assertFalse(first.body().contains("id=\"followForm:unfollow\""), "C does not follow");

    // the header: no one's unread count but one's own; the home page: one's own name
    String nameOfA = name(a);
    String nameOfC = name(c);
    assertTrue(webC.get("/").body().contains("ようこそ、" + nameOfC + " さん"), "C's name");
    WebSession.Page homeOfA = webA.get("/");
    assertTrue(homeOfA.body().contains("ようこそ、" + nameOfA + " さん"), "A's name");
    assertFalse(homeOfA.body().contains(nameOfC), "C's name on A's home page");

    // A's own change is on A's very next page, and the kept page's forms work
    WebSession.Form react = webA.form(page(topic), "c" + ofB + "-actions");
    WebSession.Page reacted = webA.submit(react, "reactForm:disagree");
    assertEquals(302, reacted.status(), reacted.toString());
    String afterReaction = webA.get(page(topic)).body();
    assertEquals("true", pressed(afterReaction, ofB, "disagree"), "the reaction, at once");
    assertEquals("false", pressed(afterReaction, ofB, "agree"));
    assertEquals("true", pressed(webB.get(page(topic)).body(), ofA, "disagree"), "B's own");

    WebSession.Form post = webA.form(page(topic), "postForm");
    post.set("postForm:body", "Aさんの二つ目の意見です");
    assertEquals(302, webA.submit(post, "postForm:submit").status());
    assertTrue(webA.get(page(topic)).body().contains("Aさんの二つ目の意見です"), "posted, at once");

    // a form posted from another site's page: refused, nothing written
    WebSession.Form forged = webC.form(page(topic), "postForm");
    forged.set("postForm:body", "ほかのサイトから送られた意見");
    WebSession.Page refused = webC.submitFrom("https://evil.example", forged, "postForm:submit");
    assertEquals(403, refused.status(), refused.toString());
    assertFalse(webC.get(page(topic)).body().contains("ほかのサイトから送られた意見"));
  }

  private static String name(Accounts.Participant p) {
    return Api.get("/api/v1/participants/me", p.token()).json().getString("displayName");
  }

  private static void react(long comment, String kind, Accounts.Participant who) {
    Api.Reply r =
        Api.put("/api/v1/comments/" + comment + "/reaction", Api.json("kind", kind), who.token());
    assertEquals(200, r.status(), r.body());
  }

  /** aria-pressed of a comment's button of a kind. */
  private static String pressed(String html, long comment, String kind) {
    Matcher m =
        Pattern.compile("name=\"(reactForm:" + kind + ")\"[^>]*aria-pressed=\"([a-z]+)\"")
            .matcher(article(html, comment));
    assertTrue(m.find(), kind + " button of " + comment);
    return m.group(2);
  }

  private static int count(String s, String what) {
    int n = 0;
    for (int at = s.indexOf(what); at >= 0; at = s.indexOf(what, at + 1)) {
      n++;
    }
    return n;
  }

  /**
   * Lists of topics (the API's, the page, the home page) are kept as well: what they show of a
   * topic (a new topic, a revised title) is there on the next read, and a staff member's list (with
   * drafts) is never kept for the public.
   */
  @Test
  void listsAreKeptAndShowANewOrRevisedTopicAtOnce() {
    String api = "/api/v1/topics?sort=newest&size=50";
    String html = "/topics.xhtml?sort=newest";
    Api.Reply first = Api.get(api, null);
    assertEquals(200, first.status(), first.body());
    Api.Reply kept = Api.get(api, null);
    assertEquals("0", kept.header("X-Kyodo-Query-Count"), "the second read is the kept list");
    assertEquals(first.body(), kept.body());
    assertTrue(kept.header("Content-Type").startsWith("application/json"), kept.toString());
    Api.get(html, null);
    assertEquals("0", Api.get(html, null).header("X-Kyodo-Query-Count"), "the kept page");
    Api.get("/", null);
    assertEquals("0", Api.get("/", null).header("X-Kyodo-Query-Count"), "the kept home page");

    // a staff member's list, drafts included, is theirs only
    Api.Reply draft =
        Api.post("/api/v1/topics", Forum.topicJson("一覧の下書き", "本文"), Forum.staff().token());
    assertEquals(201, draft.status(), draft.body());
    String drafts = "/api/v1/topics?status=draft&size=50";
    assertTrue(Api.get(drafts, Forum.staff().token()).body().contains("一覧の下書き"));
    Api.Reply publicDrafts = Api.get(drafts, null);
    assertEquals(400, publicDrafts.status(), "the staff's list kept for the public");
    assertFalse(Api.get(api, null).body().contains("一覧の下書き"), "a draft in the public list");

    long topic = Forum.openTopic("一覧にすぐ出る議題");
    assertTrue(Api.get(api, null).body().contains("一覧にすぐ出る議題"), "the API list");
    assertTrue(Api.get(html, null).body().contains("一覧にすぐ出る議題"), "the list page");
    // the home page shows a few topics closing soonest (not necessarily this one): rendered again
    assertNotEquals("0", Api.get("/", null).header("X-Kyodo-Query-Count"), "the home page");

    long version =
        Api.get("/api/v1/topics/" + topic, null).json().getJsonNumber("version").longValue();
    String edit =
        Forum.topicJson("書き直した議題名", "議題の本文です。").replace("}", ",\"version\":" + version + "}");
    Api.Reply revised = Api.put("/api/v1/topics/" + topic, edit, Forum.staff().token());
    assertEquals(200, revised.status(), revised.body());
    assertNotEquals("0", Api.get("/", null).header("X-Kyodo-Query-Count"), "the home page");
    for (String path : new String[] {api, html}) {
      String body = Api.get(path, null).body();
      assertTrue(body.contains("書き直した議題名"), path);
      assertFalse(body.contains("一覧にすぐ出る議題"), "the old title on " + path);
    }
  }

  /** A comment's article on a page. */
  private static String article(String html, long comment) {
    int at = html.indexOf("<article id=\"c" + comment + "\"");
    assertTrue(at >= 0, "comment " + comment + " on the page");
    return html.substring(at, html.indexOf("</article>", at));
  }
}
