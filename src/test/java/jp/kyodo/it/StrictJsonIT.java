package jp.kyodo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 11, item 4: request bodies are read strictly. Each case that was accepted leniently is a
 * 400 (or 413) that says what is wrong, and nothing is stored.
 */
@ExtendWith(KyodoServer.class)
class StrictJsonIT {
  private static final String AREA =
      "{\"nameJa\":\"環境\",\"nameEn\":\"Environment\",\"sortOrder\":3,\"active\":true}";

  private static Api.Reply send(String method, String path, byte[] body, String token) {
    HttpRequest.Builder b =
        Api.request(path, token)
            .header("Content-Type", "application/json")
            .method(method, HttpRequest.BodyPublishers.ofByteArray(body));
    return Api.send(b);
  }

  /** A 400 problem naming exactly these fields, each with a message. */
  private static void assertNames(Api.Reply reply, String... fields) {
    assertEquals(400, reply.status(), reply.body());
    assertEquals("application/problem+json", reply.mediaType());
    assertEquals("invalid_input", reply.json().getString("code"));
    assertEquals(List.of(fields), reply.errorFields());
    reply
        .json()
        .getJsonArray("errors")
        .forEach(e -> assertFalse(e.asJsonObject().getString("message").isBlank()));
  }

  private static String message(Api.Reply reply) {
    return reply.json().getJsonArray("errors").getJsonObject(0).getString("message");
  }

  @Test
  void malformedUtf8IsRefusedInsteadOfStoredAsReplacementCharacters() {
    Accounts.Participant p = Accounts.confirmed("utf8");
    JsonObject before = Api.get("/api/v1/participants/me", p.token()).json();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.writeBytes("{\"displayName\":\"壊れた".getBytes(StandardCharsets.UTF_8));
    body.write(0xE3); // the first byte of a three-byte character, and nothing after it
    body.write(0x28);
    body.writeBytes(
        ("\",\"version\":" + before.getJsonNumber("version") + "}")
            .getBytes(StandardCharsets.UTF_8));
    Api.Reply reply = send("PUT", "/api/v1/participants/me", body.toByteArray(), p.token());
    assertNames(reply, "body");
    assertTrue(message(reply).contains("UTF-8"), message(reply));
    JsonObject after = Api.get("/api/v1/participants/me", p.token()).json();
    assertEquals(before.getString("displayName"), after.getString("displayName"));
    assertEquals(before.getJsonNumber("version"), after.getJsonNumber("version"));
  }

  @Test
  void contentAfterTheJsonIsRefused() throws Exception {
    long topic = Forum.openTopic("後ろのごみ");
    String token = Accounts.confirmed("trailing").token();
    for (String body :
        List.of("{\"body\":\"意見\"} garbage", "{\"body\":\"意見\"}{\"body\":\"二つ目\"}")) {
      Api.Reply reply = Api.post("/api/v1/topics/" + topic + "/comments", body, token);
      assertNames(reply, "body");
      assertEquals("JSON の後ろに余分な内容があります。", message(reply));
    }
    assertEquals(0, count("select count(*) from comment where topic_id = ?", topic));
  }

  @Test
  void aNumberWhereABooleanBelongsIsRefused() throws Exception {
    Api.Reply reply =
        Api.put(
            "/api/v1/policy-areas/environment",
            AREA.replace("\"active\":true", "\"active\":123"),
            Accounts.admin());
    assertNames(reply, "active");
    assertEquals("true か false で指定してください。", message(reply));
    assertTrue(
        bool("select active from policy_area where code = 'environment'"), "the area stays active");
  }

  @Test
  void numbersOfTheWrongKindAreRefusedNamingTheField() throws Exception {
    String admin = Accounts.admin();
    for (String sortOrder : List.of("1e30", "2147483648", "1.5", "\"3\"", "true")) {
      Api.Reply reply =
          Api.put(
              "/api/v1/policy-areas/environment",
              AREA.replace("\"sortOrder\":3", "\"sortOrder\":" + sortOrder),
              admin);
      assertNames(reply, "sortOrder");
    }
    assertEquals(3, count("select sort_order from policy_area where code = 'environment'"));
    Api.Reply english =
        Api.send(
            Api.request("/api/v1/policy-areas/environment", admin)
                .header("Content-Type", "application/json")
                .header("Accept-Language", "en")
                .PUT(HttpRequest.BodyPublishers.ofString(AREA.replace(":3", ":1e30"))));
    assertEquals("This number is too large or too small.", message(english));
  }

  @Test
  void textWhereANumberBelongsAndAFractionForAVersionAreRefused() {
    Accounts.Participant p = Accounts.confirmed("types");
    for (String version : List.of("\"1\"", "1.5", "1e30", "[1]")) {
      Api.Reply reply =
          Api.put(
              "/api/v1/participants/me",
              "{\"displayName\":\"型\",\"version\":" + version + "}",
              p.token());
      assertNames(reply, "version");
    }
    Api.Reply text =
        Api.put("/api/v1/participants/me", "{\"displayName\":12,\"version\":0}", p.token());
    assertNames(text, "displayName");
  }

  @Test
  void aHugeUnknownFieldIsTooLargeAndNothingIsRegistered() throws Exception {
    String email = Accounts.uniqueEmail("huge");
    String json =
        Api.json(
            "email", email,
            "password", Accounts.PASSWORD,
            "displayName", "大きすぎる",
            "acceptedTermsVersion", Accounts.TERMS,
            "acceptedPrivacyVersion", Accounts.TERMS);
    String huge = "{\"padding\":\"" + "x".repeat(10 * 1024 * 1024) + "\"," + json.substring(1);
    Api.Reply reply = Api.post("/api/v1/participants", huge, null);
    assertEquals(413, reply.status(), reply.body());
    assertEquals("application/problem+json", reply.mediaType());
    assertEquals("payload_too_large", reply.json().getString("code"));
    assertTrue(reply.json().getString("detail").contains("64 KiB"), reply.body());
    assertEquals(0, count("select count(*) from participant where email = ?", email));
  }

  @Test
  void anUnknownFieldIsRefusedByName() throws Exception {
    String email = Accounts.uniqueEmail("unknown");
    String json =
        Api.json(
            "email",
            email,
            "password",
            Accounts.PASSWORD,
            "displayName",
            "未知",
            "acceptedTermsVersion",
            Accounts.TERMS,
            "acceptedPrivacyVersion",
            Accounts.TERMS,
            "isAdministrator",
            "true");
    Api.Reply reply = Api.post("/api/v1/participants", json, null);
    assertNames(reply, "isAdministrator");
    assertEquals(0, count("select count(*) from participant where email = ?", email));
  }

  @Test
  void theLongestTopicStillFitsWhenEveryCharacterIsEscaped() {
    // 20,000 characters written as \\uXXXX escapes (as json.dumps does by default): 120 KB
    String body = "\\u3042".repeat(20_000);
    String json = Forum.topicJson("長い本文", "BODY").replace("BODY", body);
    assertTrue(json.length() > 64 * 1024);
    Api.Reply created = Api.post("/api/v1/topics", json, Forum.staff().token());
    assertEquals(201, created.status(), created.body().substring(0, 200));
    assertEquals("あ".repeat(20_000), created.json().getString("bodyMarkdown"));
    Api.Reply tooLarge =
        Api.post(
            "/api/v1/topics",
            Forum.topicJson("大きすぎる", "BODY").replace("BODY", "x".repeat(300 * 1024)),
            Forum.staff().token());
    assertEquals(413, tooLarge.status());
    assertTrue(tooLarge.json().getString("detail").contains("256 KiB"), tooLarge.body());
  }

  @Test
  void aBodyThatIsNotOneObjectIsRefused() {
    String token = Accounts.confirmed("shape").token();
    for (String body : List.of("", "null", "[{\"kind\":\"agree\"}]", "\"agree\"", "{\"kind\":")) {
      Api.Reply reply = Api.put("/api/v1/comments/1/reaction", body, token);
      assertTrue(reply.status() == 400 || reply.status() == 404, body + " " + reply);
      if (reply.status() == 400) {
        assertNames(reply, "body");
      }
    }
  }

  @Test
  void anUnknownPolicyAreaCodeIsNotFoundAndNothingIsCreated() throws Exception {
    for (String code : List.of("-1", "Environment", "a", "x_y", "-a-", "%E2%80%AE")) {
      Api.Reply reply = Api.put("/api/v1/policy-areas/" + code, AREA, Accounts.admin());
      assertEquals(404, reply.status(), code + " " + reply.body());
      assertEquals("not_found", reply.json().getString("code"));
    }
    assertEquals(0, count("select count(*) from policy_area where code in ('-1', 'Environment')"));
  }

  @Test
  void aWellFormedNewCodeCreatesTheAreaOnceThenChangesIt() throws Exception {
    String code = "strict-json-" + (System.nanoTime() % 100_000);
    String area = "{\"nameJa\":\"試験\",\"nameEn\":\"Trial\",\"sortOrder\":99,\"active\":false}";
    try {
      Api.Reply created = Api.put("/api/v1/policy-areas/" + code, area, Accounts.admin());
      assertEquals(201, created.status(), created.body());
      assertTrue(created.header("Location").endsWith("/api/v1/policy-areas/" + code));
      Api.Reply changed =
          Api.put("/api/v1/policy-areas/" + code, area.replace("試験", "試験２"), Accounts.admin());
      assertEquals(200, changed.status(), changed.body());
      assertEquals("試験２", changed.json().getString("nameJa"));
    } finally {
      try (Connection db = KyodoServer.database();
          PreparedStatement ps = db.prepareStatement("delete from policy_area where code = ?")) {
        ps.setString(1, code);
        ps.executeUpdate();
      }
      // saving an area reloads the list, so that no other test sees the trial one
      assertEquals(
          200, Api.put("/api/v1/policy-areas/environment", AREA, Accounts.admin()).status());
    }
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

  private static boolean bool(String sql) throws Exception {
    try (Connection db = KyodoServer.database();
        PreparedStatement ps = db.prepareStatement(sql);
        ResultSet rs = ps.executeQuery()) {
      rs.next();
      return rs.getBoolean(1);
    }
  }
}
