package jp.kyodo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/** Topics and comments through the API, for the forum tests. */
public final class Forum {
  private static volatile Accounts.Participant staff;

  private Forum() {}

  /** A participant an administrator made ward staff. */
  public static Accounts.Participant staff() {
    if (staff == null) {
      Accounts.Participant p = Accounts.confirmed("ward-worker");
      Api.Reply granted =
          Api.put(
              "/api/v1/participants/" + p.id() + "/roles",
              Api.json("roles", List.of("staff"), "reason", "テスト用の区職員"),
              Accounts.admin());
      assertEquals(200, granted.status(), granted.body());
      staff = p;
    }
    return staff;
  }

  public static String topicJson(String title, String body) {
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    return Api.json(
        "title",
        title,
        "body",
        body,
        "policyArea",
        "environment",
        "scopeArea",
        "setagaya",
        "department",
        "環境政策部 環境計画課",
        "opensAt",
        now.minusHours(1).toString(),
        "closesAt",
        now.plusDays(30).toString());
  }

  /** A published topic that takes comments. */
  public static long openTopic(String title) {
    Api.Reply created = Api.post("/api/v1/topics", topicJson(title, "議題の本文です。"), staff().token());
    assertEquals(201, created.status(), created.body());
    long id = created.json().getJsonNumber("id").longValue();
    Api.Reply published = Api.post("/api/v1/topics/" + id + "/publication", "", staff().token());
    assertEquals(200, published.status(), published.body());
    return id;
  }

  public static JsonObject post(long topicId, String body, String token) {
    Api.Reply reply =
        Api.post("/api/v1/topics/" + topicId + "/comments", Api.json("body", body), token);
    assertEquals(201, reply.status(), reply.body());
    return reply.json();
  }

  public static JsonObject reply(long commentId, String body, String token) {
    Api.Reply reply =
        Api.post("/api/v1/comments/" + commentId + "/replies", Api.json("body", body), token);
    assertEquals(201, reply.status(), reply.body());
    return reply.json();
  }

  public static long id(JsonObject json) {
    return json.getJsonNumber("id").longValue();
  }
}
