package jp.kyodo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A retried POST with the same Idempotency-Key returns the first result and writes once. */
@ExtendWith(KyodoServer.class)
class IdempotencyIT {

  @Test
  void aRetriedPostReturnsTheSameCommentAndCreatesOneRow() throws SQLException {
    long topic = Forum.openTopic("再送");
    Accounts.Participant p = Accounts.confirmed("idem");
    String key = UUID.randomUUID().toString();
    String body = "再送されても一件だけ " + UUID.randomUUID();
    String json = Api.json("body", body, "stance", "agree");

    Api.Reply first = post("/api/v1/topics/" + topic + "/comments", json, p.token(), key);
    Api.Reply retry = post("/api/v1/topics/" + topic + "/comments", json, p.token(), key);

    assertEquals(201, first.status(), first.body());
    assertEquals(201, retry.status(), retry.body());
    assertEquals(Forum.id(first.json()), Forum.id(retry.json()));
    assertEquals(first.json(), retry.json(), "the same answer, field for field");
    assertEquals(first.header("Location"), retry.header("Location"));
    assertTrue(first.header("Location").endsWith("/api/v1/comments/" + Forum.id(first.json())));
    assertNull(first.header("Idempotent-Replayed"));
    assertEquals("true", retry.header("Idempotent-Replayed"));
    assertEquals(1, rowsWithBody(body));
    assertEquals(1, Api.get("/api/v1/topics/" + topic, null).json().getInt("commentCount"));
    CommentCountersIT.assertCountersMatchTables(topic);
  }

  @Test
  void theSameKeyWithAnotherBodyIs422AndWritesNothing() throws SQLException {
    long topic = Forum.openTopic("再送（別内容）");
    Accounts.Participant p = Accounts.confirmed("idem-other");
    String key = UUID.randomUUID().toString();
    String path = "/api/v1/topics/" + topic + "/comments";
    String second = "別の内容 " + UUID.randomUUID();
    assertEquals(201, post(path, Api.json("body", "最初の内容"), p.token(), key).status());

    Api.Reply other = post(path, Api.json("body", second), p.token(), key);
    assertEquals(422, other.status(), other.body());
    assertEquals("application/problem+json", other.mediaType());
    assertEquals("idempotency_key_reused", other.json().getString("code"));
    assertEquals(0, rowsWithBody(second));

    // the same key on another operation is another request too
    Api.Reply elsewhere =
        post(
            "/api/v1/topics/" + Forum.openTopic("別の議題") + "/comments",
            Api.json("body", "最初の内容"),
            p.token(),
            key);
    assertEquals(422, elsewhere.status(), elsewhere.body());
  }

  @Test
  void keysBelongToTheirParticipantAndExpireAfterADay() throws SQLException {
    long topic = Forum.openTopic("キーの持ち主");
    String key = UUID.randomUUID().toString();
    String path = "/api/v1/topics/" + topic + "/comments";
    String json = Api.json("body", "同じキー、別の人");
    Api.Reply a = post(path, json, Accounts.confirmed("idem-a").token(), key);
    Api.Reply b = post(path, json, Accounts.confirmed("idem-b").token(), key);
    assertEquals(201, a.status());
    assertEquals(201, b.status());
    assertTrue(Forum.id(a.json()) != Forum.id(b.json()), "two people, two comments");

    Accounts.Participant p = Accounts.confirmed("idem-expiry");
    String body = "一日後の再送 " + UUID.randomUUID();
    Api.Reply first = post(path, Api.json("body", body), p.token(), key);
    try (Connection db = KyodoServer.database();
        PreparedStatement st =
            db.prepareStatement(
                "update idempotency_key set created_at = created_at - interval '25 hours'"
                    + " where owner = ? and idem_key = ?")) {
      st.setString(1, "p:" + p.id());
      st.setString(2, key);
      assertEquals(1, st.executeUpdate());
    }
    Api.Reply later = post(path, Api.json("body", body), p.token(), key);
    assertEquals(201, later.status(), later.body());
    assertTrue(Forum.id(first.json()) != Forum.id(later.json()), "an expired key is new again");
    assertEquals(2, rowsWithBody(body));
  }

  @Test
  void simultaneousRetriesWriteOnce() throws Exception {
    long topic = Forum.openTopic("同時の再送");
    Accounts.Participant p = Accounts.confirmed("idem-race");
    String key = UUID.randomUUID().toString();
    String body = "同時に三回 " + UUID.randomUUID();
    String path = "/api/v1/topics/" + topic + "/comments";
    ExecutorService pool = Executors.newFixedThreadPool(3);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<Api.Reply>> replies = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        replies.add(
            pool.submit(
                () -> {
                  start.await();
                  return post(path, Api.json("body", body), p.token(), key);
                }));
      }
      start.countDown();
      Set<Long> ids = new HashSet<>();
      for (Future<Api.Reply> f : replies) {
        Api.Reply r = f.get();
        assertEquals(201, r.status(), r.body());
        ids.add(Forum.id(r.json()));
      }
      assertEquals(1, ids.size(), "every caller got the one comment");
      assertEquals(1, rowsWithBody(body));
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aRefusedRequestIsNotRememberedSoItsRetryRuns() throws SQLException {
    long topic = Forum.openTopic("拒否の後の再送");
    Accounts.Participant p = Accounts.confirmed("idem-refused");
    String key = UUID.randomUUID().toString();
    String path = "/api/v1/topics/" + topic + "/comments";
    Api.Reply invalid = post(path, Api.json("body", "x", "stance", "maybe"), p.token(), key);
    assertEquals(400, invalid.status(), invalid.body());
    Api.Reply fixed = post(path, Api.json("body", "直した意見"), p.token(), key);
    assertEquals(201, fixed.status(), fixed.body());
  }

  @Test
  void repliesReportsAndRegistrationsAreIdempotentToo() throws SQLException {
    long topic = Forum.openTopic("返信・通報・登録");
    Accounts.Participant p = Accounts.confirmed("idem-kinds");
    long root = Forum.id(Forum.post(topic, "元の意見", Accounts.confirmed("idem-o").token()));
    String replyKey = UUID.randomUUID().toString();
    String reply = Api.json("body", "返信 " + UUID.randomUUID());
    Api.Reply r1 = post("/api/v1/comments/" + root + "/replies", reply, p.token(), replyKey);
    Api.Reply r2 = post("/api/v1/comments/" + root + "/replies", reply, p.token(), replyKey);
    assertEquals(201, r2.status(), r2.body());
    assertEquals(Forum.id(r1.json()), Forum.id(r2.json()));
    CommentCountersIT.assertCountersMatchTables(topic);

    String reportKey = UUID.randomUUID().toString();
    String report = Api.json("reason", "spam", "text", "宣伝です");
    Api.Reply report1 = post("/api/v1/comments/" + root + "/reports", report, p.token(), reportKey);
    Api.Reply report2 = post("/api/v1/comments/" + root + "/reports", report, p.token(), reportKey);
    assertEquals(201, report1.status(), report1.body());
    assertEquals(201, report2.status(), "not 409 already_reported: " + report2.body());
    assertEquals(report1.json(), report2.json());

    String email = Accounts.uniqueEmail("idem-register");
    String registration =
        Api.json(
            "email",
            email,
            "password",
            Accounts.PASSWORD,
            "displayName",
            "再送さん",
            "acceptedTermsVersion",
            Accounts.TERMS,
            "acceptedPrivacyVersion",
            Accounts.TERMS);
    String registrationKey = UUID.randomUUID().toString();
    Api.Reply reg1 = post("/api/v1/participants", registration, null, registrationKey);
    Api.Reply reg2 = post("/api/v1/participants", registration, null, registrationKey);
    assertEquals(201, reg1.status(), reg1.body());
    assertEquals(201, reg2.status(), "not 409 email exists: " + reg2.body());
    assertEquals(Forum.id(reg1.json()), Forum.id(reg2.json()));
    try (Connection db = KyodoServer.database();
        PreparedStatement st =
            db.prepareStatement(
                "select count(*), bool_or(body like '%' || ? || '%') from idempotency_key"
                    + " where idem_key = ?")) {
      st.setString(1, Accounts.PASSWORD);
      st.setString(2, registrationKey);
      try (ResultSet rs = st.executeQuery()) {
        rs.next();
        assertEquals(1, rs.getInt(1));
        assertEquals(false, rs.getBoolean(2), "the password is not kept with the key");
      }
    }
  }

  @Test
  void aMalformedKeyIs400() {
    long topic = Forum.openTopic("不正なキー");
    Accounts.Participant p = Accounts.confirmed("idem-bad");
    for (String key : List.of("", "a".repeat(256), "has space")) {
      Api.Reply r =
          Api.send(
              Api.request("/api/v1/topics/" + topic + "/comments", p.token())
                  .header("Content-Type", "application/json")
                  .header("Idempotency-Key", key)
                  .POST(HttpRequest.BodyPublishers.ofString(Api.json("body", "本文"))));
      assertEquals(400, r.status(), key + ": " + r.body());
      assertEquals(List.of("Idempotency-Key"), r.errorFields());
    }
  }

  private static Api.Reply post(String path, String json, String token, String key) {
    return Api.send(
        Api.request(path, token)
            .header("Content-Type", "application/json")
            .header("Idempotency-Key", key)
            .POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  private static int rowsWithBody(String body) throws SQLException {
    try (Connection db = KyodoServer.database();
        PreparedStatement st = db.prepareStatement("select count(*) from comment where body = ?")) {
      st.setString(1, body);
      try (ResultSet rs = st.executeQuery()) {
        rs.next();
        return rs.getInt(1);
      }
    }
  }
}
