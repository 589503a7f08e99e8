package jp.kyodo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * One-click unsubscribe (RFC 8058): a POST to the mail's link works without any session or token,
 * switches off what the link names and nothing else, and answers the same when repeated; opening
 * the link or the page changes nothing.
 */
@ExtendWith(KyodoServer.class)
class UnsubscribeIT {
  private static Api.Reply oneClick(String key, String kind, String body) {
    return Api.send(
        Api.request("/api/v1/unsubscribe?key=" + key + "&kind=" + kind, null)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  @Test
  void oneClickWithoutASessionSwitchesOffThatKindOnlyAndIsIdempotent() {
    Accounts.Participant p = Accounts.confirmed("unsub-one");
    String key = Mailings.unsubscribeKey(p.id());
    assertEquals(Map.of(), Mailings.preferences(p.id()));

    Api.Reply first = oneClick(key, "reply", "List-Unsubscribe=One-Click");
    assertEquals(200, first.status(), first.body());
    assertEquals("reply", first.json().getString("kind"));
    assertEquals(false, first.json().getBoolean("subscribed"));
    assertEquals(Map.of("reply", "email/off"), Mailings.preferences(p.id()));

    // a provider that posts again, or with an empty body, gets the same answer; nothing else moves
    Api.Reply again = oneClick(key, "reply", "");
    assertEquals(200, again.status(), again.body());
    assertEquals(first.body(), again.body());
    assertEquals(Map.of("reply", "email/off"), Mailings.preferences(p.id()));
  }

  @Test
  void aDigestsLinkStopsTheKindsMailedInThatDigestAndKeepsTheOthers() {
    Accounts.Participant p = Accounts.confirmed("unsub-digest");
    // replies moved to the daily digest; answers stay instant; new topics are weekly by default
    Mailings.execute(
        "insert into notification_preference values (?, 'reply', 'email', 'daily')", p.id());
    String key = Mailings.unsubscribeKey(p.id());

    assertEquals(200, oneClick(key, "digest-daily", "List-Unsubscribe=One-Click").status());
    assertEquals(Map.of("reply", "email/off"), Mailings.preferences(p.id()));

    assertEquals(200, oneClick(key, "digest-weekly", "List-Unsubscribe=One-Click").status());
    assertEquals(
        Map.of("reply", "email/off", "new_topic", "email/off"), Mailings.preferences(p.id()));
    // a kind that is not mailed (topic_closing is on the site) is left alone by its link
    assertEquals(200, oneClick(key, "topic_closing", "").status());
    assertEquals(
        Map.of("reply", "email/off", "new_topic", "email/off"), Mailings.preferences(p.id()));
  }

  @Test
  void anUnknownKeyIs404AndAMalformedOneOrKindIs400() {
    Api.Reply unknown = oneClick(UUID.randomUUID().toString(), "reply", "");
    assertEquals(404, unknown.status(), unknown.body());
    assertEquals("application/problem+json", unknown.mediaType());
    assertEquals("not_found", unknown.json().getString("code"));

    Api.Reply malformed = oneClick("not-a-key", "reply", "");
    assertEquals(400, malformed.status(), malformed.body());
    assertEquals(List.of("key"), malformed.errorFields());

    String key = Mailings.unsubscribeKey(Accounts.confirmed("unsub-kind").id());
    Api.Reply kind = oneClick(key, "everything", "");
    assertEquals(400, kind.status(), kind.body());
    assertEquals(List.of("kind"), kind.errorFields());
  }

  @Test
  void openingTheLinkOrThePageChangesNothingAndTheButtonDoes() {
    Accounts.Participant p = Accounts.confirmed("unsub-page");
    String key = Mailings.unsubscribeKey(p.id());
    // a scanner fetching the one-click address
    Api.Reply get = Api.get("/api/v1/unsubscribe?key=" + key + "&kind=answer", null);
    assertEquals(405, get.status(), get.body());
    assertEquals(Map.of(), Mailings.preferences(p.id()));

    WebSession web = WebSession.anonymous();
    String page = "/unsubscribe.xhtml?key=" + key + "&kind=answer";
    WebSession.Page opened = web.get(page);
    assertEquals(200, opened.status(), opened.toString());
    assertTrue(opened.body().contains("フォロー中の議題への区の考え方のメール"), opened.body());
    assertEquals(Map.of(), Mailings.preferences(p.id()), "opening the page changes nothing");

    WebSession.Page done =
        web.submit(web.form(page, "unsubscribeForm"), "unsubscribeForm:unsubscribe");
    assertEquals(200, done.status(), done.toString());
    assertTrue(done.body().contains("配信を停止しました"), done.body());
    assertEquals(Map.of("answer", "email/off"), Mailings.preferences(p.id()));

    WebSession.Page bad =
        WebSession.anonymous().get("/unsubscribe.xhtml?key=" + UUID.randomUUID() + "&kind=answer");
    assertEquals(200, bad.status());
    assertTrue(bad.body().contains("id=\"invalid\""), bad.body());
  }
}
