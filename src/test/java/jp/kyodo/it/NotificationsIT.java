package jp.kyodo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Who hears of what: replies, answers, new topics, held and hidden comments, preferences. */
@ExtendWith(KyodoServer.class)
class NotificationsIT {

  @Test
  void aReplyNotifiesTheParentsAuthorInTheSiteAndByMailAndNobodyElse() {
    long topic = Forum.openTopic("返信の通知");
    Accounts.Participant author = Accounts.confirmed("notify-author");
    Accounts.Participant replier = Accounts.confirmed("notify-replier");
    Accounts.Participant bystander = Accounts.confirmed("notify-bystander");
    long opinion = Forum.id(Forum.post(topic, "最初の意見です。", author.token()));
    Forum.post(topic, "別の人の意見です。", bystander.token());
    long reply = Forum.id(Forum.reply(opinion, "あなたの意見への返信です。", replier.token()));

    JsonObject notice = eventually(() -> first(author, "reply"), "the author's reply notice");
    assertEquals(reply, notice.getJsonNumber("commentId").longValue());
    assertEquals("/comment.xhtml?id=" + reply, notice.getString("path"));
    assertTrue(notice.getString("text").contains("返信の通知"), notice.toString());
    assertFalse(notice.getBoolean("read"));

    JsonObject mail = eventually(() -> mail(author.email(), "返信"), "the reply mail");
    assertTrue(mail.getString("body").contains("/comment.xhtml?id=" + reply), mail.toString());
    assertTrue(mail.getString("body").contains("/unsubscribe.xhtml?key="), "the page to stop them");
    assertTrue(
        mail.getString("listUnsubscribe").contains("/api/v1/unsubscribe?key=")
            && mail.getString("listUnsubscribe").endsWith("&kind=reply"),
        "the one-click link: " + mail);

    // the replier and the bystander hear of no reply: one wrote it, the other was not answered
    settle();
    assertEquals(List.of(), kinds(replier, "reply"));
    assertEquals(List.of(), kinds(bystander, "reply"));
    assertEquals(null, mail(bystander.email(), "返信"));
  }

  @Test
  void commentingFollowsTheTopicAndFollowersHearOfTheWardsAnswerAndNewOpinions() {
    long topic = Forum.openTopic("区の考え方の通知");
    Accounts.Participant commenter = Accounts.confirmed("follow-commenter");
    Accounts.Participant follower = Accounts.confirmed("follow-explicit");
    Accounts.Participant stranger = Accounts.confirmed("follow-stranger");
    Api.Reply followed = Api.put("/api/v1/topics/" + topic + "/follow", "", follower.token());
    assertEquals(200, followed.status(), followed.body());
    assertTrue(followed.json().getBoolean("following"));
    assertEquals(
        200, Api.put("/api/v1/topics/" + topic + "/follow", "", follower.token()).status());
    Forum.post(topic, "意見を書くとフォローします。", commenter.token());
    eventually(() -> first(follower, "topic_comment"), "the first new opinion's notice");
    assertTrue(
        Api.get("/api/v1/topics/" + topic + "/follow", commenter.token())
            .json()
            .getBoolean("following"),
        "commenting follows");

    Api.Reply answered =
        Api.put(
            "/api/v1/topics/" + topic + "/response",
            Api.json("status", "considering", "body", "区として検討します。"),
            Forum.staff().token());
    assertEquals(200, answered.status(), answered.body());

    for (Accounts.Participant p : List.of(commenter, follower)) {
      JsonObject n = eventually(() -> first(p, "answer"), "the answer notice");
      assertEquals(topic, n.getJsonNumber("topicId").longValue());
      assertTrue(n.getString("text").contains("区の考え方"), n.toString());
    }
    eventually(() -> mail(follower.email(), "区の考え方"), "the answer mail");

    // new opinions: a follower has one unread row for the topic, counting those of others
    Forum.post(topic, "二つ目の意見", stranger.token());
    Forum.post(topic, "三つ目の意見", stranger.token());
    JsonObject activity =
        eventually(
            () -> {
              JsonObject n = first(follower, "topic_comment");
              return n != null && n.getInt("count") == 3 ? n : null;
            },
            "three new opinions counted in one notice");
    assertEquals("/topic.xhtml?id=" + topic, activity.getString("path"));
    settle();
    assertEquals(List.of(), kinds(stranger, "answer"), "a non-follower hears nothing");

    Api.Reply unfollowed = Api.delete("/api/v1/topics/" + topic + "/follow", follower.token());
    assertEquals(200, unfollowed.status(), unfollowed.body());
    assertEquals(200, Api.delete("/api/v1/topics/" + topic + "/follow", follower.token()).status());
  }

  /**
   * A topic's followers are told at most once every five seconds: an opinion posted right after a
   * pass waits for the next one, which comes without any further post.
   */
  @Test
  void anOpinionRightAfterAPassIsToldByTheTopicsNextPass() {
    long topic = Forum.openTopic("続けて届く意見");
    Accounts.Participant follower = Accounts.confirmed("pass-follower");
    Accounts.Participant poster = Accounts.confirmed("pass-poster");
    assertEquals(
        200, Api.put("/api/v1/topics/" + topic + "/follow", "", follower.token()).status());
    Forum.post(topic, "最初の意見", poster.token());
    JsonObject told = eventually(() -> first(follower, "topic_comment"), "the first pass");
    long firstRow = told.getJsonNumber("id").longValue();
    Api.Reply read = Api.post("/api/v1/notifications/" + firstRow + "/read", "", follower.token());
    assertEquals(204, read.status(), read.body());

    // within the pass's five seconds: all three go out with the topic's next pass
    for (String text : List.of("すぐ後の意見", "二つ目の意見", "三つ目の意見")) {
      Forum.post(topic, text, poster.token());
    }
    JsonObject next = newNotice(follower, firstRow, "the next pass, with no further post");
    assertEquals(3, next.getInt("count"), next.toString());
    assertFalse(next.getBoolean("read"), next.toString());
    assertEquals(topic, next.getJsonNumber("topicId").longValue());
    // the pass took every opinion waiting for the topic: nothing is left waiting
    try (java.sql.Connection c = KyodoServer.database();
        java.sql.PreparedStatement ps =
            c.prepareStatement(
                "select (select count(*) from notification_event where topic_id = ?"
                    + " and followers_pending), (select pending from topic_fanout"
                    + " where topic_id = ?)")) {
      ps.setLong(1, topic);
      ps.setLong(2, topic);
      try (java.sql.ResultSet rs = ps.executeQuery()) {
        rs.next();
        assertEquals(0, rs.getLong(1), "opinions still waiting for the topic's pass");
        assertFalse(rs.getBoolean(2), "the topic still marked as waiting");
      }
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * A pass reads only the followers not known to have a waiting row (V16_2): one whose row was read
   * or delivered, or who had only their own opinion new at the last pass, must still be told of the
   * next opinions of others.
   */
  @Test
  void followersAreToldAgainAfterReadingAfterDeliveryAndAfterOnlyTheirOwnOpinion() {
    long topic = Forum.openTopic("もう一度届く意見");
    Accounts.Participant first = Accounts.confirmed("again-first");
    Accounts.Participant mailed = Accounts.confirmed("again-mailed");
    Accounts.Participant other = Accounts.confirmed("again-other");
    Api.Reply byMail =
        Api.put(
            "/api/v1/participants/me/notifications/settings",
            "{\"preferences\":[{\"kind\":\"topic_comment\",\"channel\":\"email\","
                + "\"frequency\":\"instant\"}]}",
            mailed.token());
    assertEquals(200, byMail.status(), byMail.body());
    assertEquals(200, Api.put("/api/v1/topics/" + topic + "/follow", "", mailed.token()).status());

    // only the first's own opinion is new: a pass tells them nothing (and the mailed follower one)
    Forum.post(topic, "最初のひとり", first.token());
    eventually(() -> mails(mailed.email(), "新しい意見") == 1 ? true : null, "the first mail");
    assertEquals(null, first(first, "topic_comment"), "told of their own opinion");
    assertFalse(waiting(topic, first), "marked as told without a row");

    Forum.post(topic, "ほかの人の意見", other.token());
    JsonObject told = eventually(() -> first(first, "topic_comment"), "the other's opinion");
    assertEquals(1, told.getInt("count"), told.toString());
    assertTrue(waiting(topic, first), "a waiting row, known on the follow");
    // the mailed follower's first row was delivered: the next opinion is mailed again
    eventually(() -> mails(mailed.email(), "新しい意見") == 2 ? true : null, "the second mail");

    // read (all of them at once): the next opinion is a new row
    Api.Reply read = Api.post("/api/v1/notifications/read", "", first.token());
    assertEquals(200, read.status(), read.body());
    assertFalse(waiting(topic, first), "still marked as waiting after reading");
    long firstRow = told.getJsonNumber("id").longValue();
    Forum.post(topic, "読んだ後の意見", other.token());
    JsonObject again = newNotice(first, firstRow, "a new row after reading");
    assertFalse(again.getBoolean("read"), again.toString());
    assertEquals(1, again.getInt("count"), again.toString());
    eventually(() -> mails(mailed.email(), "新しい意見") == 3 ? true : null, "the third mail");
    settle();
    assertEquals(3, mails(mailed.email(), "新しい意見"), "a mail twice for one pass");
  }

  /** Waits for a "new opinions" notice other than the row already read. */
  private static JsonObject newNotice(Accounts.Participant p, long readRow, String what) {
    return eventually(
        () -> {
          JsonObject n = first(p, "topic_comment");
          return n != null && n.getJsonNumber("id").longValue() != readRow ? n : null;
        },
        what);
  }

  /** Whether the follow says the follower has a waiting "new opinions" row for the topic. */
  private static boolean waiting(long topic, Accounts.Participant p) {
    try (java.sql.Connection c = KyodoServer.database();
        java.sql.PreparedStatement ps =
            c.prepareStatement(
                "select waiting from topic_follow where topic_id = ? and participant_id = ?")) {
      ps.setLong(1, topic);
      ps.setLong(2, p.id());
      try (java.sql.ResultSet rs = ps.executeQuery()) {
        assertTrue(rs.next(), "no follow of " + p.email());
        return rs.getBoolean(1);
      }
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void heldAndHiddenCommentsNotifyNobody() {
    long topic = Forum.openTopic("非公開の通知");
    Accounts.Participant author = Accounts.confirmed("hidden-author");
    Accounts.Participant replier = Accounts.confirmed("hidden-replier");
    long opinion = Forum.id(Forum.post(topic, "元の意見", author.token()));

    String word = "通知保留語" + System.nanoTime() % 100000;
    Moderation.watch(word, "hold");
    JsonObject held = Forum.reply(opinion, "これは" + word + "を含む返信", replier.token());
    assertEquals("held", held.getString("status"), held.toString());

    long shown = Forum.id(Forum.reply(opinion, "公開される返信", replier.token()));
    JsonObject notice = eventually(() -> first(author, "reply"), "the visible reply's notice");
    assertEquals(shown, notice.getJsonNumber("commentId").longValue(), "not the held one");

    // a moderator hides the visible reply: its notice is gone from the list and the count
    Accounts.Participant moderator = Moderation.moderator("hidden-mod");
    Api.Reply report = Moderation.report(shown, "spam", Accounts.confirmed("hidden-rep").token());
    assertEquals(201, report.status(), report.body());
    long caseId = report.json().getJsonNumber("caseId").longValue();
    Moderation.decideNow(caseId, "hide", "spam", moderator.token());
    assertEquals(List.of(), kinds(author, "reply"));
    assertEquals(
        0,
        Api.get("/api/v1/notifications/unread-count", author.token())
            .json()
            .getJsonNumber("unread")
            .longValue());
    // its own author is told in the site (besides the decision's mail), whatever the post's state
    JsonObject decided = eventually(() -> first(replier, "moderation"), "the author's notice");
    assertEquals("hidden", decided.getString("detail"));
    assertEquals("/profile.xhtml#moderation", decided.getString("path"));
    assertTrue(decided.getString("text").contains("非表示"), decided.toString());
  }

  @Test
  void aNewTopicReachesWatchersOfItsDistrictAreaAndPolicyArea() {
    Accounts.Participant district = Accounts.confirmed("watch-district");
    Accounts.Participant area = Accounts.confirmed("watch-area");
    Accounts.Participant policy = Accounts.confirmed("watch-policy");
    Accounts.Participant elsewhere = Accounts.confirmed("watch-elsewhere");
    watch(district, List.of(), List.of("taishido"), List.of());
    watch(area, List.of("setagaya"), List.of(), List.of());
    watch(policy, List.of(), List.of(), List.of("environment"));
    watch(elsewhere, List.of("kitazawa"), List.of(), List.of("safety"));

    long local = publish("太子堂の新しい議題", "environment", "setagaya", "taishido");
    for (Accounts.Participant p : List.of(district, area, policy)) {
      JsonObject n = eventually(() -> about(p, "new_topic", local), "the new-topic notice");
      assertTrue(n.getString("text").contains("太子堂の新しい議題"), n.toString());
    }
    long wardWide = publish("区全域の新しい議題", "safety", null, null);
    eventually(() -> about(elsewhere, "new_topic", wardWide), "policy-area watchers, ward-wide");
    settle();
    assertEquals(null, about(elsewhere, "new_topic", local), "another area and policy area");
  }

  @Test
  void preferencesChangeTheChannelAndFrequencyAndOffStopsEvenTheList() {
    Accounts.Participant p = Accounts.confirmed("prefs");
    JsonObject settings =
        Api.get("/api/v1/participants/me/notifications/settings", p.token()).json();
    assertEquals("email", preference(settings, "reply").getString("channel"));
    assertEquals("instant", preference(settings, "reply").getString("frequency"));
    assertEquals("weekly", preference(settings, "new_topic").getString("frequency"));
    assertTrue(settings.getBoolean("followOnComment"));

    Api.Reply changed =
        Api.put(
            "/api/v1/participants/me/notifications/settings",
            "{\"preferences\":[{\"kind\":\"reply\",\"channel\":\"site\",\"frequency\":\"instant\"},"
                + "{\"kind\":\"answer\",\"channel\":\"email\",\"frequency\":\"off\"}],"
                + "\"followOnComment\":false}",
            p.token());
    assertEquals(200, changed.status(), changed.body());
    assertEquals("site", preference(changed.json(), "reply").getString("channel"));
    assertTrue(preference(changed.json(), "reply").getBoolean("chosen"));
    assertFalse(changed.json().getBoolean("followOnComment"));

    Api.Reply line =
        Api.put(
            "/api/v1/participants/me/notifications/settings",
            "{\"preferences\":[{\"kind\":\"reply\",\"channel\":\"line\",\"frequency\":\"instant\"}]}",
            p.token());
    assertEquals(400, line.status(), line.body());
    assertTrue(line.body().contains("LINE"), line.body());
    Api.Reply unknown =
        Api.put(
            "/api/v1/participants/me/notifications/settings",
            "{\"preferences\":[{\"kind\":\"gossip\",\"channel\":\"site\",\"frequency\":\"instant\"}]}",
            p.token());
    assertEquals(400, unknown.status(), unknown.body());

    long topic = Forum.openTopic("設定の通知");
    long mine = Forum.id(Forum.post(topic, "フォローしない意見", p.token()));
    assertFalse(
        Api.get("/api/v1/topics/" + topic + "/follow", p.token()).json().getBoolean("following"));
    Forum.reply(mine, "サイトだけで知らせる返信", Accounts.confirmed("prefs-replier").token());
    eventually(() -> first(p, "reply"), "the reply in the site");
    settle();
    assertEquals(null, mail(p.email(), "返信"), "no mail: the channel is the site");

    Api.Reply read =
        Api.post(
            "/api/v1/notifications/" + first(p, "reply").getJsonNumber("id") + "/read",
            "",
            p.token());
    assertEquals(204, read.status(), read.body());
    assertTrue(first(p, "reply").getBoolean("read"));
    assertEquals(404, Api.post("/api/v1/notifications/999999999/read", "", p.token()).status());
    assertEquals(401, Api.get("/api/v1/notifications", null).status());
  }

  @Test
  void followersHearThatATopicClosesWithinThreeDaysAndThatItClosed() {
    // it closes in four days when followed, then staff bring the end forward to two
    long topic = publish("まもなく締め切る議題", "environment", null, null, 96);
    Accounts.Participant follower = Accounts.confirmed("closing-follower");
    assertEquals(
        200, Api.put("/api/v1/topics/" + topic + "/follow", "", follower.token()).status());
    long version =
        Api.get("/api/v1/topics/" + topic, null).json().getJsonNumber("version").longValue();
    String revised = topicJson("まもなく締め切る議題", "environment", null, null, 48);
    Api.Reply shortened =
        Api.put(
            "/api/v1/topics/" + topic,
            revised.substring(0, revised.length() - 1) + ",\"version\":" + version + "}",
            Forum.staff().token());
    assertEquals(200, shortened.status(), shortened.body());
    JsonObject soon =
        eventually(() -> about(follower, "topic_closing", topic), "the closing-soon notice");
    assertEquals("soon", soon.getString("detail"));
    assertTrue(soon.getString("text").contains("3 日以内"), soon.toString());

    Api.Reply closed = Api.post("/api/v1/topics/" + topic + "/closure", "", Forum.staff().token());
    assertEquals(200, closed.status(), closed.body());
    JsonObject done =
        eventually(
            () ->
                notices(follower).stream()
                    .filter(n -> n.getString("kind").equals("topic_closing"))
                    .filter(n -> n.getString("detail").equals("closed"))
                    .findFirst()
                    .orElse(null),
            "the closed notice");
    assertTrue(done.getString("text").contains("終わりました"), done.toString());
    settle();
    long closingNotices =
        notices(follower).stream().filter(n -> n.getString("kind").equals("topic_closing")).count();
    assertEquals(2, closingNotices, "each step once, however often the sweep runs");
  }

  @Test
  void staffHearOfNewCommentsOnTheirDepartmentsTopics() {
    Accounts.Participant staff = Forum.staff();
    Api.Reply set =
        Api.put(
            "/api/v1/participants/me/notifications/settings",
            Api.json("department", "環境政策部 環境計画課"),
            staff.token());
    assertEquals(200, set.status(), set.body());
    assertEquals("環境政策部 環境計画課", set.json().getString("department"));
    Api.Reply notStaff =
        Api.put(
            "/api/v1/participants/me/notifications/settings",
            Api.json("department", "環境政策部"),
            Accounts.confirmed("dept-other").token());
    assertEquals(400, notStaff.status(), notStaff.body());

    long topic = Forum.openTopic("所管課の議題"); // department 環境政策部 環境計画課
    long comment =
        Forum.id(Forum.post(topic, "所管課に届く意見", Accounts.confirmed("dept-writer").token()));
    JsonObject n =
        eventually(
            () ->
                notices(staff).stream()
                    .filter(x -> x.getString("kind").equals("department_comment"))
                    .filter(x -> x.getJsonNumber("commentId").longValue() == comment)
                    .findFirst()
                    .orElse(null),
            "the department's notice");
    assertTrue(n.getString("text").contains("所管の議題"), n.toString());
  }

  // --- helpers

  private static void watch(
      Accounts.Participant p, List<String> areas, List<String> districts, List<String> policy) {
    Api.Reply r =
        Api.put(
            "/api/v1/participants/me/notifications/watches",
            Api.json("areas", areas, "districts", districts, "policyAreas", policy),
            p.token());
    assertEquals(200, r.status(), r.body());
  }

  private static long publish(String title, String policyArea, String area, String district) {
    return publish(title, policyArea, area, district, 20 * 24);
  }

  private static long publish(
      String title, String policyArea, String area, String district, int openHours) {
    Api.Reply created =
        Api.post(
            "/api/v1/topics",
            topicJson(title, policyArea, area, district, openHours),
            Forum.staff().token());
    assertEquals(201, created.status(), created.body());
    long id = created.json().getJsonNumber("id").longValue();
    Api.Reply published =
        Api.post("/api/v1/topics/" + id + "/publication", "", Forum.staff().token());
    assertEquals(200, published.status(), published.body());
    return id;
  }

  private static String topicJson(
      String title, String policyArea, String area, String district, int openHours) {
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    StringBuilder json =
        new StringBuilder("{\"title\":\"" + title + "\",\"body\":\"本文\",\"policyArea\":\"")
            .append(policyArea)
            .append("\",\"department\":\"環境政策部\",\"opensAt\":\"")
            .append(now.minusHours(1))
            .append("\",\"closesAt\":\"")
            .append(now.plusHours(openHours))
            .append('"');
    if (area != null) {
      json.append(",\"scopeArea\":\"").append(area).append('"');
    }
    if (district != null) {
      json.append(",\"scopeDistrict\":\"").append(district).append('"');
    }
    return json.append('}').toString();
  }

  private static JsonObject preference(JsonObject settings, String kind) {
    return settings.getJsonArray("preferences").stream()
        .map(v -> v.asJsonObject())
        .filter(o -> o.getString("kind").equals(kind))
        .findFirst()
        .orElseThrow();
  }

  static List<JsonObject> notices(Accounts.Participant p) {
    Api.Reply r = Api.get("/api/v1/notifications", p.token());
    assertEquals(200, r.status(), r.body());
    return r.json().getJsonArray("items").stream().map(v -> v.asJsonObject()).toList();
  }

  static JsonObject first(Accounts.Participant p, String kind) {
    return notices(p).stream()
        .filter(n -> n.getString("kind").equals(kind))
        .findFirst()
        .orElse(null);
  }

  private static JsonObject about(Accounts.Participant p, String kind, long topic) {
    return notices(p).stream()
        .filter(n -> n.getString("kind").equals(kind))
        .filter(n -> n.getJsonNumber("topicId").longValue() == topic)
        .findFirst()
        .orElse(null);
  }

  private static List<String> kinds(Accounts.Participant p, String kind) {
    return notices(p).stream()
        .map(n -> n.getString("kind"))
        .filter(kind::equals)
        .collect(Collectors.toList());
  }

  /** The newest mail to the address whose subject contains the word, or null. */
  static JsonObject mail(String email, String subjectWord) {
    return mailsTo(email, subjectWord).findFirst().orElse(null);
  }

  /** How many mails to the address have a subject containing the word. */
  static long mails(String email, String subjectWord) {
    return mailsTo(email, subjectWord).count();
  }

  /** The mails to the address whose subject contains the word, newest first. */
  private static Stream<JsonObject> mailsTo(String email, String subjectWord) {
    Api.Reply outbox =
        Api.get(
            "/api/v1/outbox?recipient=" + URLEncoder.encode(email, StandardCharsets.UTF_8),
            Accounts.admin());
    assertEquals(200, outbox.status(), outbox.body());
    return outbox.array().stream()
        .map(v -> v.asJsonObject())
        .filter(m -> m.getString("subject").contains(subjectWord));
  }

  /** Waits (up to 15 s) for the fan-out, which runs after the commit on a worker thread. */
  static <T> T eventually(Supplier<T> found, String what) {
    long deadline = System.nanoTime() + 15_000_000_000L;
    while (System.nanoTime() < deadline) {
      T value = found.get();
      if (value != null) {
        return value;
      }
      pause(200);
    }
    throw new AssertionError("not within 15 s: " + what);
  }

  /** Gives a fan-out that should write nothing the time to have written it (two sweeps). */
  static void settle() {
    pause(6_000);
  }

  private static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
