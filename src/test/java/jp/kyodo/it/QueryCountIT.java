package jp.kyodo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Rendering a thread page costs the same number of SQL statements whether its comments have few
 * replies or many: no N+1. The server reports its count in X-Kyodo-Query-Count (tests only).
 */
@ExtendWith(KyodoServer.class)
class QueryCountIT {

  @Test
  void aThreadPageCostsAConstantNumberOfStatements() {
    Accounts.Participant reader = Accounts.confirmed("counter");
    long small = thread("小さなスレッド", 2, 1, reader);
    long large = thread("大きなスレッド", 20, 4, reader);

    int smallApi = count("/api/v1/topics/" + small + "/comments", reader.token());
    int largeApi = count("/api/v1/topics/" + large + "/comments", reader.token());
    assertEquals(smallApi, largeApi, "API: 2 comments cost as much as 20 with 80 replies");
    assertTrue(largeApi <= 8, "API statements: " + largeApi);

    int anonymous = count("/api/v1/topics/" + large + "/comments", null);
    assertTrue(anonymous <= largeApi);

    int smallPage = count("/topic.xhtml?id=" + small, null);
    int largePage = count("/topic.xhtml?id=" + large, null);
    assertTrue(smallPage > 0, "the first anonymous read renders the page");
    assertEquals(smallPage, largePage, "HTML page: constant as well");
    assertTrue(largePage <= 10, "page statements: " + largePage);
    assertEquals(0, count("/topic.xhtml?id=" + large, null), "the kept page reads nothing");

    // signed in: the page is rendered once for plain participants (the first read of each page),
    // then filled in for each of them with the statements of their own parts only
    WebSession session = WebSession.signedIn(reader.email(), Accounts.PASSWORD);
    session.get("/notifications.xhtml"); // the reader's account, read once and kept
    int smallRendered = session.get("/topic.xhtml?id=" + small).queries();
    int largeRendered = session.get("/topic.xhtml?id=" + large).queries();
    assertTrue(smallRendered > 0, "the page is rendered for the class: " + smallRendered);
    assertEquals(smallRendered, largeRendered, "signed-in HTML page: constant as well");
    assertTrue(largeRendered <= 12, "signed-in page statements: " + largeRendered);
    int smallSigned = session.get("/topic.xhtml?id=" + small).queries();
    int largeSigned = session.get("/topic.xhtml?id=" + large).queries();
    assertEquals(smallSigned, largeSigned, "the reader's own parts: constant");
    assertEquals(largeSigned, session.get("/topic.xhtml?id=" + large).queries(), "and again");
    assertEquals(
        3, largeSigned, "their unread count, whether they follow, their reactions: " + largeSigned);
  }

  private static long thread(
      String title, int roots, int repliesEach, Accounts.Participant someone) {
    long topic = Forum.openTopic(title);
    Accounts.Participant writer = Accounts.confirmed("qc-writer");
    for (int i = 0; i < roots; i++) {
      long root = Forum.id(Forum.post(topic, title + " " + i, writer.token()));
      Api.put("/api/v1/comments/" + root + "/reaction", Api.json("kind", "agree"), someone.token());
      for (int j = 0; j < repliesEach; j++) {
        Forum.reply(root, "返信 " + j, writer.token());
      }
    }
    return topic;
  }

  private static int count(String path, String token) {
    Api.Reply reply = Api.get(path, token);
    assertEquals(200, reply.status(), reply.body());
    String header = reply.header("X-Kyodo-Query-Count");
    assertNotNull(header, "diagnostics header missing: " + reply.headers());
    return Integer.parseInt(header);
  }
}
