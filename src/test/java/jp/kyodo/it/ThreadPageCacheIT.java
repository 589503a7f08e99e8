package jp.kyodo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Anonymous readers get thread pages from a cache, partly written by a servlet filter before
 * JAX-RS: what they read must still be exactly what the API answers, new comments must appear on
 * the next read and withdrawn text must never come back.
 */
@ExtendWith(KyodoServer.class)
class ThreadPageCacheIT {

  private static String thread(long topic) {
    return "/api/v1/topics/" + topic + "/comments";
  }

  @Test
  void cachedPagesAreTheApisAnswerAndFollowEveryChange() {
    long topic = Forum.openTopic("匿名の読者とキャッシュ");
    Accounts.Participant author = Accounts.confirmed("cache-author");
    JsonObject first = Forum.post(topic, "最初の意見です", author.token());

    Api.Reply built = Api.get(thread(topic), null);
    Api.Reply cached = Api.get(thread(topic), null);
    assertEquals(200, cached.status(), cached.body());
    assertEquals(built.body(), cached.body(), "the cached page is the page");
    assertTrue(cached.header("Content-Type").startsWith("application/json"), cached.toString());
    JsonObject signedIn = Api.get(thread(topic), author.token()).json();
    assertEquals(
        cached
            .json()
            .getJsonArray("items")
            .getJsonObject(0)
            .getJsonObject("comment")
            .getString("body"),
        signedIn.getJsonArray("items").getJsonObject(0).getJsonObject("comment").getString("body"),
        "a signed-in reader's fresh page has the same comments");

    JsonObject second = Forum.post(topic, "二つ目の意見です", author.token());
    JsonObject afterPost = Api.get(thread(topic), null).json();
    assertEquals(2, afterPost.getJsonArray("items").size(), "a new comment shows on the next read");

    Api.Reply deleted = Api.delete("/api/v1/comments/" + Forum.id(first), author.token());
    assertEquals(204, deleted.status(), deleted.body());
    for (int i = 0; i < 3; i++) {
      String page = Api.get(thread(topic), null).body();
      assertFalse(page.contains("最初の意見です"), "deleted text never comes back: " + page);
      assertTrue(page.contains("二つ目の意見です"), page);
    }

    Api.Reply edited =
        Api.put(
            "/api/v1/comments/" + Forum.id(second),
            Api.json("body", "書き直した意見です", "version", second.getInt("version")),
            author.token());
    assertEquals(200, edited.status(), edited.body());
    String afterEdit = Api.get(thread(topic), null).body();
    assertFalse(afterEdit.contains("二つ目の意見です"), afterEdit);
    assertTrue(afterEdit.contains("書き直した意見です"), afterEdit);
  }

  @Test
  void malformedParametersAreProblemsEvenWhenThePageIsCached() {
    long topic = Forum.openTopic("キャッシュと不正な引数");
    Forum.post(topic, "意見", Accounts.confirmed("cache-params").token());
    Api.get(thread(topic), null);
    Api.get(thread(topic) + "?limit=5", null);

    Api.Reply badLimit = Api.get(thread(topic) + "?limit=abc", null);
    assertEquals(400, badLimit.status(), badLimit.body());
    assertEquals(List.of("limit"), badLimit.errorFields());
    Api.Reply badSort = Api.get(thread(topic) + "?sort=random", null);
    assertEquals(400, badSort.status(), badSort.body());
    assertEquals(List.of("sort"), badSort.errorFields());
    Api.Reply unknownTopic = Api.get(thread(999_999_999L), null);
    assertEquals(404, unknownTopic.status(), unknownTopic.body());
    assertTrue(unknownTopic.header("Content-Type").startsWith("application/problem+json"));
  }
}
