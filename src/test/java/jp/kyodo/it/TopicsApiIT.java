package jp.kyodo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(KyodoServer.class)
class TopicsApiIT {

  @Test
  void onlyStaffOpenTopicsAndDraftsStayHidden() {
    Accounts.Participant resident = Accounts.confirmed("resident");
    Api.Reply refused =
        Api.post("/api/v1/topics", Forum.topicJson("住民の議題", "本文"), resident.token());
    assertEquals(403, refused.status(), refused.body());

    Api.Reply draft =
        Api.post("/api/v1/topics", Forum.topicJson("下書きの議題", "本文"), Forum.staff().token());
    assertEquals(201, draft.status(), draft.body());
    long id = Forum.id(draft.json());
    assertEquals("draft", draft.json().getString("status"));
    assertEquals(
        404, Api.get("/api/v1/topics/" + id, null).status(), "drafts do not exist for the public");
    assertEquals(404, Api.get("/api/v1/topics/" + id, resident.token()).status());
    assertEquals(200, Api.get("/api/v1/topics/" + id, Forum.staff().token()).status());
    assertFalse(Api.get("/api/v1/topics?size=100", null).body().contains("下書きの議題"));

    Api.Reply published =
        Api.post("/api/v1/topics/" + id + "/publication", "", Forum.staff().token());
    assertEquals("open", published.json().getString("status"));
    assertTrue(published.json().getBoolean("acceptingComments"));
    assertEquals(200, Api.get("/api/v1/topics/" + id, null).status());
    Api.Reply again = Api.post("/api/v1/topics/" + id + "/publication", "", Forum.staff().token());
    assertEquals(422, again.status());
  }

  @Test
  void closedTopicIsReadOnly() {
    long id = Forum.openTopic("締切テスト");
    Accounts.Participant p = Accounts.confirmed("closer");
    JsonObject before = Forum.post(id, "締切前の意見", p.token());

    Api.Reply closed = Api.post("/api/v1/topics/" + id + "/closure", "", Forum.staff().token());
    assertEquals(200, closed.status(), closed.body());
    assertFalse(closed.json().getBoolean("acceptingComments"));

    Api.Reply comment =
        Api.post("/api/v1/topics/" + id + "/comments", Api.json("body", "遅れた意見"), p.token());
    assertEquals(422, comment.status(), comment.body());
    assertEquals("topic_closed", comment.json().getString("code"));
    Api.Reply reply =
        Api.post(
            "/api/v1/comments/" + Forum.id(before) + "/replies",
            Api.json("body", "遅れた返信"),
            p.token());
    assertEquals(422, reply.status());
    assertEquals(
        422,
        Api.post("/api/v1/topics/" + id + "/closure", "", Forum.staff().token()).status(),
        "a closed topic refuses to close again");
    assertEquals(1, Api.get("/api/v1/topics/" + id, null).json().getInt("commentCount"));
    assertEquals(
        200, Api.get("/api/v1/topics/" + id + "/comments", null).status(), "still readable");
  }

  @Test
  void topicBodyIsSanitisedMarkdown() {
    String hostile =
        "**太字**と[区のサイト](https://www.city.setagaya.lg.jp/)\n\n"
            + "<script>alert('x')</script>\n\n"
            + "<img src=x onerror=alert(1)>\n\n"
            + "[罠](javascript:alert(1)) <a href=\"#\" onclick=\"steal()\">click</a>\n\n"
            + "<iframe src=\"https://evil.example/\"></iframe>";
    Api.Reply created =
        Api.post("/api/v1/topics", Forum.topicJson("サニタイズ", hostile), Forum.staff().token());
    assertEquals(201, created.status(), created.body());
    String html = created.json().getString("bodyHtml");
    assertTrue(html.contains("<strong>太字</strong>"), html);
    assertTrue(html.contains("href=\"https://www.city.setagaya.lg.jp/\""), html);
    assertTrue(html.matches("(?s).*rel=\"[^\"]*nofollow[^\"]*\".*"), html);
    // escaped into text they are harmless; as markup or attributes they must be gone
    for (String forbidden :
        List.of("<script", "onerror=", "onclick=", "href=\"javascript", "<iframe", "<img")) {
      assertFalse(html.toLowerCase().contains(forbidden), forbidden + " survived: " + html);
    }
  }

  @Test
  void officialResponseIsPublishedWithHistory() {
    long id = Forum.openTopic("区の考え方テスト");
    Accounts.Participant p = Accounts.confirmed("noresp");
    Api.Reply notStaff =
        Api.put(
            "/api/v1/topics/" + id + "/response",
            Api.json("status", "received", "body", "x"),
            p.token());
    assertEquals(403, notStaff.status());
    Api.Reply badStatus =
        Api.put(
            "/api/v1/topics/" + id + "/response",
            Api.json("status", "maybe", "body", "x"),
            Forum.staff().token());
    assertEquals(400, badStatus.status());
    assertEquals(List.of("status"), badStatus.errorFields());

    assertEquals(
        200,
        Api.put(
                "/api/v1/topics/" + id + "/response",
                Api.json("status", "considering", "body", "検討しています。"),
                Forum.staff().token())
            .status());
    Api.Reply second =
        Api.put(
            "/api/v1/topics/" + id + "/response",
            Api.json("status", "partially_adopted", "body", "一部を**反映**しました。<script>x</script>"),
            Forum.staff().token());
    assertEquals(200, second.status(), second.body());
    assertFalse(second.json().getString("bodyHtml").contains("<script"));

    JsonObject topic = Api.get("/api/v1/topics/" + id, null).json();
    assertEquals("partially_adopted", topic.getJsonObject("officialResponse").getString("status"));
    var history = Api.get("/api/v1/topics/" + id + "/response", null).array();
    assertEquals(2, history.size());
    assertEquals("considering", history.getJsonObject(1).getString("status"));
    JsonObject listed =
        Api.get("/api/v1/topics?sort=newest&size=50", null).json().getJsonArray("items").stream()
            .map(v -> v.asJsonObject())
            .filter(o -> o.getJsonNumber("id").longValue() == id)
            .findFirst()
            .orElseThrow();
    assertEquals(
        "partially_adopted",
        listed.getString("responseStatus"),
        "the list shows the latest answer");
  }

  @Test
  void aPlaceFilterFindsItsOwnTopicsAndTheWardWideOnes() {
    String run = UUID.randomUUID().toString().substring(0, 8);
    long ward = scopedTopic("区全体 " + run, null, null);
    long area = scopedTopic("世田谷地域 " + run, "setagaya", null);
    long taishido = scopedTopic("太子堂 " + run, "setagaya", "taishido");
    long umegaoka = scopedTopic("梅丘 " + run, "kitazawa", "umegaoka");

    assertEquals(
        List.of(ward, area, taishido), listed("area=setagaya", run), "an area and its districts");
    assertEquals(List.of(ward, area, taishido), listed("district=taishido", run));
    assertEquals(
        List.of(ward, area), listed("district=ikejiri", run), "its area's, not taishido's");
    assertEquals(List.of(ward), listed("district=seijo", run), "ward-wide concerns everyone");
    assertEquals(List.of(ward, umegaoka), listed("area=kitazawa", run));
    assertEquals(List.of(ward, area, taishido, umegaoka), listed("area=&district=", run));

    Api.Reply unknown = Api.get("/api/v1/topics?area=atlantis&district=nowhere", null);
    assertEquals(400, unknown.status(), unknown.body());
    assertEquals(List.of("area", "district"), unknown.errorFields());
  }

  private static long scopedTopic(String title, String area, String district) {
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    Api.Reply created =
        Api.post(
            "/api/v1/topics",
            Api.json(
                "title",
                title,
                "body",
                "本文",
                "policyArea",
                "environment",
                "scopeArea",
                area,
                "scopeDistrict",
                district,
                "department",
                "環境政策部",
                "opensAt",
                now.minusHours(1).toString(),
                "closesAt",
                now.plusDays(30).toString()),
            Forum.staff().token());
    assertEquals(201, created.status(), created.body());
    long id = created.json().getJsonNumber("id").longValue();
    assertEquals(
        200, Api.post("/api/v1/topics/" + id + "/publication", "", Forum.staff().token()).status());
    return id;
  }

  /** The ids of this run's topics in the filtered list, oldest first. */
  private static List<Long> listed(String query, String run) {
    Api.Reply r = Api.get("/api/v1/topics?size=100&sort=newest&" + query, null);
    assertEquals(200, r.status(), r.body());
    return r.json().getJsonArray("items").stream()
        .map(v -> v.asJsonObject())
        .filter(o -> o.getString("title").endsWith(run))
        .map(o -> o.getJsonNumber("id").longValue())
        .sorted()
        .toList();
  }

  @Test
  void listFiltersSortsAndPages() {
    long a = Forum.openTopic("一覧テストA");
    long b = Forum.openTopic("一覧テストB");
    Forum.post(b, "活動", Accounts.confirmed("lister").token());
    Api.Reply list =
        Api.get("/api/v1/topics?policyArea=environment&area=setagaya&sort=active&size=2", null);
    assertEquals(200, list.status(), list.body());
    JsonObject page = list.json();
    assertEquals(2, page.getJsonArray("items").size());
    assertTrue(page.getJsonNumber("total").longValue() >= 2);
    assertEquals(b, page.getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue());
    assertTrue(page.getJsonArray("items").getJsonObject(0).getInt("commentCount") >= 1);
    JsonObject second =
        Api.get(
                "/api/v1/topics?policyArea=environment&area=setagaya&sort=active&size=1&page=2",
                null)
            .json();
    assertEquals(
        page.getJsonArray("items").getJsonObject(1).getJsonNumber("id").longValue(),
        second.getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue(),
        "page 2 of size 1 is the second topic of the same order");
    assertEquals(
        page.getJsonNumber("total").longValue(), second.getJsonNumber("total").longValue());

    Api.Reply bad = Api.get("/api/v1/topics?sort=random&status=whatever", null);
    assertEquals(400, bad.status());
    assertEquals(List.of("sort", "status"), bad.errorFields().stream().sorted().toList());
    assertEquals(
        400,
        Api.get("/api/v1/topics?status=draft", null).status(),
        "drafts are not listed for the public");
    assertTrue(a > 0);
  }

  @Test
  void anonymousReadersGetPagesWithoutAnHttpSession() {
    long id = Forum.openTopic("セッションなしで読める議題");
    Forum.post(id, "読むだけの人には見えるだけ", Accounts.confirmed("nosession").token());
    for (String page : List.of("/topics.xhtml", "/topic.xhtml?id=" + id, "/index.xhtml")) {
      Api.Reply reply = Api.get(page, null);
      assertEquals(200, reply.status(), page);
      assertEquals(null, reply.header("Set-Cookie"), page + " must not start a session");
    }
    assertTrue(Api.get("/topic.xhtml?id=" + id, null).body().contains("読むだけの人には見えるだけ"));
  }

  @Test
  void staleTopicEditIsAConflict() {
    long id = Forum.openTopic("編集競合");
    JsonObject topic = Api.get("/api/v1/topics/" + id, null).json();
    long version = topic.getJsonNumber("version").longValue();
    String edit = Forum.topicJson("編集競合（改）", "新しい本文").replace("}", ",\"version\":" + version + "}");
    assertEquals(200, Api.put("/api/v1/topics/" + id, edit, Forum.staff().token()).status());
    Api.Reply stale = Api.put("/api/v1/topics/" + id, edit, Forum.staff().token());
    assertEquals(409, stale.status(), stale.body());
  }
}
