package jp.kyodo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Key points (論点, issue 17) through the API: candidates extracted from a topic's visible comments
 * with the comments that use them, private until staff approve one, merged, edited against a
 * version, and refused to those who may not curate them.
 */
@ExtendWith(KyodoServer.class)
class KeyPointsIT {
  private static String staff;
  private static Accounts.Participant participant;
  private static long otherTopicComment;

  /** A topic about bicycle parking and street lights, with the ids of those comments. */
  private record Fixture(long topic, List<Long> bikes, List<Long> lights, long deleted) {}

  @BeforeAll
  static void topics() {
    staff = Forum.staff().token();
    participant = Accounts.confirmed("kp-reader");
    // another topic to compare with: 区民 and 公園 are words of every topic
    long other = Forum.openTopic("公園の使い方について");
    Accounts.Participant writer = Accounts.confirmed("kp-other");
    otherTopicComment = Forum.id(Forum.post(other, "区民として、公園の遊具を新しくしてほしいです。", writer.token()));
    Forum.post(other, "公園の芝生を区民がもっと使えるように。", writer.token());
    Forum.post(other, "区民の散歩道として公園を整備してください。", writer.token());
  }

  private static Fixture fixture(String title) {
    long topic = Forum.openTopic(title);
    Accounts.Participant a = Accounts.confirmed("kp-a");
    Accounts.Participant b = Accounts.confirmed("kp-b");
    long bike1 = Forum.id(Forum.post(topic, "区民として、駅前の駐輪場が足りないと感じます。", a.token()));
    long bike2 = Forum.id(Forum.post(topic, "駐輪場の料金が高いと思います。", b.token()));
    long bike3 = Forum.id(Forum.post(topic, "区民の声です。駐輪場をもっと増やしてほしい。", a.token()));
    long light1 = Forum.id(Forum.post(topic, "夜道の街灯が暗くて怖いです。", b.token()));
    long light2 = Forum.id(Forum.post(topic, "公園の街灯を明るくしてほしい。", a.token()));
    // a reply counts as much as an opinion
    long light3 = Forum.id(Forum.reply(light1, "防犯のためにも街灯は大事ですね。", a.token()));
    // deleted by its author before the extraction: not a comment of any key point
    long deleted = Forum.id(Forum.post(topic, "駐輪場のことを書きましたが取り消します。", b.token()));
    assertEquals(204, Api.delete("/api/v1/comments/" + deleted, b.token()).status());
    return new Fixture(
        topic, List.of(bike1, bike2, bike3), List.of(light1, light2, light3), deleted);
  }

  private static List<JsonObject> extract(long topic) {
    Api.Reply r = Api.post("/api/v1/topics/" + topic + "/key-points/extract", "", staff);
    assertEquals(200, r.status(), r.body());
    return r.array().stream().map(JsonValue::asJsonObject).toList();
  }

  private static List<JsonObject> list(long topic, String token) {
    Api.Reply r = Api.get("/api/v1/topics/" + topic + "/key-points", token);
    assertEquals(200, r.status(), r.body());
    return r.array().stream().map(JsonValue::asJsonObject).toList();
  }

  private static JsonObject labelled(List<JsonObject> keyPoints, String label) {
    return keyPoints.stream()
        .filter(k -> k.getString("label").equals(label))
        .findFirst()
        .orElseThrow(() -> new AssertionError(label + " not among " + keyPoints));
  }

  private static List<Long> ids(JsonObject keyPoint) {
    return keyPoint.getJsonArray("commentIds").stream()
        .map(v -> Long.valueOf(v.toString()))
        .toList();
  }

  private static long id(JsonObject keyPoint) {
    return keyPoint.getJsonNumber("id").longValue();
  }

  private static long version(JsonObject keyPoint) {
    return keyPoint.getJsonNumber("version").longValue();
  }

  static Api.Reply patch(long keyPoint, JsonObjectBuilder body, String token) {
    return Api.send(
        Api.request("/api/v1/key-points/" + keyPoint, token)
            .header("Content-Type", "application/json")
            .method("PATCH", HttpRequest.BodyPublishers.ofString(body.build().toString())));
  }

  private static JsonArrayBuilder array(long... ids) {
    JsonArrayBuilder a = Json.createArrayBuilder();
    for (long id : ids) {
      a.add(id);
    }
    return a;
  }

  @Test
  void extractionProposesTheTopicsTermsWithTheVisibleCommentsThatUseThem() {
    Fixture f = fixture("駐輪場と街灯（抽出）");
    List<JsonObject> found = extract(f.topic());
    JsonObject bikes = labelled(found, "駐輪場");
    JsonObject lights = labelled(found, "街灯");
    assertEquals(f.bikes(), ids(bikes), "the deleted comment is not among them");
    assertEquals(f.lights(), ids(lights), "the reply is");
    assertEquals(3, bikes.getInt("commentCount"));
    assertEquals("candidate", bikes.getString("status"));
    assertTrue(bikes.getJsonNumber("score").doubleValue() > 0, bikes.toString());
    assertFalse(bikes.getBoolean("staffMade"));
    assertFalse(found.stream().anyMatch(k -> ids(k).contains(f.deleted())), found.toString());
    // the topic's own words rank above one that every topic uses
    List<String> labels = found.stream().map(k -> k.getString("label")).toList();
    if (labels.contains("区民")) {
      assertTrue(labels.indexOf("駐輪場") < labels.indexOf("区民"), labels.toString());
    }
    // extracting again replaces the untouched candidates with the same ones
    List<JsonObject> again = extract(f.topic());
    assertEquals(
        labels.stream().sorted().toList(),
        again.stream().map(k -> k.getString("label")).sorted().toList());
  }

  @Test
  void onlyApprovedKeyPointsArePublicAndTheTopicPageShowsThemAtOnce() {
    Fixture f = fixture("駐輪場と街灯（公開）");
    JsonObject bikes = labelled(extract(f.topic()), "駐輪場");
    assertEquals(List.of(), list(f.topic(), null), "anonymous readers see no candidate");
    assertEquals(List.of(), list(f.topic(), participant.token()), "nor do participants");
    assertTrue(list(f.topic(), staff).size() >= 2, "staff see every candidate");
    String page = Api.get("/topic.xhtml?id=" + f.topic(), null).body();
    assertFalse(page.contains("id=\"key-points\""), "no section without approved key points");

    Api.Reply approved =
        patch(
            id(bikes),
            Json.createObjectBuilder().add("version", version(bikes)).add("status", "approved"),
            staff);
    assertEquals(200, approved.status(), approved.body());
    assertEquals("approved", approved.json().getString("status"));
    assertNotNull(approved.json().getString("approvedAt"));

    for (String reader : new String[] {null, participant.token()}) {
      List<JsonObject> seen = list(f.topic(), reader);
      assertEquals(1, seen.size(), seen.toString());
      JsonObject only = seen.get(0);
      assertEquals("駐輪場", only.getString("label"));
      assertEquals(f.bikes(), ids(only));
      assertEquals(3, only.getInt("commentCount"));
      for (String staffOnly : List.of("score", "version", "approvedBy", "edited", "formerLabels")) {
        assertFalse(only.containsKey(staffOnly), staffOnly + " in " + only);
      }
    }
    page = Api.get("/topic.xhtml?id=" + f.topic(), null).body();
    assertTrue(page.contains("主な論点"), "the kept page follows the approval at once");
    assertTrue(page.contains("駐輪場 <span class=\"meta\">（3件の意見）</span>"), page);

    // hidden by a moderator: no longer a comment of the key point for anyone
    Accounts.Participant moderator = Moderation.moderator("kp-mod");
    long caseId =
        Moderation.report(f.bikes().get(1), "spam", participant.token())
            .json()
            .getJsonNumber("caseId")
            .longValue();
    Moderation.decideNow(caseId, "hide", "spam", moderator.token());
    JsonObject shown = list(f.topic(), null).get(0);
    assertEquals(List.of(f.bikes().get(0), f.bikes().get(2)), ids(shown));
    assertEquals(2, shown.getInt("commentCount"));
    assertTrue(Api.get("/topic.xhtml?id=" + f.topic(), null).body().contains("（2件の意見）"));

    // back to candidate: gone from the page at once
    JsonObject current = labelled(list(f.topic(), staff), "駐輪場");
    Api.Reply reopened =
        patch(
            id(current),
            Json.createObjectBuilder().add("version", version(current)).add("status", "candidate"),
            staff);
    assertEquals(200, reopened.status(), reopened.body());
    assertEquals(List.of(), list(f.topic(), null));
    assertFalse(Api.get("/topic.xhtml?id=" + f.topic(), null).body().contains("id=\"key-points\""));
    assertTrue(
        audit("key_point.approve", id(bikes)) && audit("key_point.reopen", id(bikes)),
        "approving and reopening are in the audit log");
  }

  @Test
  void mergingMovesTheCommentsAndTheMergedLabelIsNotProposedAgain() {
    Fixture f = fixture("駐輪場と街灯（統合）");
    JsonObject lights = labelled(extract(f.topic()), "街灯");
    Api.Reply mine =
        Api.post(
            "/api/v1/topics/" + f.topic() + "/key-points",
            Json.createObjectBuilder()
                .add("label", "夜道の安全")
                .add("commentIds", array(f.lights().get(0)))
                .build()
                .toString(),
            staff);
    assertEquals(201, mine.status(), mine.body());
    assertTrue(mine.json().getBoolean("staffMade"));
    assertEquals(JsonValue.NULL, mine.json().getOrDefault("score", JsonValue.NULL));

    Api.Reply merged =
        Api.post(
            "/api/v1/key-points/" + id(mine.json()) + "/merge",
            Json.createObjectBuilder()
                .add("from", id(lights))
                .add("version", version(mine.json()))
                .add("fromVersion", version(lights))
                .build()
                .toString(),
            staff);
    assertEquals(200, merged.status(), merged.body());
    assertEquals(f.lights(), ids(merged.json()), "the merged key point's comments joined");
    assertEquals(
        List.of("街灯"),
        merged
            .json()
            .getJsonArray("formerLabels")
            .getValuesAs(jakarta.json.JsonString.class)
            .stream()
            .map(jakarta.json.JsonString::getString)
            .toList());
    assertEquals(
        404,
        patch(id(lights), Json.createObjectBuilder().add("version", version(lights)), staff)
            .status(),
        "the merged key point is gone");
    List<JsonObject> again = extract(f.topic());
    assertFalse(
        again.stream().anyMatch(k -> k.getString("label").equals("街灯")),
        "a merged label is not proposed again: " + again);
    assertEquals(f.lights(), ids(labelled(again, "夜道の安全")), "the edited key point stays");
    assertTrue(audit("key_point.merge", id(mine.json())));
  }

  @Test
  void aChangeAgainstAStaleVersionIsAConflict() {
    Fixture f = fixture("駐輪場と街灯（版）");
    JsonObject bikes = labelled(extract(f.topic()), "駐輪場");
    Api.Reply renamed =
        patch(
            id(bikes),
            Json.createObjectBuilder()
                .add("version", version(bikes))
                .add("label", "駐輪場の不足")
                .add("sortOrder", 1),
            staff);
    assertEquals(200, renamed.status(), renamed.body());
    assertEquals("駐輪場の不足", renamed.json().getString("label"));
    assertTrue(renamed.json().getBoolean("edited"));
    Api.Reply stale =
        patch(
            id(bikes),
            Json.createObjectBuilder().add("version", version(bikes)).add("status", "approved"),
            staff);
    assertEquals(409, stale.status(), stale.body());
    assertEquals("application/problem+json", stale.mediaType());
    assertEquals("stale_version", stale.json().getString("code"));
    Api.Reply noVersion =
        patch(id(bikes), Json.createObjectBuilder().add("status", "approved"), staff);
    assertEquals(400, noVersion.status(), noVersion.body());
    assertEquals(List.of("version"), noVersion.errorFields());
    // the renamed key point keeps its old label from being proposed again
    assertFalse(extract(f.topic()).stream().anyMatch(k -> k.getString("label").equals("駐輪場")));
  }

  @Test
  void onlyStaffAndAdministratorsCurateKeyPoints() {
    Fixture f = fixture("駐輪場と街灯（権限）");
    String path = "/api/v1/topics/" + f.topic() + "/key-points/extract";
    Api.Reply asParticipant = Api.post(path, "", participant.token());
    assertEquals(403, asParticipant.status(), asParticipant.body());
    assertEquals("application/problem+json", asParticipant.mediaType());
    assertEquals(401, Api.post(path, "", null).status());
    assertEquals(200, Api.post(path, "", Accounts.admin()).status(), "administrators may");
    Api.Reply unknown = Api.post("/api/v1/topics/999999999/key-points/extract", "", staff);
    assertEquals(404, unknown.status(), unknown.body());
    assertEquals(404, Api.get("/api/v1/topics/999999999/key-points", null).status());
    JsonObject bikes = labelled(list(f.topic(), staff), "駐輪場");
    Api.Reply approve =
        patch(
            id(bikes),
            Json.createObjectBuilder().add("version", version(bikes)).add("status", "approved"),
            participant.token());
    assertEquals(403, approve.status(), approve.body());
    assertEquals(
        401,
        patch(id(bikes), Json.createObjectBuilder().add("version", version(bikes)), null).status());
    assertEquals(
        404, patch(999_999_999L, Json.createObjectBuilder().add("version", 0), staff).status());
    assertEquals(403, Api.delete("/api/v1/key-points/" + id(bikes), participant.token()).status());
    assertEquals(
        403,
        Api.post(
                "/api/v1/topics/" + f.topic() + "/key-points",
                Api.json("label", "勝手な論点"),
                participant.token())
            .status());
  }

  @Test
  void commentsMustBeVisibleCommentsOfTheTopicAndLabelsValid() {
    Fixture f = fixture("駐輪場と街灯（入力）");
    String path = "/api/v1/topics/" + f.topic() + "/key-points";
    for (long bad : new long[] {otherTopicComment, f.deleted(), 999_999_999L}) {
      Api.Reply r =
          Api.post(
              path,
              Json.createObjectBuilder()
                  .add("label", "よその意見")
                  .add("commentIds", array(f.bikes().get(0), bad))
                  .build()
                  .toString(),
              staff);
      assertEquals(422, r.status(), r.body());
      assertEquals("comment_not_in_topic", r.json().getString("code"));
      assertTrue(r.json().getString("detail").contains(String.valueOf(bad)), r.body());
    }
    Api.Reply blank = Api.post(path, Api.json("label", "　 "), staff);
    assertEquals(400, blank.status(), blank.body());
    assertEquals(List.of("label"), blank.errorFields());
    Api.Reply tooLong = Api.post(path, Api.json("label", "論".repeat(101)), staff);
    assertEquals(400, tooLong.status(), tooLong.body());
    assertEquals(List.of("label"), tooLong.errorFields());
    Api.Reply control = Api.post(path, Api.json("label", "論点\u0007"), staff);
    assertEquals(400, control.status(), control.body());

    Api.Reply created = Api.post(path, Api.json("label", "ゴミ出し"), staff);
    assertEquals(201, created.status(), created.body());
    Api.Reply taken = Api.post(path, Api.json("label", "ごみ出し"), staff);
    assertEquals(422, taken.status(), taken.body());
    assertEquals("key_point_label_taken", taken.json().getString("code"));
    Api.Reply addOther =
        patch(
            id(created.json()),
            Json.createObjectBuilder()
                .add("version", version(created.json()))
                .add("addCommentIds", array(otherTopicComment)),
            staff);
    assertEquals(422, addOther.status(), addOther.body());
    Api.Reply badStatus =
        patch(
            id(created.json()),
            Json.createObjectBuilder()
                .add("version", version(created.json()))
                .add("status", "published"),
            staff);
    assertEquals(400, badStatus.status(), badStatus.body());
    assertEquals(List.of("status"), badStatus.errorFields());
    Api.Reply self =
        Api.post(
            "/api/v1/key-points/" + id(created.json()) + "/merge",
            Api.json(
                "from", id(created.json()),
                "version", version(created.json()),
                "fromVersion", version(created.json())),
            staff);
    assertEquals(422, self.status(), self.body());
    assertEquals("key_point_merge_self", self.json().getString("code"));
    assertEquals(204, Api.delete("/api/v1/key-points/" + id(created.json()), staff).status());
    assertTrue(audit("key_point.delete", id(created.json())));
  }

  @Test
  void approvedAndRejectedKeyPointsSurviveAnExtraction() {
    Fixture f = fixture("駐輪場と街灯（再抽出）");
    List<JsonObject> first = extract(f.topic());
    JsonObject bikes = labelled(first, "駐輪場");
    JsonObject lights = labelled(first, "街灯");
    assertEquals(
        200,
        patch(
                id(bikes),
                Json.createObjectBuilder().add("version", version(bikes)).add("status", "approved"),
                staff)
            .status());
    assertEquals(
        200,
        patch(
                id(lights),
                Json.createObjectBuilder()
                    .add("version", version(lights))
                    .add("status", "rejected"),
                staff)
            .status());
    List<JsonObject> again = extract(f.topic());
    Map<String, Long> labels =
        again.stream()
            .collect(Collectors.groupingBy(k -> k.getString("label"), Collectors.counting()));
    assertEquals(1L, labels.get("駐輪場"));
    assertEquals(1L, labels.get("街灯"));
    assertEquals(id(bikes), id(labelled(again, "駐輪場")));
    assertEquals("approved", labelled(again, "駐輪場").getString("status"));
    assertEquals(id(lights), id(labelled(again, "街灯")));
    assertEquals("rejected", labelled(again, "街灯").getString("status"));
    Set<String> statuses = new TreeSet<>();
    again.forEach(k -> statuses.add(k.getString("status")));
    assertEquals(Set.of("approved", "candidate", "rejected"), statuses);
    assertEquals("approved", again.get(0).getString("status"), "approved ones come first");
  }

  @Test
  void staffCurateKeyPointsOnTheirPage() {
    Fixture f = fixture("駐輪場と街灯（ページ）");
    WebSession s = WebSession.signedIn(Forum.staff().email(), Accounts.PASSWORD);
    String path = "/staff/key-points.xhtml?topic=" + f.topic();
    assertTrue(
        s.get("/staff/topics.xhtml?status=open").body().contains(path.replace("&", "&amp;")));
    WebSession.Page extracted = s.submit(s.form(path, "extractForm"), "extractForm:extract");
    assertEquals(302, extracted.status(), extracted.body());
    WebSession.Page listed = s.get(path);
    assertTrue(listed.body().contains("<th scope=\"row\">駐輪場"), listed.body());
    assertTrue(listed.body().contains("<caption>"), "a table with a caption");
    assertTrue(listed.body().contains("候補を"), "the count of candidates is said");

    // an error beside the field, and what was typed kept
    WebSession.Form create = s.form(path, "createForm");
    create.set("createForm:label", "駐輪場の料金").set("createForm:commentIds", "12 と 15");
    WebSession.Page refused = s.submit(create, "createForm:create");
    assertEquals(200, refused.status(), refused.body());
    assertTrue(refused.body().contains("id=\"createForm:commentIdsError\""), refused.body());
    assertTrue(refused.body().contains("value=\"12 と 15\""), "the typed numbers are kept");
    assertTrue(refused.body().contains("value=\"駐輪場の料金\""), "and the label");

    create = s.form(path, "createForm");
    create.set("createForm:label", "駐輪場の料金").set("createForm:commentIds", f.bikes().get(1) + "");
    WebSession.Page created = s.submit(create, "createForm:create");
    assertEquals(302, created.status(), created.body());
    String editPath = created.location().substring(created.location().indexOf("/staff/"));
    editPath = editPath.replace("#edit", "");
    WebSession.Form edit = s.form(editPath, "editForm");
    edit.set("editForm:label", "");
    WebSession.Page blank = s.submit(edit, "editForm:save");
    assertEquals(200, blank.status());
    assertTrue(blank.body().contains("id=\"editForm:labelError\""), blank.body());
    edit = s.form(editPath, "editForm");
    edit.set("editForm:status", "approved").set("editForm:sortOrder", "1");
    WebSession.Page approved = s.submit(edit, "editForm:save");
    assertEquals(302, approved.status(), approved.body());
    List<JsonObject> seen = list(f.topic(), null);
    assertEquals(List.of("駐輪場の料金"), seen.stream().map(k -> k.getString("label")).toList());
    assertEquals(List.of(f.bikes().get(1)), ids(seen.get(0)));

    assertEquals(404, s.get("/staff/key-points.xhtml?topic=999999999").status());
    assertEquals(404, s.get("/staff/key-points.xhtml").status());
    WebSession reader = WebSession.signedIn(participant.email(), Accounts.PASSWORD);
    assertEquals(403, reader.get(path).status());
  }

  private static boolean audit(String action, long keyPoint) {
    Api.Reply log =
        Api.get(
            "/api/v1/audit-log?action=" + action + "&targetType=key_point&targetId=" + keyPoint,
            Accounts.admin());
    assertEquals(200, log.status(), log.body());
    return !log.array().isEmpty();
  }
}
