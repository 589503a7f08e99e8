package jp.kyodo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 11, item 5: every write to something with a version needs the version the client read. A
 * write without one is a 400 naming {@code version} and changes nothing; an old one is a 409.
 */
@ExtendWith(KyodoServer.class)
class OptimisticLockingIT {

  private static void assertVersionRequired(Api.Reply reply) {
    assertEquals(400, reply.status(), reply.body());
    assertEquals("application/problem+json", reply.mediaType());
    assertEquals(List.of("version"), reply.errorFields());
    assertTrue(
        reply
            .json()
            .getJsonArray("errors")
            .getJsonObject(0)
            .getString("message")
            .contains("version"),
        reply.body());
  }

  @Test
  void aProfileEditWithoutAVersionIsRefused() {
    Accounts.Participant p = Accounts.confirmed("nover");
    String before = Api.get("/api/v1/participants/me", p.token()).json().getString("displayName");
    assertVersionRequired(
        Api.put("/api/v1/participants/me", Api.json("displayName", "上書き"), p.token()));
    assertVersionRequired(
        Api.put(
            "/api/v1/participants/me", Api.json("displayName", "上書き", "version", null), p.token()));
    assertEquals(
        before, Api.get("/api/v1/participants/me", p.token()).json().getString("displayName"));
  }

  @Test
  void aTopicEditWithoutAVersionIsRefused() {
    long id = Forum.openTopic("版のない編集");
    Api.Reply reply =
        Api.put("/api/v1/topics/" + id, Forum.topicJson("上書きされた題", "上書き"), Forum.staff().token());
    assertVersionRequired(reply);
    assertEquals("版のない編集", Api.get("/api/v1/topics/" + id, null).json().getString("title"));
  }

  @Test
  void aCommentEditWithoutAVersionIsRefused() {
    Accounts.Participant author = Accounts.confirmed("nover-comment");
    long topic = Forum.openTopic("版のないコメント編集");
    long comment = Forum.id(Forum.post(topic, "元の意見", author.token()));
    assertVersionRequired(
        Api.put("/api/v1/comments/" + comment, Api.json("body", "上書き"), author.token()));
    assertEquals(
        "元の意見",
        Api.get("/api/v1/comments/" + comment, null)
            .json()
            .getJsonObject("comment")
            .getString("body"));
  }

  @Test
  void aModerationDecisionWithoutAVersionIsRefused() {
    Accounts.Participant author = Accounts.confirmed("nover-mod");
    long topic = Forum.openTopic("版のない判断");
    long comment = Forum.id(Forum.post(topic, "通報される意見", author.token()));
    long caseId =
        Moderation.report(comment, "spam", Accounts.confirmed("nover-rep").token())
            .json()
            .getJsonNumber("caseId")
            .longValue();
    String moderator = Moderation.moderator("nover-reviewer").token();
    JsonObject before = Moderation.caseOf(caseId, moderator).getJsonObject("moderationCase");
    Api.Reply reply =
        Api.post(
            "/api/v1/moderation/cases/" + caseId + "/decisions",
            Api.json("action", "hide", "templateId", Moderation.template("hide", null, moderator)),
            moderator);
    assertVersionRequired(reply);
    JsonObject after = Moderation.caseOf(caseId, moderator).getJsonObject("moderationCase");
    assertEquals(before.getString("state"), after.getString("state"));
    assertEquals(before.getJsonNumber("version"), after.getJsonNumber("version"));
  }

  @Test
  void aTemplateChangeNeedsTheVersionReadAndAnOldOneIsAConflict() {
    String admin = Accounts.admin();
    String template =
        "{\"action\":\"dismiss\",\"reason\":\"spam\",\"titleJa\":\"版の試験\","
            + "\"titleEn\":\"Version trial\",\"textJa\":\"本文\",\"textEn\":\"Text\","
            + "\"active\":false";
    Api.Reply created = Api.post("/api/v1/moderation/templates", template + "}", admin);
    assertEquals(201, created.status(), created.body());
    long id = created.json().getJsonNumber("id").longValue();
    long version = created.json().getJsonNumber("version").longValue();
    String path = "/api/v1/moderation/templates/" + id;

    assertVersionRequired(Api.put(path, template.replace("版の試験", "上書き") + "}", admin));
    Api.Reply changed =
        Api.put(path, template.replace("版の試験", "変更後") + ",\"version\":" + version + "}", admin);
    assertEquals(200, changed.status(), changed.body());
    assertEquals("変更後", changed.json().getString("titleJa"));
    assertTrue(changed.json().getJsonNumber("version").longValue() > version);
    Api.Reply stale =
        Api.put(path, template.replace("版の試験", "古い版") + ",\"version\":" + version + "}", admin);
    assertEquals(409, stale.status(), stale.body());
    assertEquals("stale_version", stale.json().getString("code"));
  }
}
