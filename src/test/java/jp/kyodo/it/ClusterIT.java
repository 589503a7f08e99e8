package jp.kyodo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonString;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import jp.kyodo.dev.KyodoStack;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Two more Payara Micro nodes on the test server's PostgreSQL, one cluster (tcpip discovery on
 * 127.0.0.1, a cluster name of their own): what one node changes, the other follows within a second
 * — its kept pages, its cached actors and sanctions. Their caches' lifetime is set to a minute, so
 * that only the message between the nodes can make the second one follow. Jobs run once with both
 * up; sessions stay on their node (sticky), and a node killed under load loses no acknowledged
 * write and rejoins (the last test: it kills node A and starts it again).
 */
@ExtendWith(KyodoServer.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {
  /** The two nodes' limit of registrations per client address and hour. */
  private static final int REGISTRATIONS_PER_HOUR = 4;

  private static KyodoStack nodeA;
  private static KyodoStack nodeB;
  private static int portA;
  private static List<String> optionsA;
  private static Map<String, String> settings;

  @BeforeAll
  static void startTwoNodes() throws Exception {
    List<Integer> grid = List.of(KyodoStack.freePort(), KyodoStack.freePort());
    String name = "kyodo-it-" + UUID.randomUUID();
    settings =
        Map.of(
            "kyodo.cache.thread-page-ttl", "PT60S",
            "kyodo.auth.cache-ttl", "PT60S",
            "kyodo.insight.groups-every", "PT2S",
            "kyodo.limits.registrations-per-hour", String.valueOf(REGISTRATIONS_PER_HOUR));
    portA = KyodoStack.freePort();
    optionsA = KyodoStack.clusterOptions(name, grid, 0);
    int portB = KyodoStack.freePort();
    CompletableFuture<KyodoStack> a =
        CompletableFuture.supplyAsync(() -> start(portA, settings, optionsA));
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
    assertTrue(
        shownWithinASecond(nodeB, page, "ノードAへの意見です"),
        "node B's kept page shows node A's comment within 1 s");

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

  @Test
  void aDailySnapshotAndADigestRunOnceWithBothNodesUp() throws Exception {
    awaitOneCluster();
    // snapshots: a registrant three days back, and no snapshot at all (the cluster was "down")
    LocalDate today = Stats.today();
    LocalDate first = today.minusDays(3);
    Accounts.Participant early = Stats.registrant("cluster-snapshot", "kitazawa", "40s");
    Stats.update(
        "update participant set registered_at = ?, email_confirmed_at = ? where id = ?",
        Stats.noon(first),
        Stats.noon(first),
        early.id());
    try {
      snapshotsOnce(today);
    } finally {
      // as the other tests expect the database: the registrant of today, no snapshot of theirs
      Stats.update(
          "update participant set registered_at = now(), email_confirmed_at = now() where id = ?",
          early.id());
      Stats.update("delete from kpi_snapshot_group");
      Stats.update("delete from kpi_snapshot");
      assertEquals(200, Api.post("/api/v1/stats/snapshots/run", "", Accounts.admin()).status());
    }
    digestsOnce();
  }

  private static void snapshotsOnce(LocalDate today) throws Exception {
    Stats.update("delete from kpi_snapshot_group");
    Stats.update("delete from kpi_snapshot");
    long missing =
        Stats.count(
            "select count(*) from generate_series((select cast(min(registered_at) at time zone"
                + " 'Asia/Tokyo' as date) from participant), cast(? as date), interval '1 day')",
            today.minusDays(1));
    assertTrue(missing >= 3, "days to write: " + missing);
    List<Api.Reply> runs = onBothAtOnce("/api/v1/stats/snapshots/run");
    List<String> written = new ArrayList<>();
    for (Api.Reply run : runs) {
      assertEquals(200, run.status(), run.body());
      run.json().getJsonArray("written").forEach(d -> written.add(((JsonString) d).getString()));
    }
    assertEquals(missing, written.size(), "each missing day written by one node: " + written);
    assertEquals(missing, new HashSet<>(written).size(), "no day written twice: " + written);
    assertEquals(missing, Stats.count("select count(*) from kpi_snapshot"));
    assertEquals(
        0,
        Stats.count(
            "select count(*) from (select day, dimension, code from kpi_snapshot_group"
                + " group by day, dimension, code having count(*) > 1) twice"),
        "no breakdown written twice");
  }

  /** Six participants with a day's notifications, both nodes asked to send at once. */
  private static void digestsOnce() throws Exception {
    LocalDate day = LocalDate.of(2025, 9, 24);
    long topic = Forum.openTopic("二つのノードのまとめメール");
    List<Accounts.Participant> people = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      Accounts.Participant p = Accounts.confirmed("cluster-digest-" + i);
      people.add(p);
      Mailings.execute(
          "insert into notification_preference values (?, 'new_topic', 'email', 'daily')", p.id());
      Mailings.notify(
          p.id(),
          "new_topic",
          topic,
          null,
          "email",
          "daily",
          day.atTime(10, 0).atZone(ZoneId.of("Asia/Tokyo")).toOffsetDateTime());
    }
    int sent = 0;
    for (Api.Reply run : onBothAtOnce("/api/v1/admin/digests?frequency=daily&day=" + day)) {
      assertEquals(200, run.status(), run.body());
      assertEquals(0, run.json().getInt("failedBatches"), run.body());
      sent += run.json().getInt("sent");
    }
    assertEquals(people.size(), sent, "the two nodes together sent one digest each");
    for (Accounts.Participant p : people) {
      List<String> subjects =
          Mailings.mailsTo(p.email()).stream()
              .map(m -> m.get(0))
              .filter(subject -> subject.contains("2025/09/24 のお知らせ"))
              .toList();
      assertEquals(1, subjects.size(), p.email() + ": " + subjects);
    }
  }

  @Test
  void opinionGroupsOfAnOpenTopicAreComputedOnceWhenVotesArriveWithBothNodesRunningTheSchedule()
      throws Exception {
    awaitOneCluster();
    long topic = Forum.openTopic("二つのノードで数える意見グループ");
    Accounts.Participant author = Accounts.confirmed("cluster-groups-author");
    Accounts.Participant voter = Accounts.confirmed("cluster-groups-voter");
    long comment = Forum.id(Forum.post(topic, "グループ計算の対象", author.token()));
    String runs =
        "select count(*) from opinion_groups_run where topic_id = ? and computed_by is null";
    assertEquals(0, Stats.count(runs, topic));
    vote(comment, "agree", voter);
    assertTrue(awaitRuns(runs, topic, 1), "computed after the first vote");
    Thread.sleep(5000); // two and a half rounds of both nodes' schedules
    assertEquals(1, Stats.count(runs, topic), "once: no new vote, no new run, on either node");
    vote(comment, "disagree", voter);
    assertTrue(awaitRuns(runs, topic, 2), "computed again after a new vote");
    Thread.sleep(5000);
    assertEquals(2, Stats.count(runs, topic), "and once again only");
  }

  private static void vote(long comment, String kind, Accounts.Participant who) {
    // through the main test server: the nodes learn it from the database, as any vote
    Api.Reply r =
        Api.put("/api/v1/comments/" + comment + "/reaction", Api.json("kind", kind), who.token());
    assertEquals(200, r.status(), r.body());
  }

  private static boolean awaitRuns(String sql, long topic, long count) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
    while (System.nanoTime() < deadline) {
      if (Stats.count(sql, topic) >= count) {
        return Stats.count(sql, topic) == count;
      }
      Thread.sleep(200);
    }
    return false;
  }

  @Test
  void aSessionStaysOnItsNodeAndFailoverAsksToSignInAgainWhileTokensWorkEverywhere()
      throws Exception {
    awaitOneCluster();
    Accounts.Participant who = Accounts.confirmed("cluster-session");
    Api.Reply signedIn = WebForms.signInAt(nodeA.baseUrl(), who.email(), Accounts.PASSWORD);
    String session = WebForms.sessionOf(signedIn);
    String page = "/notifications.xhtml";
    Api.Reply onA = WebForms.get(nodeA.baseUrl() + page, session);
    assertEquals(200, onA.status(), onA.body());
    assertTrue(signedIn(onA), "signed in on A: " + onA.body());

    // node A is gone for this reader (the load balancer moves them): B does not know the session
    Api.Reply onB = WebForms.get(nodeB.baseUrl() + page, session);
    assertEquals(302, onB.status(), "B asks to sign in, no error: " + onB.body());
    String location = onB.header("Location");
    assertTrue(
        location.contains("/login.xhtml?next=") && location.contains("notifications.xhtml"),
        "and brings the reader back afterwards: " + location);
    Api.Reply again = WebForms.signInAt(nodeB.baseUrl(), who.email(), Accounts.PASSWORD);
    Api.Reply back = WebForms.get(nodeB.baseUrl() + page, WebForms.sessionOf(again));
    assertEquals(200, back.status(), back.body());
    assertTrue(signedIn(back), "signed in on B: " + back.body());

    // a bearer token (the API, the apps) is the database's: any node accepts it
    Api.Reply me =
        Api.send(
            request(nodeB, "/api/v1/participants/me")
                .header("Authorization", "Bearer " + who.token())
                .GET());
    assertEquals(200, me.status(), me.body());
    assertEquals(who.id(), me.json().getJsonNumber("id").longValue());
  }

  /**
   * Writers post to A and B in turn, each post with an Idempotency-Key; one that A cannot answer is
   * sent again, same key, to B (as a load balancer or a client retries). Node A is killed (SIGKILL)
   * in the middle. B answers throughout, every acknowledged opinion is in the database exactly
   * once, and A, started again, rejoins the cluster and serves the same thread.
   */
  @Test
  @Order(Integer.MAX_VALUE)
  void nodeAKilledUnderWriteLoadLosesNoAcknowledgedWriteAndRejoins() throws Exception {
    awaitOneCluster();
    long topic = Forum.openTopic("ノードが止まっても消えない意見");
    int writers = 6;
    List<Accounts.Participant> people = new ArrayList<>();
    for (int i = 0; i < writers; i++) {
      people.add(Accounts.confirmed("cluster-load-" + i));
    }
    record Ack(String body, long id, String node, long tookMs, long at) {}
    ConcurrentLinkedQueue<Ack> acked = new ConcurrentLinkedQueue<>();
    ConcurrentLinkedQueue<String> failed = new ConcurrentLinkedQueue<>();
    ConcurrentLinkedQueue<String> attempted = new ConcurrentLinkedQueue<>();
    AtomicInteger retriedOnB = new AtomicInteger();
    long start = System.nanoTime();
    long end = start + Duration.ofSeconds(9).toNanos();
    ExecutorService pool = Executors.newFixedThreadPool(writers);
    List<Future<?>> running = new ArrayList<>();
    for (int w = 0; w < writers; w++) {
      Accounts.Participant writer = people.get(w);
      int self = w;
      running.add(
          pool.submit(
              () -> {
                for (int n = 0; System.nanoTime() < end; n++) {
                  String body = "負荷の中の意見 " + self + "-" + n;
                  String key = UUID.randomUUID().toString();
                  attempted.add(body);
                  KyodoStack node = (n + self) % 2 == 0 ? nodeA : nodeB;
                  long at = System.nanoTime();
                  Api.Reply reply;
                  try {
                    reply = postOnce(node, topic, body, key, writer);
                  } catch (IllegalStateException unreachable) {
                    node = nodeB;
                    retriedOnB.incrementAndGet();
                    reply = postOnce(node, topic, body, key, writer);
                  }
                  long took = (System.nanoTime() - at) / 1_000_000;
                  if (reply.status() == 201 || reply.status() == 200) {
                    acked.add(
                        new Ack(
                            body,
                            Forum.id(reply.json()),
                            node == nodeA ? "A" : "B",
                            took,
                            (at - start) / 1_000_000));
                  } else {
                    failed.add(reply.status() + " " + reply.body());
                  }
                  sleep(100);
                }
                return null;
              }));
    }
    Thread.sleep(3000);
    Process a = nodeA.payaraProcess();
    long killedAt = (System.nanoTime() - start) / 1_000_000;
    a.destroyForcibly(); // SIGKILL: no shutdown, no goodbye to the cluster
    assertTrue(a.waitFor(10, TimeUnit.SECONDS), "node A is gone");
    for (Future<?> f : running) {
      f.get(120, TimeUnit.SECONDS);
    }
    pool.shutdown();
    nodeA.close();

    List<Ack> afterKill = acked.stream().filter(k -> k.at() > killedAt + 1000).toList();
    long slowestOnB =
        acked.stream().filter(k -> k.node().equals("B")).mapToLong(Ack::tookMs).max().orElse(-1);
    System.out.printf(
        "[ClusterIT] %d acknowledged (%d after the kill, %d retried on B), slowest on B %d ms%n",
        acked.size(), afterKill.size(), retriedOnB.get(), slowestOnB);
    assertEquals(List.of(), List.copyOf(failed), "every post answered 201 by a node");
    assertTrue(retriedOnB.get() > 0, "some posts met the dead node and went to B");
    assertTrue(afterKill.size() >= writers * 20, "B kept serving: " + afterKill.size());
    assertTrue(slowestOnB < 5_000, "B never stalled five seconds: " + slowestOnB + " ms");
    // no acknowledged write lost, none written twice by a retry
    for (Ack k : acked) {
      assertEquals(
          k.body(),
          Mailings.single("select body from comment where id = ?", k.id()),
          "acknowledged opinion " + k.id());
    }
    assertEquals(
        0,
        Stats.count(
            "select count(*) from (select body from comment where topic_id = ? group by body"
                + " having count(*) > 1) twice",
            topic),
        "a retried post wrote once");
    assertEquals(
        acked.size(), Stats.count("select count(*) from comment where topic_id = ?", topic));

    // A again, same port and data grid address: it rejoins and follows B
    nodeA = start(portA, settings, optionsA);
    awaitOneCluster();
    long next = Forum.openTopic("再参加したノードで読む議題");
    String page = "/topic.xhtml?id=" + next;
    get(nodeA, page);
    assertEquals("0", get(nodeA, page).header("X-Kyodo-Query-Count"), "A keeps the page");
    Api.Reply late =
        postOnce(nodeB, next, "再参加のあとの意見", UUID.randomUUID().toString(), people.get(0));
    assertEquals(201, late.status(), late.body());
    assertTrue(
        shownWithinASecond(nodeA, page, "再参加のあとの意見"),
        "the restarted A follows B's writes within 1 s");
  }

  /** Whether the node's page shows the text within a second (asked every 50 ms). */
  private static boolean shownWithinASecond(KyodoStack node, String page, String text)
      throws InterruptedException {
    long at = System.nanoTime();
    while (System.nanoTime() - at < Duration.ofSeconds(1).toNanos()) {
      if (get(node, page).body().contains(text)) {
        return true;
      }
      Thread.sleep(50);
    }
    return false;
  }

  /** The page's header links to the reader's own page, not to signing in. */
  private static boolean signedIn(Api.Reply page) {
    return page.body().contains("id=\"nav-profile\"") && !page.body().contains("id=\"nav-login\"");
  }

  private static Api.Reply postOnce(
      KyodoStack node, long topic, String body, String key, Accounts.Participant who) {
    return Api.send(
        request(node, "/api/v1/topics/" + topic + "/comments")
            .header("Authorization", "Bearer " + who.token())
            .header("Content-Type", "application/json")
            .header("Idempotency-Key", key)
            .POST(HttpRequest.BodyPublishers.ofString(Api.json("body", body))));
  }

  /** The same administrator's POST on both nodes at the same moment. */
  private static List<Api.Reply> onBothAtOnce(String path) throws Exception {
    CountDownLatch go = new CountDownLatch(1);
    List<CompletableFuture<Api.Reply>> replies = new ArrayList<>();
    for (KyodoStack node : new KyodoStack[] {nodeA, nodeB}) {
      replies.add(
          CompletableFuture.supplyAsync(
              () -> {
                try {
                  go.await();
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                }
                return Api.send(
                    HttpRequest.newBuilder(URI.create(node.baseUrl() + path))
                        .timeout(Duration.ofSeconds(120))
                        .header("Authorization", "Bearer " + Accounts.admin())
                        .POST(HttpRequest.BodyPublishers.noBody()));
              }));
    }
    go.countDown();
    List<Api.Reply> result = new ArrayList<>();
    for (CompletableFuture<Api.Reply> r : replies) {
      result.add(r.get(180, TimeUnit.SECONDS));
    }
    return result;
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
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
