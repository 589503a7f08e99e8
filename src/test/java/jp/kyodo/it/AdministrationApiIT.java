package jp.kyodo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(KyodoServer.class)
class AdministrationApiIT {

  @Test
  void administratorGrantsAndRevokesRolesAndTheAuditLogSaysWhoAndWhy() {
    Accounts.Participant p = Accounts.confirmed("ward-worker");
    Api.Reply granted =
        Api.put(
            "/api/v1/participants/" + p.id() + "/roles",
            Api.json("roles", List.of("staff", "moderator"), "reason", "子ども家庭課の担当者"),
            Accounts.admin());
    assertEquals(200, granted.status(), granted.body());
    assertEquals(
        List.of("moderator", "staff"),
        granted.json().getJsonArray("roles").getValuesAs(jakarta.json.JsonString::getString));
    assertEquals(
        2,
        Api.get("/api/v1/participants/me", p.token()).json().getJsonArray("roles").size(),
        "takes effect at once for existing tokens");

    Api.Reply revoked =
        Api.put(
            "/api/v1/participants/" + p.id() + "/roles",
            Api.json("roles", List.of("staff"), "reason", "異動"),
            Accounts.admin());
    assertEquals(200, revoked.status());

    List<JsonObject> entries =
        Api.get("/api/v1/audit-log?limit=50", Accounts.admin()).array().stream()
            .map(v -> v.asJsonObject())
            .filter(e -> String.valueOf(p.id()).equals(e.getString("targetId", "")))
            .toList();
    assertTrue(
        entries.stream()
            .anyMatch(
                e ->
                    e.getString("action").equals("role.revoked")
                        && e.getString("details").equals("moderator")
                        && e.getString("reason").equals("異動")),
        entries.toString());
    assertEquals(
        2, entries.stream().filter(e -> e.getString("action").equals("role.granted")).count());
    assertTrue(
        entries.stream().allMatch(e -> e.containsKey("actorId") && e.containsKey("occurredAt")));
  }

  @Test
  void roleChangesTakeEffectForATokenAlreadyInUse() {
    Accounts.Participant p = Accounts.confirmed("cached");
    String topic = Forum.topicJson("役割の即時反映", "本文");
    assertEquals(403, Api.post("/api/v1/topics", topic, p.token()).status(), "not staff yet");
    Api.put(
        "/api/v1/participants/" + p.id() + "/roles",
        Api.json("roles", List.of("staff"), "reason", "任命"),
        Accounts.admin());
    assertEquals(201, Api.post("/api/v1/topics", topic, p.token()).status(), "staff at once");
    Api.put(
        "/api/v1/participants/" + p.id() + "/roles",
        Api.json("roles", List.of(), "reason", "解任"),
        Accounts.admin());
    assertEquals(403, Api.post("/api/v1/topics", topic, p.token()).status(), "revoked at once");
  }

  @Test
  void unknownRoleIsRejectedWithTheField() {
    Accounts.Participant p = Accounts.confirmed("badrole");
    Api.Reply reply =
        Api.put(
            "/api/v1/participants/" + p.id() + "/roles",
            Api.json("roles", List.of("king"), "reason", "x"),
            Accounts.admin());
    assertEquals(400, reply.status(), reply.body());
    assertEquals(List.of("roles"), reply.errorFields());
  }

  @Test
  void theLastAdministratorKeepsTheRole() {
    Api.Reply me = Api.get("/api/v1/participants/me", Accounts.admin());
    long adminId = me.json().getJsonNumber("id").longValue();
    Api.Reply reply =
        Api.put(
            "/api/v1/participants/" + adminId + "/roles",
            Api.json("roles", List.of(), "reason", "うっかり"),
            Accounts.admin());
    assertEquals(422, reply.status(), reply.body());
    assertEquals("last_administrator", reply.json().getString("code"));
  }

  @Test
  void administratorSearchesParticipantsAndReadingAnAccountIsAudited() {
    Accounts.Participant p = Accounts.confirmed("findme");
    Api.Reply found =
        Api.get("/api/v1/participants?q=" + p.email().substring(0, 14), Accounts.admin());
    assertEquals(200, found.status());
    assertTrue(found.body().contains(p.email()));
    assertEquals(200, Api.get("/api/v1/participants/" + p.id(), Accounts.admin()).status());
    assertTrue(
        Api.get("/api/v1/audit-log?action=participant.viewed", Accounts.admin()).array().stream()
            .anyMatch(e -> e.asJsonObject().getString("targetId").equals(String.valueOf(p.id()))));
  }

  @Test
  void anonymousCallersAreAskedToSignIn() {
    Api.Reply reply = Api.get("/api/v1/audit-log", null);
    assertEquals(401, reply.status());
    assertEquals("authentication_required", reply.json().getString("code"));
  }

  @Test
  void theAuditLogCannotBeChangedEvenInTheDatabase() throws Exception {
    Accounts.Participant p = Accounts.confirmed("appendonly");
    Api.put(
        "/api/v1/participants/" + p.id() + "/roles",
        Api.json("roles", List.of("staff"), "reason", "記録"),
        Accounts.admin());
    try (var db = KyodoServer.database();
        var st = db.createStatement()) {
      SQLException update =
          assertThrows(
              SQLException.class, () -> st.executeUpdate("update audit_entry set reason = 'x'"));
      assertTrue(update.getMessage().contains("append-only"));
      assertThrows(SQLException.class, () -> st.executeUpdate("delete from audit_entry"));
    }
  }
}
