package jp.kyodo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Every error is problem+json with a 4xx a person can act on; nothing a client sends is a 500. */
@ExtendWith(KyodoServer.class)
class ApiConventionsIT {

  private static void assertProblem(Api.Reply reply, int status) {
    assertEquals(status, reply.status(), reply.body());
    assertEquals("application/problem+json", reply.mediaType());
    assertEquals(status, reply.json().getInt("status"));
    assertFalse(reply.json().getString("title").isBlank());
    assertFalse(reply.json().getString("detail").isBlank());
  }

  @Test
  void malformedJsonIsABadRequest() {
    assertProblem(Api.post("/api/v1/participants", "{\"email\": ", null), 400);
    assertProblem(Api.post("/api/v1/participants", "[1,2,3]", null), 400);
    assertProblem(Api.post("/api/v1/participants", "", null), 400);
  }

  @Test
  void wrongTypesNameTheField() {
    Api.Reply reply =
        Api.post("/api/v1/participants", "{\"email\":\"a@b.jp\",\"password\":{\"x\":1}}", null);
    assertProblem(reply, 400);
    assertEquals(List.of("password"), reply.errorFields());
    Api.Reply version =
        Api.put(
            "/api/v1/participants/me",
            "{\"displayName\":\"x\",\"version\":\"abc\"}",
            Accounts.confirmed("types").token());
    assertProblem(version, 400);
  }

  @Test
  void overLongAndControlCharacterTextIsRejectedPerField() {
    String thirtyOne = "あ".repeat(31);
    Api.Reply reply =
        Api.post(
            "/api/v1/participants",
            Api.json(
                "email",
                Accounts.uniqueEmail("long"),
                "password",
                Accounts.PASSWORD,
                "displayName",
                thirtyOne,
                "relation",
                "resident\u0000",
                "acceptedTermsVersion",
                Accounts.TERMS,
                "acceptedPrivacyVersion",
                Accounts.TERMS),
            null);
    assertProblem(reply, 400);
    assertEquals(List.of("displayName", "relation"), reply.errorFields());
  }

  @Test
  void lengthIsCountedInCodePointsAfterNfc() {
    // 30 emoji are 60 UTF-16 units but 30 code points; a decomposed が is one character after NFC
    String thirtyEmoji = "😀".repeat(29) + "か\u3099";
    Api.Reply reply =
        Accounts.register(Accounts.uniqueEmail("emoji"), Accounts.PASSWORD, thirtyEmoji);
    assertEquals(201, reply.status(), reply.body());
    assertEquals("😀".repeat(29) + "が", reply.json().getString("displayName"));
  }

  @Test
  void unknownPathsMethodsAndMediaTypesAreProblems() {
    assertProblem(Api.get("/api/v1/no-such-thing", null), 404);
    assertProblem(Api.get("/api/v1/participants/not-a-number", Accounts.admin()), 404);
    assertProblem(Api.delete("/api/v1/reference", null), 405);
    assertProblem(
        Api.send(
            Api.request("/api/v1/participants", null)
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("hello"))),
        415);
  }

  @Test
  void problemsSpeakEnglishWhenAsked() {
    Api.Reply ja = Api.get("/api/v1/participants/me", null);
    Api.Reply en = Api.get("/api/v1/participants/me", null, "en-GB,en;q=0.9");
    assertProblem(ja, 401);
    assertProblem(en, 401);
    assertTrue(ja.json().getString("detail").contains("サインイン"));
    assertTrue(en.json().getString("detail").contains("sign in"));
  }

  @Test
  void referenceDataHasTheWardsFiveAreasAndTwentyEightDistricts() {
    Api.Reply reply = Api.get("/api/v1/reference", null);
    assertEquals(200, reply.status());
    assertEquals(5, reply.json().getJsonArray("areas").size());
    assertEquals(28, reply.json().getJsonArray("districts").size());
    assertEquals(8, reply.json().getJsonArray("ageBands").size());
    assertEquals(Accounts.TERMS, reply.json().getString("termsVersion"));
  }

  @Test
  void openApiDocumentDescribesTheEndpoints() {
    Api.Reply doc =
        Api.send(Api.request("/openapi", null).header("Accept", "application/json").GET());
    assertEquals(200, doc.status(), doc.body());
    for (String path :
        List.of(
            "/api/v1/participants",
            "/api/v1/participants/me",
            "/api/v1/auth/token",
            "/api/v1/auth/email-confirmation",
            "/api/v1/outbox",
            "/api/v1/audit-log")) {
      assertTrue(doc.json().getJsonObject("paths").containsKey(path), path);
    }
  }

  @Test
  void healthReportsTheDatabase() {
    Api.Reply health = Api.get("/health/ready", null);
    assertEquals(200, health.status());
    assertTrue(health.body().contains("kyodo-database"));
    assertTrue(health.body().contains("UP"));
  }
}
