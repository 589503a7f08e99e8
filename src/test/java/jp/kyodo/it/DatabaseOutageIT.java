package jp.kyodo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import jp.kyodo.dev.EmbeddedDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Stops the test server's PostgreSQL under the running server (other test classes run before or
 * after, never meanwhile) and starts it again, always, in finally. While it is down every answer is
 * a 503 within 2 s: problem+json from the API, with or without a bearer token, a 503 page for
 * pages, DOWN from /health/ready. Within 5 s of its return a comment is accepted again, under a
 * light load that kept the pool busy throughout.
 */
@ExtendWith(KyodoServer.class)
class DatabaseOutageIT {
  private static final Duration PROMPT = Duration.ofSeconds(2);
  private static final Duration RECOVERY = Duration.ofSeconds(5);

  @Test
  void answers503WhileTheDatabaseIsDownAndServesAgainSoonAfterItReturns() throws Exception {
    long topic = Forum.openTopic("停電時の議題");
    Accounts.Participant writer = Accounts.confirmed("outage");
    // a token never used before: the authentication filter must load its actor during the outage
    String freshToken = Accounts.signIn(writer.email(), Accounts.PASSWORD);
    Forum.post(topic, "停止前の意見です。", writer.token());
    EmbeddedDatabase database = KyodoServer.embeddedDatabase();

    AtomicBoolean loading = new AtomicBoolean(true);
    AtomicInteger loadErrors = new AtomicInteger();
    AtomicLong recoveredAt = new AtomicLong(Long.MAX_VALUE);
    List<Integer> afterRecovery = new CopyOnWriteArrayList<>();
    ExecutorService load = Executors.newFixedThreadPool(2);
    boolean stopped = false;
    try {
      database.stop();
      stopped = true;
      long down = System.nanoTime();

      // first, nothing else running: the authentication filter loads the fresh token's actor,
      // finds the database gone, and the answer is problem+json, not the HTML error page
      assertProblem503(timed(() -> Api.get("/api/v1/participants/me", freshToken)));
      for (int i = 0; i < 2; i++) {
        load.submit(
            () ->
                readContinuously(
                    topic, writer.token(), loading, loadErrors, recoveredAt, afterRecovery));
      }

      // the API, writing and reading, with and without a token
      assertProblem503(
          timed(
              () ->
                  Api.post(
                      "/api/v1/topics/" + topic + "/comments",
                      Api.json("body", "停止中の意見です。"),
                      writer.token())));
      assertProblem503(timed(() -> Api.get("/api/v1/topics/" + topic, null)));
      Api.Reply english =
          timed(() -> Api.get("/api/v1/topics/" + topic + "/comments", writer.token(), "en"));
      assertProblem503(english);
      assertEquals("Temporarily unavailable", english.json().getString("title"));

      // pages: a page of its own, in the page language, not a 500 error page
      Api.Reply page = timed(() -> Api.get("/topic.xhtml?id=" + topic, null));
      assertEquals(503, page.status(), page.body());
      assertEquals("text/html", page.mediaType());
      assertNotNull(page.header("Retry-After"));
      assertTrue(page.body().contains("<html lang=\"ja\">"), page.body());
      assertTrue(page.body().contains("<h1>ただいま利用できません</h1>"), page.body());
      Api.Reply englishPage = timed(() -> Api.get("/topics.xhtml?lang=en", null));
      assertEquals(503, englishPage.status(), englishPage.body());
      assertTrue(englishPage.body().contains("<h1>Temporarily unavailable</h1>"));

      // readiness says so
      Api.Reply health = timed(() -> Api.get("/health/ready", null));
      assertEquals(503, health.status(), health.body());
      JsonObject check = health.json().getJsonArray("checks").getJsonObject(0);
      assertEquals("kyodo-database", check.getString("name"));
      assertEquals("DOWN", check.getString("status"));

      System.out.println(
          "[DatabaseOutageIT] answers while down took "
              + answerTimes.stream().map(d -> d.toMillis() + " ms").toList());

      // a restart of a few seconds, the load going on
      Thread.sleep(Math.max(0, 3000 - (System.nanoTime() - down) / 1_000_000));
      database.startAgain();
      stopped = false;
      long back = System.nanoTime();
      Api.Reply posted = null;
      while (System.nanoTime() - back < RECOVERY.toNanos()) {
        posted =
            Api.post(
                "/api/v1/topics/" + topic + "/comments",
                Api.json("body", "再開後の意見です。"),
                writer.token());
        if (posted.status() != 503) {
          break;
        }
        Thread.sleep(100);
      }
      Duration recovery = Duration.ofNanos(System.nanoTime() - back);
      assertNotNull(posted);
      assertEquals(201, posted.status(), "after " + recovery + ": " + posted.body());
      assertTrue(recovery.compareTo(RECOVERY) < 0, "recovered after " + recovery);
      System.out.println(
          "[DatabaseOutageIT] a comment was accepted " + recovery + " after restart");
      // full service: from 2 s after the restart on, every read under load succeeds (a pooled
      // connection that died in a shorter outage may fail once before the pool has checked it)
      long settled = Math.max(System.nanoTime(), back + Duration.ofSeconds(2).toNanos());
      recoveredAt.set(settled);
      Thread.sleep(Duration.ofNanos(settled - System.nanoTime()).toMillis() + 1500);
      assertEquals(
          200, Api.get("/api/v1/participants/me", freshToken).status(), "the fresh token works");
      assertEquals("UP", Api.get("/health/ready", null).json().getString("status"));
    } finally {
      loading.set(false);
      load.shutdown();
      load.awaitTermination(30, TimeUnit.SECONDS);
      if (stopped) {
        database.startAgain();
      }
    }
    assertEquals(0, loadErrors.get(), "every answer under load was 200 or 503 problem+json");
    assertFalse(afterRecovery.isEmpty(), "the load went on after the recovery");
    assertTrue(
        afterRecovery.stream().allMatch(status -> status == 200),
        "after the recovery every read under load succeeded: " + afterRecovery);
  }

  /**
   * Signed-in reads (never cached) until told to stop; counts answers other than 200 or 503 and
   * keeps the statuses of those sent after the recovery.
   */
  private static void readContinuously(
      long topic,
      String token,
      AtomicBoolean loading,
      AtomicInteger errors,
      AtomicLong recoveredAt,
      List<Integer> afterRecovery) {
    ConcurrentMap<Integer, Integer> seen = new ConcurrentHashMap<>();
    while (loading.get()) {
      try {
        long sent = System.nanoTime();
        Api.Reply r = Api.send(Api.request("/api/v1/topics/" + topic + "/comments", token).GET());
        seen.merge(r.status(), 1, Integer::sum);
        if (sent > recoveredAt.get()) {
          afterRecovery.add(r.status());
        }
        boolean ok =
            r.status() == 200
                || (r.status() == 503 && "application/problem+json".equals(r.mediaType()));
        if (!ok) {
          errors.incrementAndGet();
          System.out.println("[DatabaseOutageIT] unexpected under load: " + r);
        }
        Thread.sleep(20);
      } catch (RuntimeException e) {
        errors.incrementAndGet();
        System.out.println("[DatabaseOutageIT] failed under load: " + e);
      } catch (InterruptedException e) {
        return;
      }
    }
    System.out.println("[DatabaseOutageIT] answers under load by status: " + seen);
  }

  private final List<Duration> answerTimes = new CopyOnWriteArrayList<>();

  private Api.Reply timed(Supplier<Api.Reply> call) {
    long t0 = System.nanoTime();
    Api.Reply reply = call.get();
    Duration took = Duration.ofNanos(System.nanoTime() - t0);
    assertTrue(took.compareTo(PROMPT) < 0, "answered after " + took + ": " + reply);
    answerTimes.add(took);
    return reply;
  }

  private static void assertProblem503(Api.Reply reply) {
    assertEquals(503, reply.status(), reply.body());
    assertEquals("application/problem+json", reply.mediaType(), reply.body());
    assertEquals("service_unavailable", reply.json().getString("code"));
    assertEquals(503, reply.json().getInt("status"));
    assertFalse(reply.json().getString("detail").isBlank());
    assertEquals("5", reply.header("Retry-After"));
  }
}
