package jp.kyodo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(KyodoServer.class)
class CommentsApiIT {

  @Test
  void postsOpinionsAndRepliesWithExactCounts() {
    long topic = Forum.openTopic("投稿と返信");
    Accounts.Participant hanako = Accounts.confirmed("hanako");
    Accounts.Participant taro = Accounts.confirmed("taro");
    Api.Reply opinion =
        Api.post(
            "/api/v1/topics/" + topic + "/comments",
            Api.json("body", "公園を増やしてほしいです。\n特に子ども向けに。", "stance", "agree"),
            hanako.token());
    assertEquals(201, opinion.status(), opinion.body());
    JsonObject root = opinion.json();
    assertTrue(opinion.header("Location").endsWith("/api/v1/comments/" + Forum.id(root)));
    assertEquals("agree", root.getString("stance"));
    assertEquals(0, root.getInt("depth"));
    assertEquals("hanakoさん", root.getJsonObject("author").getString("displayName"));
    assertEquals(
        root,
        Api.get("/api/v1/comments/" + Forum.id(root), hanako.token())
            .json()
            .getJsonObject("comment"),
        "the author's answer to posting is what reading the comment returns");

    JsonObject reply = Forum.reply(Forum.id(root), "賛成です。", taro.token());
    assertEquals(Forum.id(root), reply.getJsonNumber("parentId").longValue());
    assertEquals(1, reply.getInt("depth"));
    assertEquals("hanakoさん", reply.getJsonObject("replyTo").getString("displayName"));
    Forum.reply(Forum.id(root), "私も", hanako.token());

    JsonObject t = Api.get("/api/v1/topics/" + topic, null).json();
    assertEquals(3, t.getInt("commentCount"));
    assertEquals(2, t.getInt("participantCount"), "hanako twice counts once");

    JsonObject page = Api.get("/api/v1/topics/" + topic + "/comments", null).json();
    JsonObject item = page.getJsonArray("items").getJsonObject(0);
    assertEquals("公園を増やしてほしいです。\n特に子ども向けに。", item.getJsonObject("comment").getString("body"));
    assertEquals(2, item.getJsonObject("comment").getInt("replyCount"));
    assertEquals(2, item.getJsonArray("replies").size());
    assertEquals("賛成です。", item.getJsonArray("replies").getJsonObject(0).getString("body"));
  }

  @Test
  void staffRepliesCarryABadge() {
    long topic = Forum.openTopic("職員バッジ");
    JsonObject question = Forum.post(topic, "質問です", Accounts.confirmed("asker").token());
    JsonObject answer = Forum.reply(Forum.id(question), "担当課からお答えします。", Forum.staff().token());
    assertTrue(answer.getJsonObject("author").getBoolean("staff"));
    assertFalse(question.getJsonObject("author").getBoolean("staff"));
  }

  @Test
  void repliesBeyondTheDepthCapAttachAtTheCapAndNameWhomTheyAnswer() {
    long topic = Forum.openTopic("深さ上限");
    Accounts.Participant a = Accounts.confirmed("deep-a");
    Accounts.Participant b = Accounts.confirmed("deep-b");
    JsonObject current = Forum.post(topic, "深さ0", a.token());
    for (int depth = 1; depth <= 4; depth++) {
      current =
          Forum.reply(Forum.id(current), "深さ" + depth, depth % 2 == 1 ? b.token() : a.token());
      assertEquals(depth, current.getInt("depth"));
    }
    JsonObject atCap = current;
    JsonObject beyond = Forum.reply(Forum.id(atCap), "上限を超える返信", b.token());
    assertEquals(4, beyond.getInt("depth"), "stays at the cap");
    assertEquals(
        atCap.getJsonNumber("parentId").longValue(),
        beyond.getJsonNumber("parentId").longValue(),
        "attaches beside the comment it answers");
    assertEquals(Forum.id(atCap), beyond.getJsonNumber("inReplyToId").longValue());
    assertEquals(
        atCap.getJsonObject("author").getString("displayName"),
        beyond.getJsonObject("replyTo").getString("displayName"));

    JsonObject context = Api.get("/api/v1/comments/" + Forum.id(beyond), null).json();
    assertEquals(4, context.getJsonArray("ancestors").size(), "depth 0 to 3 above it");
    assertEquals("深さ0", context.getJsonArray("ancestors").getJsonObject(0).getString("body"));
  }

  @Test
  void onlyTheAuthorEditsOrDeletesAndStaleEditsConflict() {
    long topic = Forum.openTopic("編集と削除");
    Accounts.Participant author = Accounts.confirmed("author");
    Accounts.Participant other = Accounts.confirmed("other");
    JsonObject c = Forum.post(topic, "最初の文", author.token());
    long id = Forum.id(c);
    long version = c.getJsonNumber("version").longValue();

    Api.Reply foreign =
        Api.put(
            "/api/v1/comments/" + id, Api.json("body", "乗っ取り", "version", version), other.token());
    assertEquals(403, foreign.status(), foreign.body());
    Api.Reply edited =
        Api.put(
            "/api/v1/comments/" + id, Api.json("body", "直した文", "version", version), author.token());
    assertEquals(200, edited.status(), edited.body());
    assertTrue(edited.json().getBoolean("edited"));
    assertEquals("直した文", edited.json().getString("body"));

    Api.Reply stale =
        Api.put(
            "/api/v1/comments/" + id,
            Api.json("body", "古い版から", "version", version),
            author.token());
    assertEquals(409, stale.status(), stale.body());
    assertEquals("stale_version", stale.json().getString("code"));

    assertEquals(403, Api.delete("/api/v1/comments/" + id, other.token()).status());
    assertEquals(401, Api.delete("/api/v1/comments/" + id, null).status());
    assertEquals(204, Api.delete("/api/v1/comments/" + id, author.token()).status());

    JsonObject placeholder =
        Api.get("/api/v1/topics/" + topic + "/comments", null)
            .json()
            .getJsonArray("items")
            .getJsonObject(0)
            .getJsonObject("comment");
    assertTrue(placeholder.getBoolean("deleted"));
    assertFalse(placeholder.containsKey("body"), "the text is gone from public view");
    assertEquals(0, Api.get("/api/v1/topics/" + topic, null).json().getInt("commentCount"));
    assertEquals(
        422,
        Api.put(
                "/api/v1/comments/" + id,
                Api.json("body", "復活", "version", version + 1),
                author.token())
            .status());
  }

  @Test
  void oneReactionPerParticipantChangeableAndRemovable() {
    long topic = Forum.openTopic("リアクション");
    Accounts.Participant author = Accounts.confirmed("react-author");
    Accounts.Participant reader = Accounts.confirmed("react-reader");
    long id = Forum.id(Forum.post(topic, "賛否をください", author.token()));
    String path = "/api/v1/comments/" + id + "/reaction";

    JsonObject first = Api.put(path, Api.json("kind", "agree"), reader.token()).json();
    JsonObject twice = Api.put(path, Api.json("kind", "agree"), reader.token()).json();
    assertEquals(1, first.getInt("agreeCount"));
    assertEquals(1, twice.getInt("agreeCount"), "one per participant");
    JsonObject changed = Api.put(path, Api.json("kind", "disagree"), reader.token()).json();
    assertEquals(0, changed.getInt("agreeCount"));
    assertEquals(1, changed.getInt("disagreeCount"));

    JsonObject seen =
        Api.get("/api/v1/topics/" + topic + "/comments", reader.token())
            .json()
            .getJsonArray("items")
            .getJsonObject(0)
            .getJsonObject("comment");
    assertEquals("disagree", seen.getString("myReaction"));
    assertEquals(1, seen.getInt("disagreeCount"));

    JsonObject removed = Api.delete(path, reader.token()).json();
    assertEquals(0, removed.getInt("agreeCount"));
    assertEquals(0, removed.getInt("disagreeCount"));

    Api.Reply own = Api.put(path, Api.json("kind", "agree"), author.token());
    assertEquals(422, own.status());
    Api.Reply bad = Api.put(path, Api.json("kind", "love"), reader.token());
    assertEquals(400, bad.status());
    assertEquals(List.of("kind"), bad.errorFields());
    assertEquals(401, Api.put(path, Api.json("kind", "agree"), null).status());
  }

  @Test
  void textLimitsAreCodePointsAndControlCharactersAreRefused() {
    long topic = Forum.openTopic("文字数");
    Accounts.Participant p = Accounts.confirmed("limits");
    Api.Reply ok =
        Api.post(
            "/api/v1/topics/" + topic + "/comments",
            Api.json("body", "😀".repeat(2000)),
            p.token());
    assertEquals(201, ok.status(), "2,000 emoji are 2,000 characters");
    Api.Reply tooLong =
        Api.post(
            "/api/v1/topics/" + topic + "/comments", Api.json("body", "あ".repeat(2001)), p.token());
    assertEquals(400, tooLong.status());
    assertEquals(List.of("body"), tooLong.errorFields());
    Api.Reply control =
        Api.post("/api/v1/topics/" + topic + "/comments", Api.json("body", "ベル\u0007"), p.token());
    assertEquals(400, control.status());
    Api.Reply blank =
        Api.post("/api/v1/topics/" + topic + "/comments", Api.json("body", "　\n "), p.token());
    assertEquals(400, blank.status());
    Api.Reply stance =
        Api.post(
            "/api/v1/topics/" + topic + "/comments",
            Api.json("body", "x", "stance", "maybe"),
            p.token());
    assertEquals(List.of("stance"), stance.errorFields());
    assertEquals(
        404,
        Api.post("/api/v1/topics/999999999/comments", Api.json("body", "x"), p.token()).status());
  }

  @Test
  void exportIncludesWhatTheParticipantWrote() {
    long topic = Forum.openTopic("エクスポート");
    Accounts.Participant p = Accounts.confirmed("exporter");
    Forum.post(topic, "私の意見です", p.token());
    JsonObject export = Api.get("/api/v1/participants/me/export", p.token()).json();
    assertEquals(
        "私の意見です",
        export
            .getJsonObject("comments")
            .getJsonArray("written")
            .getJsonObject(0)
            .getString("body"));
    String createdAt =
        export
            .getJsonObject("comments")
            .getJsonArray("written")
            .getJsonObject(0)
            .getString("createdAt");
    assertTrue(createdAt.matches("\\d{4}-\\d{2}-\\d{2}T.*Z"), "ISO 8601 in UTC: " + createdAt);
  }

  @Test
  void withdrawnAuthorsAreShownAsWithdrawnAndTheirCommentsStay() {
    long topic = Forum.openTopic("退会者の投稿");
    Accounts.Participant p = Accounts.confirmed("leaver");
    long id = Forum.id(Forum.post(topic, "退会前の意見", p.token()));
    Api.post(
        "/api/v1/participants/me/withdrawal", Api.json("password", Accounts.PASSWORD), p.token());
    JsonObject c = Api.get("/api/v1/comments/" + id, null).json().getJsonObject("comment");
    assertEquals("退会前の意見", c.getString("body"));
    assertTrue(c.getJsonObject("author").getBoolean("withdrawn"));
    assertFalse(c.getJsonObject("author").containsKey("displayName"));
    assertFalse(c.getJsonObject("author").containsKey("id"));
  }
}
