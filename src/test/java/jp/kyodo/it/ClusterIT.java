package jp.kyodo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import jp.kyodo.dev.KyodoStack;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Two more Payara Micro nodes on the test server's PostgreSQL, one cluster (tcpip discovery on
 * 127.0.0.1, a cluster name of their own): what one node changes, the other follows within a second
 * — its kept pages, its cached actors and sanctions. Their caches' lifetime is set to a minute, so
 * that only the message between the nodes can make the second one follow.
 */
@ExtendWith(KyodoServer.class)
class ClusterIT {
  /** The two nodes' limit of registrations per client address and hour. */
  private static final int REGISTRATIONS_PER_HOUR = 4;

  private static KyodoStack nodeA;
  private static KyodoStack nodeB;

  @BeforeAll
  static void startTwoNodes() throws Exception {
    List<Integer> grid = List.of(KyodoStack.freePort(), KyodoStack.freePort());
    String name = "kyodo-it-" + UUID.randomUUID();
    Map<String, String> settings =
        Map.of(
            "kyodo.cache.thread-page-ttl", "PT60S",
            "kyodo.auth.cache-ttl", "PT60S",
            "kyodo.limits.registrations-per-hour", String.valueOf(REGISTRATIONS_PER_HOUR));
    int portA = KyodoStack.freePort();
    int portB = KyodoStack.freePort();
    CompletableFuture<KyodoStack> a =
        CompletableFuture.supplyAsync(
            () -> start(portA, settings, KyodoStack.clusterOptions(name, grid, 0)));
    CompletableFuture<KyodoStack> b =
        CompletableFuture.supplyAsync(
            () -> start(portB, settings, KyodoStack.clusterOptions(name, grid, 1)));
    nodeA = a.join();
    nodeB = b.join();
  }

  private static KyodoStack start(int port, Map<String, String> settings, List<String> options) {
    try {
      return KyodoServer.startNode(port, settings, options);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  @AfterAll
  static void stopThem() throws Exception {
    for (KyodoStack node : new KyodoStack[] {nodeA, nodeB}) {
      if (node != null) {
        node.close();
      }
    }
  }

  @Test
  void aCommentPostedOnOneNodeIsOnTheOthersKeptPageWithinASecond() throws Exception {
    awaitOneCluster();
    long topic = Forum.openTopic("二つのノードで読む議題");
    Accounts.Participant author = Accounts.confirmed("cluster-author");
    Forum.post(topic, "最初の意見です", author.token());
    String page = "/topic.xhtml?id=" + topic;

    get(nodeB, page);
    Api.Reply kept = get(nodeB, page);
    assertEquals("0", kept.header("X-Kyodo-Query-Count"), "node B keeps the page");

    Api.Reply posted =
        Api.send(
            request(nodeA, "/api/v1/topics/" + topic + "/comments")
                .header("Authorization", "Bearer " + author.token())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Api.json("body", "ノードAへの意見です"))));
    assertEquals(201, posted.status(), posted.body());
    long at = System.nanoTime();
    boolean shown = false;
    while (!shown && System.nanoTime() - at < Duration.ofSeconds(1).toNanos()) {
      shown = get(nodeB, page).body().contains("ノードAへの意見です");
      if (!shown) {
        Thread.sleep(50);
      }
    }
    assertTrue(shown, "node B's kept page shows node A's comment within 1 s");

    // and a deletion on A: never again on B
    Api.Reply deleted =
        Api.send(
            request(nodeA, "/api/v1/comments/" + Forum.id(posted.json()))
                .header("Authorization", "Bearer " + author.token())
                .DELETE());
    assertEquals(204, deleted.status(), deleted.body());
    Thread.sleep(1000);
    assertFalse(get(nodeB, page).body().contains("ノードAへの意見です"), "deleted text on B");
  }

  @Test
  void aSuspensionOnOneNodeRefusesAPostOnTheOtherWithinASecond() throws Exception {
    awaitOneCluster();
    long topic = Forum.openTopic("停止がすぐ届く議題");
    Accounts.Participant writer = Accounts.confirmed("cluster-writer");
    assertEquals(201, postOn(nodeB, topic, "停止前の意見", writer).status(), "B knows the writer");
    Accounts.Participant moderator = Moderation.moderator("cluster-mod");
    String until = LocalDate.now(ZoneId.of("Asia/Tokyo")).plusDays(3).toString();
    Api.Reply suspended =
        Api.send(
            request(nodeA, "/api/v1/sanctions/participant/" + writer.id())
                .header("Authorization", "Bearer " + moderator.token())
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        Api.json("kind", "suspend", "reason", "連続投稿", "until", until))));
    assertEquals(201, suspended.status(), suspended.body());
    long at = System.nanoTime();
    Api.Reply post = postOn(nodeB, topic, "停止後の意見 0", writer);
    for (int i = 1;
        post.status() == 201 && System.nanoTime() - at < Duration.ofSeconds(1).toNanos();
        i++) {
      Thread.sleep(50);
      post = postOn(nodeB, topic, "停止後の意見 " + i, writer);
    }
    assertEquals(403, post.status(), "node B refuses the suspended writer within 1 s");
    assertTrue(post.body().contains("連続投稿"), "and says why: " + post.body());
  }

  @Test
  void aWatchedWordAddedOnOneNodeScreensOnTheOtherWithinASecond() throws Exception {
    awaitOneCluster();
    long topic = Forum.openTopic("禁止語がすぐ届く議題");
    Accounts.Participant writer = Accounts.confirmed("cluster-words");
    String word = "クラスタ検査語" + (System.nanoTime() % 100000);
    assertEquals(201, postOn(nodeB, topic, "語を足す前の意見", writer).status(), "B's list built");
    Api.Reply added =
        Api.send(
            request(nodeA, "/api/v1/moderation/watched-words")
                .header("Authorization", "Bearer " + Accounts.admin())
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofString(Api.json("word", word, "action", "hold"))));
    assertEquals(201, added.status(), added.body());
    long at = System.nanoTime();
    String status = "visible";
    for (int i = 0;
        !status.equals("held") && System.nanoTime() - at < Duration.ofSeconds(1).toNanos();
        i++) {
      Api.Reply post = postOn(nodeB, topic, "この意見には" + word + "が入っています " + i, writer);
      assertEquals(201, post.status(), post.body());
      status = post.json().getString("status");
      Thread.sleep(50);
    }
    assertEquals("held", status, "node B holds a comment with A's new watched word within 1 s");
  }

  @Test
  void aRateLimitOfNAnHourAllowsNAcrossBothNodesTogether() throws Exception {
    awaitOneCluster();
    StringBuilder statuses = new StringBuilder();
    for (int i = 0; i < 2 * REGISTRATIONS_PER_HOUR; i++) {
      KyodoStack node = i % 2 == 0 ? nodeA : nodeB;
      String email = Accounts.uniqueEmail("cluster-limit");
      Api.Reply r =
          Api.send(
              request(node, "/api/v1/participants")
                  .header("Content-Type", "application/json")
                  .POST(
                      HttpRequest.BodyPublishers.ofString(
                          Api.json(
                              "email", email,
                              "password", Accounts.PASSWORD,
                              "displayName", Accounts.uniqueName("上限" + i),
                              "acceptedTermsVersion", Accounts.TERMS,
                              "acceptedPrivacyVersion", Accounts.TERMS))));
      statuses.append(r.status()).append(' ');
    }
    assertEquals(
        "201 201 201 201 429 429 429 429 ",
        statuses.toString(),
        "four registrations an hour from this address, whichever node is asked");
  }

  private static Api.Reply postOn(
      KyodoStack node, long topic, String body, Accounts.Participant who) {
    return Api.send(
        request(node, "/api/v1/topics/" + topic + "/comments")
            .header("Authorization", "Bearer " + who.token())
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(Api.json("body", body))));
  }

  /** Both nodes say their data grid has two members (/health/live). */
  private static void awaitOneCluster() throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
    for (KyodoStack node : new KyodoStack[] {nodeA, nodeB}) {
      String health = get(node, "/health/live").body();
      while (!health.replace(" ", "").matches(".*\"members\":\"?2\"?[,}].*")) {
        assertTrue(System.nanoTime() < deadline, "no cluster of two: " + health);
        Thread.sleep(500);
        health = get(node, "/health/live").body();
      }
    }
  }

  private static HttpRequest.Builder request(KyodoStack node, String path) {
    return HttpRequest.newBuilder(URI.create(node.baseUrl() + path))
        .timeout(Duration.ofSeconds(30));
  }

  private static Api.Reply get(KyodoStack node, String path) {
    Api.Reply r = Api.send(request(node, path).GET());
    assertEquals(200, r.status(), path + " on " + node.baseUrl());
    return r;
  }
}
