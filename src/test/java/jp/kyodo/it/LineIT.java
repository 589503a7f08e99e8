package jp.kyodo.it;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpRequest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * LINE: linking through the webhook (signed with the channel secret), unlinking from either side,
 * and instant notifications pushed to the stand-in — retried with the same retry key after a 500,
 * and never for what the recipient may no longer see; daily digests pushed once.
 */
@ExtendWith(KyodoServer.class)
class LineIT {
  private static final String WEBHOOK = "/api/v1/line/webhook";
  private static final String PUSH = "/v2/bot/message/push";

  // --- linking -----------------------------------------------------------------------------------

  @Test
  void aBadSignatureIsRefusedBeforeAnythingIsRead() {
    Accounts.Participant p = Accounts.confirmed("line-badsig");
    String code = newCode(p);
    String body = textEvent(lineUser(), code, false);

    Api.Reply wrong = webhook(body, LineStandIn.sign(body + " "));
    assertEquals(401, wrong.status(), wrong.body());
    assertEquals("application/problem+json", wrong.mediaType());
    assertEquals("invalid_signature", wrong.json().getString("code"));

    Api.Reply missing = webhook(body, null);
    assertEquals(401, missing.status(), missing.body());
    assertEquals("invalid_signature", missing.json().getString("code"));

    assertFalse(status(p).getBoolean("linked"));
    // the code was not spent: sent properly, it still links
    assertEquals(200, webhook(body, LineStandIn.sign(body)).status());
    assertTrue(status(p).getBoolean("linked"));
  }

  @Test
  void aGoodSignatureWithTheCodeLinksAndRepliesSo() {
    Accounts.Participant p = Accounts.confirmed("line-link");
    JsonObject before = status(p);
    assertTrue(before.getBoolean("available"));
    assertFalse(before.getBoolean("linked"));
    String user = lineUser();
    String replyToken = "reply-" + UUID.randomUUID();

    Api.Reply created = Api.post("/api/v1/participants/me/line/link-code", "", p.token());
    assertEquals(201, created.status(), created.body());
    String code = created.json().getString("code");
    assertTrue(code.matches("[A-HJKMNP-Z2-9]{8}"), code);
    assertEquals("https://line.me/R/ti/p/@kyodo-test", created.json().getString("friendUrl"));
    assertNotNull(created.json().getString("expiresAt"));

    // as a person types it: lower case, with a hyphen
    String typed = code.substring(0, 4).toLowerCase() + "-" + code.substring(4).toLowerCase();
    String body = textEvent(user, typed, false).replace("REPLY_TOKEN", replyToken);
    Api.Reply received = webhook(body, LineStandIn.sign(body));
    assertEquals(200, received.status(), received.body());

    Api.Reply after = Api.get("/api/v1/participants/me/line", p.token());
    assertTrue(after.json().getBoolean("linked"));
    assertNotNull(after.json().getString("linkedAt"));
    assertFalse(after.body().contains(user), "the LINE user id is never shown");
    List<LoggedRequest> replies = LineStandIn.requests("/v2/bot/message/reply", replyToken);
    assertEquals(1, replies.size());
    assertTrue(
        replies.get(0).getBodyAsString().contains("受け取れる"), replies.get(0).getBodyAsString());
  }

  @Test
  void aCodeWorksOnceOnlyForItsNewestAndNotAfterItExpires() throws Exception {
    Accounts.Participant p = Accounts.confirmed("line-once");
    String first = newCode(p);
    String code = newCode(p); // the first stops working
    String user = lineUser();
    send(textEvent(user, first, false));
    assertFalse(status(p).getBoolean("linked"), "an earlier code no longer links");

    send(textEvent(user, code, false));
    assertTrue(status(p).getBoolean("linked"));
    assertEquals(204, Api.delete("/api/v1/participants/me/line", p.token()).status());
    // LINE redelivers the same message: the used code links nothing
    send(textEvent(user, code, true));
    assertFalse(status(p).getBoolean("linked"), "a used code links nothing");

    String late = newCode(p);
    try (Connection db = KyodoServer.database();
        PreparedStatement expire =
            db.prepareStatement(
                "update line_link_code set expires_at = now() - interval '1 minute'"
                    + " where participant_id = ? and used_at is null")) {
      expire.setLong(1, p.id());
      assertEquals(1, expire.executeUpdate());
    }
    send(textEvent(user, late, false));
    assertFalse(status(p).getBoolean("linked"), "an expired code links nothing");
  }

  @Test
  void blockingTheWardAccountOrSayingKaijoUnlinks() {
    Accounts.Participant p = Accounts.confirmed("line-unfollow");
    String user = lineUser();
    send(textEvent(user, newCode(p), false));
    assertTrue(status(p).getBoolean("linked"));
    send(
        events(
            "{\"type\":\"unfollow\",\"mode\":\"active\",\"timestamp\":1,\"webhookEventId\":\""
                + UUID.randomUUID()
                + "\",\"deliveryContext\":{\"isRedelivery\":false},"
                + "\"source\":{\"type\":\"user\",\"userId\":\""
                + user
                + "\"}}"));
    assertFalse(status(p).getBoolean("linked"));

    send(textEvent(user, newCode(p), false));
    assertTrue(status(p).getBoolean("linked"));
    send(textEvent(user, "解除", false));
    assertFalse(status(p).getBoolean("linked"));
  }

  @Test
  void aLineAccountMovesToWhoeverSendsTheirCodeFromIt() {
    Accounts.Participant first = Accounts.confirmed("line-move-a");
    Accounts.Participant second = Accounts.confirmed("line-move-b");
    String user = lineUser();
    send(textEvent(user, newCode(first), false));
    send(textEvent(user, newCode(second), false));
    assertFalse(status(first).getBoolean("linked"));
    assertTrue(status(second).getBoolean("linked"));
  }

  @Test
  void unlinkingFromTheSiteUnlinks() {
    Accounts.Participant p = Accounts.confirmed("line-delete");
    send(textEvent(lineUser(), newCode(p), false));
    assertTrue(status(p).getBoolean("linked"));
    assertEquals(204, Api.delete("/api/v1/participants/me/line", p.token()).status());
    assertFalse(status(p).getBoolean("linked"));
    assertEquals(204, Api.delete("/api/v1/participants/me/line", p.token()).status());
  }

  @Test
  void onlySignedInParticipantsHaveALineLink() {
    for (Api.Reply r :
        List.of(
            Api.get("/api/v1/participants/me/line", null),
            Api.post("/api/v1/participants/me/line/link-code", "", null),
            Api.delete("/api/v1/participants/me/line", null))) {
      assertEquals(401, r.status(), r.body());
      assertEquals("application/problem+json", r.mediaType());
    }
  }

  @Test
  void wellSignedEventsItDoesNotKnowAreAcknowledged() {
    String body =
        "{\"destination\":\"Uward\",\"events\":[{\"type\":\"follow\",\"source\":{\"type\":\"user\","
            + "\"userId\":\""
            + lineUser()
            + "\"}},{\"type\":\"message\",\"message\":{\"type\":\"sticker\"}},42]}";
    assertEquals(200, webhook(body, LineStandIn.sign(body)).status());
    String verify = "{\"destination\":\"Uward\",\"events\":[]}";
    assertEquals(200, webhook(verify, LineStandIn.sign(verify)).status());
  }

  // --- pushes ------------------------------------------------------------------------------------

  @Test
  void aPushIsRetriedWithTheSameRetryKeyAfterA500() throws Exception {
    Accounts.Participant p = Accounts.confirmed("line-push");
    String user = lineUser();
    send(textEvent(user, newCode(p), false));
    failOnceThenAccept(user);
    String title = "LINE で知らせる議題 " + UUID.randomUUID().toString().substring(0, 6);
    long topic = Forum.openTopic(title);
    long mine = Forum.id(Forum.post(topic, "LINE で返信を待つ意見", p.token()));
    long reply =
        Forum.id(Forum.reply(mine, "LINE に届く返信", Accounts.confirmed("line-replier").token()));

    long notification = notify(p.id(), "reply", topic, reply);
    awaitDelivered(notification);

    List<LoggedRequest> pushes = LineStandIn.requests(PUSH, user);
    assertEquals(2, pushes.size(), "one 500, then one accepted");
    String key = pushes.get(0).getHeader("X-Line-Retry-Key");
    assertNotNull(key);
    UUID.fromString(key);
    assertEquals(key, pushes.get(1).getHeader("X-Line-Retry-Key"));
    assertEquals("Bearer " + LineStandIn.ACCESS_TOKEN, pushes.get(1).getHeader("Authorization"));
    JsonObject sent =
        Json.createReader(new StringReader(pushes.get(1).getBodyAsString())).readObject();
    assertEquals(user, sent.getString("to"));
    JsonObject message = sent.getJsonArray("messages").getJsonObject(0);
    assertEquals("text", message.getString("type"));
    String text = message.getString("text");
    assertTrue(text.contains(title), text);
    assertTrue(text.contains("返信"), text);
    assertTrue(text.contains("/comment.xhtml?id=" + reply), text);
    try (Connection db = KyodoServer.database();
        PreparedStatement q =
            db.prepareStatement("select attempts, delivery_note from notification where id = ?")) {
      q.setLong(1, notification);
      try (ResultSet r = q.executeQuery()) {
        assertTrue(r.next());
        assertEquals(2, r.getInt(1));
        assertNull(r.getString(2));
      }
    }
  }

  /**
   * A LINE digest: one message per participant and period, its notifications grouped as in the
   * mail; a 500 rolls the batch back and the next run sends it under the same retry key; a third
   * run sends nothing.
   */
  @Test
  void aLineDigestIsPushedOnceUnderItsOwnRetryKey() throws Exception {
    Accounts.Participant p = Accounts.confirmed("line-digest");
    String user = lineUser();
    send(textEvent(user, newCode(p), false));
    Mailings.execute(
        "insert into notification_preference values (?, 'new_topic', 'line', 'daily')", p.id());
    LocalDate day = LocalDate.of(2025, 8, 20);
    OffsetDateTime noon = day.atTime(12, 0).atZone(ZoneId.of("Asia/Tokyo")).toOffsetDateTime();
    String first = "まとめで届く議題 " + UUID.randomUUID().toString().substring(0, 6);
    String second = "もう一つの議題 " + UUID.randomUUID().toString().substring(0, 6);
    long a = Forum.openTopic(first);
    long b = Forum.openTopic(second);
    long na = Mailings.notify(p.id(), "new_topic", a, null, "line", "daily", noon);
    long nb = Mailings.notify(p.id(), "new_topic", b, null, "line", "daily", noon.plusHours(1));
    failOnceThenAccept(user);

    assertEquals(200, runDigests(day).status());
    assertEquals(1, LineStandIn.requests(PUSH, user).size(), "the 500");
    assertEquals(
        "f",
        Mailings.single(
            "select (sent_at is not null) from digest where participant_id = ?"
                + " and channel = 'line'",
            p.id()),
        "rolled back: still to send");
    assertEquals(
        "f",
        Mailings.single("select (delivered_at is not null) from notification where id = ?", na));

    assertEquals(200, runDigests(day).status());
    List<LoggedRequest> pushes = LineStandIn.requests(PUSH, user);
    assertEquals(2, pushes.size(), "sent again after the 500");
    String key = pushes.get(0).getHeader("X-Line-Retry-Key");
    assertNotNull(key);
    assertEquals(key, pushes.get(1).getHeader("X-Line-Retry-Key"));
    String text =
        Json.createReader(new StringReader(pushes.get(1).getBodyAsString()))
            .readObject()
            .getJsonArray("messages")
            .getJsonObject(0)
            .getString("text");
    assertTrue(text.startsWith("【世田谷区 協働プラットフォーム】2025/08/20 のお知らせ（2 件）"), text);
    assertTrue(text.contains("■ 新しい議題（2 件）"), text);
    assertTrue(text.contains(first) && text.contains(second), text);
    assertTrue(
        text.contains("/topic.xhtml?id=" + a) && text.contains("/topic.xhtml?id=" + b), text);
    assertTrue(text.contains("/notification-settings.xhtml"), text);
    for (long n : List.of(na, nb)) {
      assertEquals(
          "t",
          Mailings.single("select (delivered_at is not null) from notification where id = ?", n));
    }
    assertEquals(
        List.of(),
        Mailings.mailsTo(p.email()).stream().filter(m -> m.get(0).contains("のお知らせ")).toList(),
        "LINE only, no mail");

    assertEquals(200, runDigests(day).status());
    assertEquals(2, LineStandIn.requests(PUSH, user).size(), "once only");
  }

  private static Api.Reply runDigests(LocalDate day) {
    return Api.send(
        Api.request("/api/v1/admin/digests?frequency=daily&day=" + day, Accounts.admin())
            .timeout(Duration.ofSeconds(120))
            .POST(HttpRequest.BodyPublishers.noBody()));
  }

  @Test
  void theTextIsInTheRecipientsLanguage() throws Exception {
    Accounts.Participant p = Accounts.confirmed("line-english");
    String user = lineUser();
    send(textEvent(user, newCode(p), false));
    sql("update participant set preferred_language = 'en' where id = " + p.id());
    long topic = Forum.openTopic("英語で知らせる議題");
    long notification = notify(p.id(), "answer", topic, null);
    awaitDelivered(notification);
    List<LoggedRequest> pushes = LineStandIn.requests(PUSH, user);
    assertEquals(1, pushes.size());
    String body = pushes.get(0).getBodyAsString();
    assertTrue(body.contains("The ward's answer"), body);
    assertTrue(body.contains("/topic.xhtml?id=" + topic), body);
  }

  @Test
  void whatTheRecipientMayNoLongerSeeOrCannotReceiveIsNotPushed() throws Exception {
    Accounts.Participant p = Accounts.confirmed("line-gone");
    String user = lineUser();
    send(textEvent(user, newCode(p), false));
    Accounts.Participant author = Accounts.confirmed("line-gone-author");
    long topic = Forum.openTopic("消える意見の議題");
    long comment = Forum.id(Forum.post(topic, "あとで消す意見", author.token()));
    assertEquals(204, Api.delete("/api/v1/comments/" + comment, author.token()).status());

    long gone = notify(p.id(), "department_comment", topic, comment);
    assertEquals("not_visible", awaitDelivered(gone));

    Accounts.Participant unlinked = Accounts.confirmed("line-unlinked");
    long nowhere = notify(unlinked.id(), "answer", topic, null);
    assertEquals("not_linked", awaitDelivered(nowhere));

    assertEquals(List.of(), LineStandIn.requests(PUSH, user));
  }

  @Test
  void theProfileIssuesTheCodeThatLinksAndThenOffersUnlinking() {
    Accounts.Participant p = Accounts.confirmed("line-page");
    WebSession web = WebSession.signedIn(p.email(), Accounts.PASSWORD);
    WebSession.Page profile = web.get("/profile.xhtml");
    assertTrue(profile.body().contains("LINE 連携"), "offered while LINE is configured");
    assertTrue(profile.body().contains("lineForm:issue"));

    WebSession.Page issued = web.submit(web.form("/profile.xhtml", "lineForm"), "lineForm:issue");
    assertEquals(200, issued.status(), issued.toString());
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("class=\"line-code\">([A-Z0-9]+)<").matcher(issued.body());
    assertTrue(m.find(), "the code is shown: " + issued.body());
    String user = lineUser();
    send(textEvent(user, m.group(1), false));

    WebSession.Page linked = web.get("/profile.xhtml");
    assertTrue(linked.body().contains("LINE と連携しています"), linked.body());
    assertTrue(linked.body().contains("data-confirm"), "unlinking asks first");
    WebSession.Page unlinked =
        web.submit(web.form("/profile.xhtml", "lineUnlinkForm"), "lineUnlinkForm:unlink");
    assertEquals(302, unlinked.status(), unlinked.toString());
    assertFalse(status(p).getBoolean("linked"));
    assertTrue(web.get("/profile.xhtml").body().contains("LINE との連携を解除しました。"));
  }

  // --- helpers -----------------------------------------------------------------------------------

  /** The stand-in answers the first push to this LINE user with a 500, the next ones with 200. */
  private static void failOnceThenAccept(String user) {
    String scenario = "fail-once-" + user;
    LineStandIn.server()
        .stubFor(
            post(urlPathEqualTo(PUSH))
                .withRequestBody(matchingJsonPath("$.to", equalTo(user)))
                .inScenario(scenario)
                .whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withStatus(500).withBody("{\"message\":\"down\"}"))
                .willSetStateTo("failed once"));
    LineStandIn.server()
        .stubFor(
            post(urlPathEqualTo(PUSH))
                .withRequestBody(matchingJsonPath("$.to", equalTo(user)))
                .inScenario(scenario)
                .whenScenarioStateIs("failed once")
                .willReturn(aResponse().withStatus(200).withBody("{\"sentMessages\":[]}")));
  }

  private static String lineUser() {
    return "U" + UUID.randomUUID().toString().replace("-", "");
  }

  private static String newCode(Accounts.Participant p) {
    Api.Reply r = Api.post("/api/v1/participants/me/line/link-code", "", p.token());
    assertEquals(201, r.status(), r.body());
    return r.json().getString("code");
  }

  private static JsonObject status(Accounts.Participant p) {
    Api.Reply r = Api.get("/api/v1/participants/me/line", p.token());
    assertEquals(200, r.status(), r.body());
    return r.json();
  }

  private static String textEvent(String user, String text, boolean redelivery) {
    return events(
        "{\"type\":\"message\",\"mode\":\"active\",\"timestamp\":1,\"webhookEventId\":\""
            + UUID.randomUUID()
            + "\",\"deliveryContext\":{\"isRedelivery\":"
            + redelivery
            + "},\"replyToken\":\"REPLY_TOKEN\",\"source\":{\"type\":\"user\",\"userId\":\""
            + user
            + "\"},\"message\":{\"id\":\"1\",\"type\":\"text\",\"text\":"
            + Json.createValue(text)
            + "}}");
  }

  private static String events(String event) {
    return "{\"destination\":\"Uward\",\"events\":[" + event + "]}";
  }

  private static void send(String body) {
    Api.Reply r = webhook(body, LineStandIn.sign(body));
    assertEquals(200, r.status(), r.body());
  }

  private static Api.Reply webhook(String body, String signature) {
    HttpRequest.Builder b =
        Api.request(WEBHOOK, null)
            .header("Content-Type", "application/json; charset=utf-8")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (signature != null) {
      b.header("X-Line-Signature", signature);
    }
    return Api.send(b);
  }

  /** An instant LINE notification, written as the fan-out would write it. */
  private static long notify(long participantId, String kind, long topicId, Long commentId) {
    return Mailings.notify(
        participantId, kind, topicId, commentId, "line", "instant", OffsetDateTime.now());
  }

  /** Waits until the notification is handed over; its delivery note (null when pushed). */
  private static String awaitDelivered(long notification) throws Exception {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
    while (Instant.now().isBefore(deadline)) {
      try (Connection db = KyodoServer.database();
          PreparedStatement q =
              db.prepareStatement(
                  "select delivered_at is not null, delivery_note from notification where id = ?")) {
        q.setLong(1, notification);
        try (ResultSet r = q.executeQuery()) {
          r.next();
          if (r.getBoolean(1)) {
            return r.getString(2);
          }
        }
      }
      Thread.sleep(100);
    }
    throw new AssertionError("notification " + notification + " was not delivered in 30 s");
  }

  private static void sql(String statement) throws SQLException {
    try (Connection db = KyodoServer.database()) {
      db.createStatement().executeUpdate(statement);
    }
  }
}
