package jp.kyodo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
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
    Camps camps = Camps.plant("公園の使い方について", "groups", PER_CAMP);
    long topic = camps.topic();
    List<Long> sideA = camps.sideA();
    long shared = camps.shared();
    List<Accounts.Participant> campA = camps.campA();
    List<Accounts.Participant> campB = camps.campB();

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

  @Test
  void staffReadTheGroupsAsTextAndTablesAndHiddenOpinionsAreLeftOut() {
    Camps camps = Camps.plant("図書館の開館時間について", "groups-page", PER_CAMP);
    String path = "/reports/opinion-groups.xhtml?id=" + camps.topic();
    WebSession staff = WebSession.signedIn(Forum.staff().email(), Accounts.PASSWORD);
    WebSession.Page before = staff.get(path);
    assertEquals(200, before.status(), before.toString());
    assertTrue(before.body().contains("まだ計算していません"), before.body());

    WebSession.Page computed = staff.submit(staff.form(path, "computeForm"), "computeForm:compute");
    assertEquals(302, computed.status(), computed.toString());
    String page = staff.get(path).body();
    assertTrue(page.contains("意見グループを計算しました"), "the staff member is told");
    assertTrue(page.contains("グループA（12人）") && page.contains("グループB（12人）"), page);
    // the groups' sizes as a table beside the chart, and each group's opinions in words
    assertTrue(page.contains("<caption>グループの人数</caption>"), page);
    assertTrue(
        page.contains("id=\"group-0-comments\"") && page.contains("id=\"group-1-comments\""));
    assertTrue(page.contains(Camps.SIDE_A + " ") && page.contains(Camps.SIDE_B + " "), page);
    assertTrue(page.contains("100.0%") && page.contains("0.0%"), page);
    String consensus = page.substring(page.indexOf("id=\"consensus-comments\""));
    assertTrue(consensus.contains(Camps.SHARED), consensus);
    assertFalse(page.contains("???"), "no missing bundle keys");

    String english = staff.get(path + "&lang=en").body();
    assertTrue(english.contains("Group A (12 people)"), english);
    assertTrue(english.contains("Opinions every group shares"), english);

    // the shared opinion deleted by its author: the stored run still names it, the page does not
    assertEquals(
        204, Api.delete("/api/v1/comments/" + camps.shared(), camps.author().token()).status());
    String after = staff.get(path + "&lang=ja").body(); // the session kept English
    assertFalse(after.contains(Camps.SHARED), "a deleted opinion is left out");
    assertTrue(after.contains("すべてのグループが一致している意見はありません"), after);

    WebSession participant = WebSession.signedIn(camps.campA().get(0).email(), Accounts.PASSWORD);
    assertEquals(403, participant.get(path).status(), "a participant");
    assertEquals(404, staff.get("/reports/opinion-groups.xhtml?id=999999999").status());
  }
}
