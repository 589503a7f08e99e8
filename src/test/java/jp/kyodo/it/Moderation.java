package jp.kyodo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.util.List;

/** Moderators, reports and decisions through the API, for the moderation tests. */
public final class Moderation {
  private Moderation() {}

  /** A new participant whom an administrator made a moderator. */
  public static Accounts.Participant moderator(String prefix) {
    Accounts.Participant p = Accounts.confirmed(prefix);
    Api.Reply granted =
        Api.put(
            "/api/v1/participants/" + p.id() + "/roles",
            Api.json("roles", List.of("moderator"), "reason", "テスト用のモデレーター"),
            Accounts.admin());
    assertEquals(200, granted.status(), granted.body());
    return p;
  }

  public static Api.Reply report(long commentId, String reason, String token) {
    return Api.post(
        "/api/v1/comments/" + commentId + "/reports",
        Api.json("reason", reason, "text", "通報理由の説明"),
        token);
  }

  /** The id of the first active template for an action (and reason, if given). */
  public static long template(String action, String reason, String token) {
    Api.Reply list = Api.get("/api/v1/moderation/templates", token);
    assertEquals(200, list.status(), list.body());
    return list.array().stream()
        .map(JsonObject.class::cast)
        .filter(t -> t.getString("action").equals(action))
        .filter(t -> reason == null || t.getString("reason").equals(reason))
        .findFirst()
        .orElseThrow()
        .getJsonNumber("id")
        .longValue();
  }

  public static JsonObject caseOf(long caseId, String token) {
    Api.Reply detail = Api.get("/api/v1/moderation/cases/" + caseId, token);
    assertEquals(200, detail.status(), detail.body());
    return detail.json();
  }

  public static Api.Reply decide(
      long caseId, String action, long templateId, long version, String token) {
    return Api.post(
        "/api/v1/moderation/cases/" + caseId + "/decisions",
        Api.json("action", action, "templateId", templateId, "version", version),
        token);
  }

  /** Decides with the version the case has now; asserts success. */
  public static JsonObject decideNow(long caseId, String action, String reason, String token) {
    long version =
        caseOf(caseId, token).getJsonObject("moderationCase").getJsonNumber("version").longValue();
    Api.Reply r = decide(caseId, action, template(action, reason, token), version, token);
    assertEquals(200, r.status(), r.body());
    return r.json();
  }

  /** Adds a watched word as the administrator (201), or finds it already there (409). */
  public static void watch(String word, String action) {
    Api.Reply r =
        Api.post(
            "/api/v1/moderation/watched-words",
            Api.json("word", word, "action", action),
            Accounts.admin());
    if (r.status() != 409) {
      assertEquals(201, r.status(), r.body());
    }
  }
}
