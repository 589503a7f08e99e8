package jp.kyodo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(KyodoServer.class)
class AccountApiIT {

  @Test
  void participantEditsOwnProfile() {
    Accounts.Participant p = Accounts.confirmed("edit");
    long version =
        Api.get("/api/v1/participants/me", p.token()).json().getJsonNumber("version").longValue();
    Api.Reply updated =
        Api.put(
            "/api/v1/participants/me",
            Api.json(
                "displayName", "ｶﾀｶﾅ　ネーム",
                "ageBand", "70s",
                "areaCode", "karasuyama",
                "relation", "worker",
                "version", version),
            p.token());
    assertEquals(200, updated.status(), updated.body());
    JsonObject account = updated.json();
    assertEquals("ｶﾀｶﾅ　ネーム", account.getString("displayName"));
    assertEquals("70s", account.getString("ageBand"));
    assertEquals("karasuyama", account.getString("areaCode"));
    assertFalse(account.containsKey("districtCode"));
    assertTrue(account.getJsonNumber("version").longValue() > version);
  }

  @Test
  void staleProfileEditIsAConflict() {
    Accounts.Participant p = Accounts.confirmed("stale");
    long version =
        Api.get("/api/v1/participants/me", p.token()).json().getJsonNumber("version").longValue();
    assertEquals(
        200,
        Api.put(
                "/api/v1/participants/me",
                Api.json("displayName", "一回目", "version", version),
                p.token())
            .status());
    Api.Reply stale =
        Api.put(
            "/api/v1/participants/me",
            Api.json("displayName", "二回目", "version", version),
            p.token());
    assertEquals(409, stale.status(), stale.body());
    assertEquals("stale_version", stale.json().getString("code"));
    assertEquals(
        "一回目", Api.get("/api/v1/participants/me", p.token()).json().getString("displayName"));
  }

  @Test
  void participantCannotReadOrChangeAnothersAccount() {
    Accounts.Participant alice = Accounts.confirmed("alice");
    Accounts.Participant bob = Accounts.confirmed("bob");
    Api.Reply peek = Api.get("/api/v1/participants/" + alice.id(), bob.token());
    assertEquals(403, peek.status(), peek.body());
    assertFalse(peek.body().contains(alice.email()));
    Api.Reply anonymous = Api.get("/api/v1/participants/" + alice.id(), null);
    assertEquals(401, anonymous.status());

    Api.Reply grant =
        Api.put(
            "/api/v1/participants/" + alice.id() + "/roles",
            Api.json("roles", java.util.List.of("moderator"), "reason", "なりすまし"),
            bob.token());
    assertEquals(403, grant.status(), grant.body());
    assertEquals(200, Api.get("/api/v1/participants/" + alice.id(), alice.token()).status());
    assertTrue(
        Api.get("/api/v1/participants/me", alice.token()).json().getJsonArray("roles").isEmpty());
  }

  @Test
  void participantCannotGrantThemselvesARole() {
    Accounts.Participant p = Accounts.confirmed("selfgrant");
    Api.Reply grant =
        Api.put(
            "/api/v1/participants/" + p.id() + "/roles",
            Api.json("roles", java.util.List.of("administrator"), "reason", "昇格"),
            p.token());
    assertEquals(403, grant.status(), grant.body());
    assertTrue(
        Api.get("/api/v1/participants/me", p.token()).json().getJsonArray("roles").isEmpty());
    assertEquals(403, Api.get("/api/v1/audit-log", p.token()).status());
    assertEquals(403, Api.get("/api/v1/outbox", p.token()).status());
  }

  @Test
  void changingPasswordNeedsTheCurrentOne() {
    Accounts.Participant p = Accounts.confirmed("chpw");
    Api.Reply wrong =
        Api.put(
            "/api/v1/participants/me/password",
            Api.json(
                "currentPassword", "not my password", "newPassword", "another long passphrase"),
            p.token());
    assertEquals(400, wrong.status());
    assertEquals(java.util.List.of("currentPassword"), wrong.errorFields());
    Api.Reply ok =
        Api.put(
            "/api/v1/participants/me/password",
            Api.json(
                "currentPassword", Accounts.PASSWORD, "newPassword", "another long passphrase"),
            p.token());
    assertEquals(204, ok.status(), ok.body());
    Accounts.signIn(p.email(), "another long passphrase");
  }

  @Test
  void exportContainsTheAccountAndConsents() {
    Accounts.Participant p = Accounts.confirmed("export");
    Api.Reply export = Api.get("/api/v1/participants/me/export", p.token());
    assertEquals(200, export.status());
    assertTrue(export.header("Content-Disposition").contains("attachment"));
    JsonObject data = export.json();
    assertEquals(p.email(), data.getJsonObject("account").getString("email"));
    assertEquals(2, data.getJsonArray("consents").size());
  }

  @Test
  void withdrawalErasesPersonalDataAndClosesTheAccount() throws Exception {
    Accounts.Participant p = Accounts.confirmed("withdraw");
    Api.Reply wrongPassword =
        Api.post(
            "/api/v1/participants/me/withdrawal",
            Api.json("password", "nope nope nope"),
            p.token());
    assertEquals(400, wrongPassword.status());
    Api.Reply withdrawn =
        Api.post(
            "/api/v1/participants/me/withdrawal",
            Api.json("password", Accounts.PASSWORD),
            p.token());
    assertEquals(204, withdrawn.status(), withdrawn.body());

    assertEquals(401, Api.get("/api/v1/participants/me", p.token()).status());
    assertEquals(
        401,
        Api.post(
                "/api/v1/auth/token",
                Api.json("email", p.email(), "password", Accounts.PASSWORD),
                null)
            .status());
    try (var db = KyodoServer.database();
        PreparedStatement ps =
            db.prepareStatement(
                "select email, display_name, password_hash, age_band, district_code, withdrawn_at,"
                    + " email_confirmed_at from participant where id = ?")) {
      ps.setLong(1, p.id());
      try (ResultSet rs = ps.executeQuery()) {
        assertTrue(rs.next(), "the row stays so that posts keep their author");
        assertNull(rs.getString("email"));
        assertNull(rs.getString("display_name"));
        assertNull(rs.getString("password_hash"));
        assertNull(rs.getString("age_band"));
        assertTrue(rs.getTimestamp("withdrawn_at") != null);
      }
    }
    assertEquals(
        201,
        Accounts.register(p.email(), Accounts.PASSWORD, "再登録").status(),
        "the address is free again");
  }
}
