package jp.kyodo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A topic's opinion groups through the API: two planted camps of participants reacting to a topic's
 * opinions are found as two groups, each set apart by its own side's opinions, with the opinion
 * both agree on as consensus; the run is stored and read back the same; the same votes give the
 * same groups again; only staff and administrators may see them.
 */
@ExtendWith(KyodoServer.class)
class OpinionGroupsIT {
  private static final int PER_CAMP = 12;

  @Test
  void twoCampsOfReactionsAreFoundAndTheSharedOpinionIsConsensus() throws Exception {
    long topic = Forum.openTopic("公園の使い方について");
    Accounts.Participant author = Accounts.confirmed("groups-author");
    List<Long> sideA = new ArrayList<>();
    List<Long> sideB = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      sideA.add(Forum.id(Forum.post(topic, "ボール遊びができる広場を増やしてほしい " + i, author.token())));
      sideB.add(Forum.id(Forum.post(topic, "静かに過ごせる場所を残してほしい " + i, author.token())));
    }
    long shared = Forum.id(Forum.post(topic, "夜の照明を明るくしてほしい", author.token()));
    List<Accounts.Participant> campA = new ArrayList<>();
    List<Accounts.Participant> campB = new ArrayList<>();
    for (int p = 0; p < 2 * PER_CAMP; p++) {
      boolean a = p < PER_CAMP;
      Accounts.Participant voter = Accounts.confirmed("groups-voter-" + p);
      (a ? campA : campB).add(voter);
      for (long c : sideA) {
        react(c, a ? "agree" : "disagree", voter);
      }
      for (long c : sideB) {
        react(c, a ? "disagree" : "agree", voter);
      }
      react(shared, "agree", voter);
    }

    String path = "/api/v1/topics/" + topic + "/opinion-groups";
    String staff = Forum.staff().token();
    assertEquals(404, Api.get(path, staff).status(), "never computed yet");
    Api.Reply computed = Api.post(path, "", staff);
    assertEquals(200, computed.status(), computed.body());
    JsonObject r = computed.json();
    assertEquals(2 * PER_CAMP, r.getInt("participants"), r.toString());
    assertEquals(2, r.getInt("groupCount"), r.toString());
    assertEquals(2 * PER_CAMP * 9, r.getJsonNumber("votes").longValue());
    JsonArray groups = r.getJsonArray("groups");
    assertEquals(2, groups.size());
    for (JsonObject g : groups.getValuesAs(JsonObject.class)) {
      assertFalse(g.getBoolean("suppressed"));
      assertEquals(PER_CAMP, g.getInt("size"), g.toString());
      JsonArray apart = g.getJsonArray("distinctive");
      assertFalse(apart.isEmpty(), g.toString());
      JsonObject first = apart.getJsonObject(0);
      long comment = first.getJsonNumber("commentId").longValue();
      boolean agreesWithA = sideA.contains(comment) == first.getBoolean("agree");
      // a group is set apart by agreeing with its own side (or disagreeing with the other)
      for (JsonObject d : apart.getValuesAs(JsonObject.class)) {
        long c = d.getJsonNumber("commentId").longValue();
        assertEquals(agreesWithA, sideA.contains(c) == d.getBoolean("agree"), d.toString());
        assertEquals(100.0, d.getJsonNumber("percentInside").doubleValue(), d.toString());
        assertEquals(0.0, d.getJsonNumber("percentOutside").doubleValue(), d.toString());
      }
      assertFalse(g.toString().contains("members"), "no member ids: " + g);
    }
    JsonObject consensus = r.getJsonArray("consensus").getJsonObject(0);
    assertEquals(shared, consensus.getJsonNumber("commentId").longValue(), r.toString());
    assertTrue(consensus.getBoolean("agree"));
    assertEquals(100.0, consensus.getJsonNumber("lowestGroupPercent").doubleValue());

    Api.Reply stored = Api.get(path, staff);
    assertEquals(200, stored.status(), stored.body());
    assertEquals(r, stored.json(), "stored as computed");
    JsonObject again = Api.post(path, "", Accounts.admin()).json();
    assertEquals(2, again.getInt("previousGroups"));
    assertEquals(
        r.getJsonArray("groups"), again.getJsonArray("groups"), "the same votes, the same groups");
    assertEquals(r.getJsonArray("consensus"), again.getJsonArray("consensus"));
    assertEquals(
        2,
        Stats.count("select count(*) from opinion_groups_run where topic_id = ?", topic),
        "each run stored");

    assertEquals(403, Api.post(path, "", campA.get(0).token()).status(), "a participant");
    assertEquals(403, Api.get(path, campB.get(0).token()).status());
    assertEquals(401, Api.get(path, null).status(), "anonymous");
    assertEquals(404, Api.post("/api/v1/topics/999999999/opinion-groups", "", staff).status());
  }

  private static void react(long comment, String kind, Accounts.Participant who) {
    Api.Reply r =
        Api.put("/api/v1/comments/" + comment + "/reaction", Api.json("kind", kind), who.token());
    assertEquals(200, r.status(), r.body());
  }
}
