package jp.kyodo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Cursor pagination neither skips nor repeats while others keep posting. */
@ExtendWith(KyodoServer.class)
class ThreadPagingIT {

  @Test
  void oldestFirstPagingSeesEveryCommentOnceWhileOthersPost() throws Exception {
    long topic = Forum.openTopic("ページング（古い順）");
    Accounts.Participant writer = Accounts.confirmed("pager");
    List<Long> existing = new ArrayList<>();
    for (int i = 0; i < 25; i++) {
      existing.add(Forum.id(Forum.post(topic, "既存の意見 " + i, writer.token())));
    }
    List<Long> seen = readAllWhilePosting(topic, "oldest", writer, 12);
    assertEquals(seen.size(), new HashSet<>(seen).size(), "no repeats: " + seen);
    assertTrue(seen.containsAll(existing), "no skips");
    for (int i = 1; i < seen.size(); i++) {
      assertTrue(seen.get(i) > seen.get(i - 1), "oldest first");
    }
  }

  @Test
  void newestFirstPagingNeverRepeatsOrSkipsOlderComments() throws Exception {
    long topic = Forum.openTopic("ページング（新しい順）");
    Accounts.Participant writer = Accounts.confirmed("pager2");
    List<Long> existing = new ArrayList<>();
    for (int i = 0; i < 25; i++) {
      existing.add(Forum.id(Forum.post(topic, "既存 " + i, writer.token())));
    }
    List<Long> seen = readAllWhilePosting(topic, "newest", writer, 12);
    assertEquals(seen.size(), new HashSet<>(seen).size(), "no repeats");
    assertTrue(seen.containsAll(existing), "no skips");
    for (int i = 1; i < seen.size(); i++) {
      assertTrue(seen.get(i) < seen.get(i - 1), "newest first");
    }
  }

  @Test
  void mostAgreedOrderAndRepliesPaging() {
    long topic = Forum.openTopic("賛成順");
    Accounts.Participant writer = Accounts.confirmed("agreed-w");
    long popular = Forum.id(Forum.post(topic, "人気の意見", writer.token()));
    long quiet = Forum.id(Forum.post(topic, "静かな意見", writer.token()));
    for (int i = 0; i < 3; i++) {
      Api.put(
          "/api/v1/comments/" + popular + "/reaction",
          Api.json("kind", "agree"),
          Accounts.confirmed("fan" + i).token());
    }
    var items =
        Api.get("/api/v1/topics/" + topic + "/comments?sort=agreed", null)
            .json()
            .getJsonArray("items");
    assertEquals(
        popular, items.getJsonObject(0).getJsonObject("comment").getJsonNumber("id").longValue());
    assertEquals(
        quiet, items.getJsonObject(1).getJsonObject("comment").getJsonNumber("id").longValue());

    for (int i = 0; i < 7; i++) {
      Forum.reply(quiet, "返信 " + i, writer.token());
    }
    JsonObject first = Api.get("/api/v1/comments/" + quiet + "/replies?limit=5", null).json();
    assertEquals(5, first.getJsonArray("items").size());
    String cursor = first.getString("nextCursor");
    JsonObject second =
        Api.get("/api/v1/comments/" + quiet + "/replies?limit=5&cursor=" + cursor, null).json();
    assertEquals(2, second.getJsonArray("items").size());
    assertTrue(!second.containsKey("nextCursor") || second.isNull("nextCursor"));
    assertEquals("返信 5", second.getJsonArray("items").getJsonObject(0).getString("body"));
  }

  @Test
  void malformedCursorsAndLimitsAreBadRequests() {
    long topic = Forum.openTopic("不正なカーソル");
    Api.Reply garbage =
        Api.get("/api/v1/topics/" + topic + "/comments?cursor=zz-not-a-cursor", null);
    assertEquals(400, garbage.status(), garbage.body());
    Api.Reply wrongSort =
        Api.get(
            "/api/v1/topics/"
                + topic
                + "/comments?sort=newest&cursor="
                + java.util.Base64.getUrlEncoder()
                    .encodeToString("oldest:0:5".getBytes(StandardCharsets.UTF_8)),
            null);
    assertEquals(400, wrongSort.status());
    assertEquals(List.of("cursor"), wrongSort.errorFields());
    assertEquals(400, Api.get("/api/v1/topics/" + topic + "/comments?limit=0", null).status());
    assertEquals(400, Api.get("/api/v1/topics/" + topic + "/comments?limit=abc", null).status());
    assertEquals(400, Api.get("/api/v1/topics/" + topic + "/comments?sort=random", null).status());
  }

  /** Reads every page with a cursor while another thread keeps posting new opinions. */
  private static List<Long> readAllWhilePosting(
      long topic, String sort, Accounts.Participant writer, int posts) throws Exception {
    ExecutorService pool = Executors.newSingleThreadExecutor();
    List<Long> seen = new ArrayList<>();
    try {
      Future<?> posting =
          pool.submit(
              () -> {
                for (int i = 0; i < posts; i++) {
                  Forum.post(topic, "読み取り中の新しい意見 " + i, writer.token());
                }
              });
      String cursor = null;
      Set<String> cursors = new HashSet<>();
      do {
        String url =
            "/api/v1/topics/"
                + topic
                + "/comments?limit=4&sort="
                + sort
                + (cursor == null
                    ? ""
                    : "&cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8));
        Api.Reply page = Api.get(url, null);
        assertEquals(200, page.status(), page.body());
        page.json()
            .getJsonArray("items")
            .forEach(
                v ->
                    seen.add(
                        v.asJsonObject().getJsonObject("comment").getJsonNumber("id").longValue()));
        cursor =
            page.json().containsKey("nextCursor") && !page.json().isNull("nextCursor")
                ? page.json().getString("nextCursor")
                : null;
        assertTrue(cursor == null || cursors.add(cursor), "the cursor moves on");
        Thread.sleep(20);
      } while (cursor != null);
      posting.get(60, TimeUnit.SECONDS);
    } finally {
      pool.shutdownNow();
    }
    assertNotNull(seen);
    return seen;
  }
}
