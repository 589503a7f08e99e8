package jp.kyodo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(KyodoServer.class)
class SignInApiIT {

  @Test
  void wrongPasswordIsUnauthorizedWithoutSayingWhichPartWasWrong() {
    Accounts.Participant p = Accounts.confirmed("wrong");
    Api.Reply wrong =
        Api.post(
            "/api/v1/auth/token", Api.json("email", p.email(), "password", "not it at all"), null);
    Api.Reply unknown =
        Api.post(
            "/api/v1/auth/token",
            Api.json("email", Accounts.uniqueEmail("nobody"), "password", "not it at all"),
            null);
    assertEquals(401, wrong.status());
    assertEquals(401, unknown.status());
    assertEquals(wrong.json().getString("detail"), unknown.json().getString("detail"));
    assertEquals("application/problem+json", wrong.mediaType());
  }

  @Test
  void locksTheAccountAfterRepeatedFailures() {
    Accounts.Participant p = Accounts.confirmed("lock");
    for (int i = 1; i <= 4; i++) {
      Api.Reply failed =
          Api.post(
              "/api/v1/auth/token", Api.json("email", p.email(), "password", "guess " + i), null);
      assertEquals(401, failed.status(), "attempt " + i);
    }
    Api.Reply fifth =
        Api.post("/api/v1/auth/token", Api.json("email", p.email(), "password", "guess 5"), null);
    assertEquals(429, fifth.status(), fifth.body());
    assertEquals("account_locked", fifth.json().getString("code"));
    assertNotNull(fifth.header("Retry-After"));
    assertTrue(Long.parseLong(fifth.header("Retry-After")) > 60);

    Api.Reply rightPasswordWhileLocked =
        Api.post(
            "/api/v1/auth/token",
            Api.json("email", p.email(), "password", Accounts.PASSWORD),
            null);
    assertEquals(429, rightPasswordWhileLocked.status(), "locked means locked");
    assertEquals(
        200, Api.get("/api/v1/participants/me", p.token()).status(), "existing tokens work");
  }

  @Test
  void signingOutRevokesTheToken() {
    Accounts.Participant p = Accounts.confirmed("signout");
    assertEquals(200, Api.get("/api/v1/participants/me", p.token()).status());
    assertEquals(204, Api.delete("/api/v1/auth/token", p.token()).status());
    Api.Reply after = Api.get("/api/v1/participants/me", p.token());
    assertEquals(401, after.status());
    assertEquals("application/problem+json", after.mediaType());
    assertTrue(after.header("WWW-Authenticate").startsWith("Bearer"));
    Api.Reply again = Api.delete("/api/v1/auth/token", p.token());
    assertEquals(401, again.status(), "a revoked token signs nobody out");
  }

  @Test
  void signingOutWithoutATokenIsRefused() {
    Api.Reply anonymous = Api.delete("/api/v1/auth/token", null);
    assertEquals(401, anonymous.status(), anonymous.body());
    assertEquals("application/problem+json", anonymous.mediaType());
    assertEquals("authentication_required", anonymous.json().getString("code"));
  }

  @Test
  void tokensAreStoredOnlyAsHashes() throws Exception {
    Accounts.Participant p = Accounts.confirmed("hash");
    try (var db = KyodoServer.database();
        var ps = db.prepareStatement("select count(*) from api_token where token_hash = ?")) {
      ps.setString(1, p.token());
      try (var rs = ps.executeQuery()) {
        rs.next();
        assertEquals(0, rs.getInt(1));
      }
    }
  }

  @Test
  void passwordResetSetsANewPasswordAndSignsOutOtherClients() {
    Accounts.Participant p = Accounts.confirmed("reset");
    assertEquals(
        202, Api.post("/api/v1/auth/password-reset", Api.json("email", p.email()), null).status());
    assertEquals(
        202,
        Api.post(
                "/api/v1/auth/password-reset",
                Api.json("email", Accounts.uniqueEmail("ghost")),
                null)
            .status(),
        "unknown addresses get the same answer");
    String token = Accounts.mailedToken(p.email(), "パスワード");

    Api.Reply weak =
        Api.post(
            "/api/v1/auth/password-reset/confirm",
            Api.json("token", token, "newPassword", "123"),
            null);
    assertEquals(400, weak.status());
    assertEquals(java.util.List.of("newPassword"), weak.errorFields());

    String newPassword = "a brand new passphrase for me";
    Api.Reply reset =
        Api.post(
            "/api/v1/auth/password-reset/confirm",
            Api.json("token", token, "newPassword", newPassword),
            null);
    assertEquals(204, reset.status(), reset.body());
    assertEquals(401, Api.get("/api/v1/participants/me", p.token()).status());
    assertEquals(
        401,
        Api.post(
                "/api/v1/auth/token",
                Api.json("email", p.email(), "password", Accounts.PASSWORD),
                null)
            .status());
    Accounts.signIn(p.email(), newPassword);
    Api.Reply reused =
        Api.post(
            "/api/v1/auth/password-reset/confirm",
            Api.json("token", token, "newPassword", "yet another passphrase"),
            null);
    assertEquals(422, reused.status());
  }
}
