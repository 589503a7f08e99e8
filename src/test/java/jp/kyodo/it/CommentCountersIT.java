package jp.kyodo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The denormalised counters (a topic's comments, top-level comments and participants; a comment's
 * replies) always equal a count from the tables, whatever path a comment took: posted, edited and
 * held, approved, rejected, hidden, restored, deleted.
 */
@ExtendWith(KyodoServer.class)
class CommentCountersIT {
  private static final String HOLD_WORD = "保留語" + UUID.randomUUID().toString().substring(0, 6);

  @Test
  void aReplyHeldOnEditAndThenApprovedIsCountedOnce() throws SQLException {
    Moderation.watch(HOLD_WORD, "hold");
    Accounts.Participant moderator = Moderation.moderator("mod-counters-a");
    long topic = Forum.openTopic("カウンター（承認）");
    Accounts.Participant author = Accounts.confirmed("counters-a");
    long root = Forum.id(Forum.post(topic, "最初の意見", Accounts.confirmed("c-o").token()));
    JsonObject reply = Forum.reply(root, "返信です", author.token());
    assertCountersMatchTables(topic);
    assertEquals(1, replyCount(root));

    long replyId = heldOnEdit(reply, author);
    assertEquals(0, replyCount(root), "a held reply has no place in the thread");
    assertCountersMatchTables(topic);

    Moderation.decideNow(caseOf(replyId, moderator), "approve", null, moderator.token());
    assertEquals(1, replyCount(root), "approved: counted once, not twice");
    assertEquals(2, topicCount(topic, "comment_count"));
    assertCountersMatchTables(topic);
  }

  @Test
  void aReplyHeldOnEditAndThenRejectedIsNotCounted() throws SQLException {
    Moderation.watch(HOLD_WORD, "hold");
    Accounts.Participant moderator = Moderation.moderator("mod-counters-r");
    long topic = Forum.openTopic("カウンター（却下）");
    Accounts.Participant author = Accounts.confirmed("counters-r");
    long root = Forum.id(Forum.post(topic, "最初の意見", Accounts.confirmed("c-o").token()));
    long replyId = heldOnEdit(Forum.reply(root, "返信です", author.token()), author);

    Moderation.decideNow(caseOf(replyId, moderator), "reject", null, moderator.token());
    assertEquals(0, replyCount(root));
    assertEquals(1, topicCount(topic, "comment_count"));
    assertCountersMatchTables(topic);
  }

  @Test
  void everyPathACommentCanTakeKeepsTheCountersEqualToTheTables() throws SQLException {
    Accounts.Participant moderator = Moderation.moderator("mod-counters-all");
    long topic = Forum.openTopic("カウンター（すべての経路）");
    Accounts.Participant a = Accounts.confirmed("counters-1");
    Accounts.Participant b = Accounts.confirmed("counters-2");
    long first = Forum.id(Forum.post(topic, "意見その一", a.token()));
    long second = Forum.id(Forum.post(topic, "意見その二", b.token()));
    long r1 = Forum.id(Forum.reply(first, "返信その一", b.token()));
    long r2 = Forum.id(Forum.reply(r1, "返信の返信", a.token()));
    Forum.reply(first, "返信その二", a.token());
    assertCountersMatchTables(topic);

    // the author deletes a reply: the placeholder keeps its place among the replies
    assertEquals(204, Api.delete("/api/v1/comments/" + r2, a.token()).status());
    assertEquals(1, replyCount(r1));
    assertCountersMatchTables(topic);

    // a moderator hides a reply, then restores it
    long hideCase = caseOfReported(second, moderator);
    Moderation.decideNow(hideCase, "hide", null, moderator.token());
    assertEquals(3, topicCount(topic, "comment_count"));
    assertCountersMatchTables(topic);
    Moderation.decideNow(hideCase, "restore", null, moderator.token());
    assertEquals(4, topicCount(topic, "comment_count"));
    assertCountersMatchTables(topic);

    // the author deletes what was hidden
    long hideAgain = caseOfReported(r1, moderator);
    Moderation.decideNow(hideAgain, "hide", null, moderator.token());
    assertEquals(204, Api.delete("/api/v1/comments/" + r1, b.token()).status());
    assertEquals(2, replyCount(first));
    assertCountersMatchTables(topic);
    assertEquals(2, topicCount(topic, "participant_count"), "everyone who ever commented");
  }

  private static long heldOnEdit(JsonObject reply, Accounts.Participant author) {
    long id = Forum.id(reply);
    Api.Reply edited =
        Api.put(
            "/api/v1/comments/" + id,
            Api.json(
                "body", "書き直し " + HOLD_WORD, "version", reply.getJsonNumber("version").longValue()),
            author.token());
    assertEquals(200, edited.status(), edited.body());
    assertEquals("held", edited.json().getString("status"));
    return id;
  }

  /** The case of a held comment, from the moderators' queue. */
  private static long caseOf(long commentId, Accounts.Participant moderator) {
    return Api.get("/api/v1/moderation/cases", moderator.token()).array().stream()
        .map(JsonValue::asJsonObject)
        .map(q -> q.getJsonObject("moderationCase"))
        .filter(c -> c.getString("targetType").equals("comment"))
        .filter(c -> c.getJsonNumber("targetId").longValue() == commentId)
        .findFirst()
        .orElseThrow()
        .getJsonNumber("id")
        .longValue();
  }

  private static long caseOfReported(long commentId, Accounts.Participant moderator) {
    Api.Reply r = Moderation.report(commentId, "abuse", Accounts.confirmed("reporter").token());
    assertEquals(201, r.status(), r.body());
    return caseOf(commentId, moderator);
  }

  /** Every counter of the topic and its comments against a count from the tables. */
  static void assertCountersMatchTables(long topicId) throws SQLException {
    try (Connection db = KyodoServer.database()) {
      assertEquals(
          count(
              db,
              "select count(*) from comment where topic_id = ? and status = 'visible'",
              topicId),
          topicCount(db, topicId, "comment_count"),
          "comment_count");
      assertEquals(
          count(
              db,
              "select count(*) from comment where topic_id = ? and depth = 0"
                  + " and status = 'visible'",
              topicId),
          topicCount(db, topicId, "root_comment_count"),
          "root_comment_count");
      assertEquals(
          count(db, "select count(*) from topic_participant where topic_id = ?", topicId),
          topicCount(db, topicId, "participant_count"),
          "participant_count");
      assertEquals(
          0,
          count(
              db,
              "select count(*) from comment c where c.topic_id = ? and c.status = 'visible'"
                  + " and not exists (select 1 from topic_participant p"
                  + " where p.topic_id = c.topic_id and p.participant_id = c.author_id)",
              topicId),
          "every visible comment's author is a participant of the topic");
      assertEquals(
          0,
          count(
              db,
              "select count(*) from comment c where c.topic_id = ? and c.reply_count <>"
                  + " (select count(*) from comment r where r.parent_id = c.id"
                  + " and r.status in ('visible', 'deleted', 'hidden'))",
              topicId),
          "every reply_count equals the replies that hold a place in the thread");
    }
  }

  private static int replyCount(long commentId) throws SQLException {
    try (Connection db = KyodoServer.database()) {
      return count(db, "select reply_count from comment where id = ?", commentId);
    }
  }

  private static int topicCount(long topicId, String column) throws SQLException {
    try (Connection db = KyodoServer.database()) {
      return topicCount(db, topicId, column);
    }
  }

  private static int topicCount(Connection db, long topicId, String column) throws SQLException {
    return count(db, "select " + column + " from topic where id = ?", topicId);
  }

  private static int count(Connection db, String sql, long id) throws SQLException {
    try (PreparedStatement st = db.prepareStatement(sql)) {
      st.setLong(1, id);
      try (ResultSet rs = st.executeQuery()) {
        rs.next();
        return rs.getInt(1);
      }
    }
  }
}
