package jp.kyodo.it;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.sql.Connection;
import java.util.List;
import jp.kyodo.dev.DemoContent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The demo content a newcomer can ask `./kyodo run` for, written through the API. */
@ExtendWith(KyodoServer.class)
class DemoContentIT {

  @Test
  void writesALivingSiteThroughTheApiAndNeverIntoADatabaseWithParticipants() throws Exception {
    String summary =
        DemoContent.seed(
            KyodoServer.baseUrl(), KyodoServer.ADMIN_EMAIL, KyodoServer.ADMIN_PASSWORD);
    assertTrue(summary.startsWith("Demo content:"), summary);

    List<JsonObject> topics =
        Api.get("/api/v1/topics?size=100", null).json().getJsonArray("items").stream()
            .map(JsonValue::asJsonObject)
            .toList();
    JsonObject parks =
        topics.stream()
            .filter(t -> t.getString("title").equals("身近な公園をもっと使いやすくするには"))
            .findFirst()
            .orElseThrow();
    assertTrue(parks.getInt("commentCount") >= 5, parks.toString());
    assertTrue(
        topics.stream()
            .anyMatch(t -> "partially_adopted".equals(t.getString("responseStatus", null))),
        "a 区の考え方 is published");
    assertTrue(
        topics.stream().anyMatch(t -> "taishido".equals(t.getString("scopeDistrict", null))),
        "a district's topic");

    String moderator = Accounts.signIn("demo-moderator@kyodo.localhost", DemoContent.PASSWORD);
    assertTrue(
        Api.get("/api/v1/moderation/cases", moderator).array().stream()
            .map(v -> v.asJsonObject().getJsonObject("moderationCase"))
            .anyMatch(c -> c.getString("state").equals("held")),
        "a held comment waits in the queue");

    // the home page lists the five topics closing soonest: topics that other tests opened earlier
    // close before the demo's, so the demo's open topics are looked for on the newest-first list
    String home = WebForms.get("/", null).body();
    assertTrue(home.contains("区の手続きのオンライン化"), "the home page shows the newest answer");
    String newest = WebForms.get("/topics.xhtml?status=open&sort=newest", null).body();
    assertTrue(newest.contains("身近な公園をもっと使いやすくするには"), "listed among the newest");

    try (Connection db = KyodoServer.database()) {
      assertFalse(DemoContent.isEmpty(db), "a database with participants gets no demo content");
    }
  }

  @Test
  void onlyADatabaseWithNoParticipantButAdministratorsCountsAsEmpty() throws Exception {
    try (Connection db = KyodoServer.database()) {
      db.setAutoCommit(false);
      try (var st = db.createStatement()) {
        // the same tables in a schema of their own, inside a transaction that is rolled back
        st.execute("create schema demo_check");
        st.execute("set local search_path = demo_check");
        st.execute("create table participant (id bigint primary key)");
        st.execute("create table participant_role (participant_id bigint, role varchar(16))");
        st.execute("insert into participant values (1)");
        st.execute("insert into participant_role values (1, 'administrator')");
        assertTrue(DemoContent.isEmpty(db), "only the first administrator");
        st.execute("insert into participant values (2)");
        st.execute("insert into participant_role values (2, 'staff')");
        assertFalse(DemoContent.isEmpty(db), "a member of staff is a participant");
      } finally {
        db.rollback();
      }
    }
  }
}
