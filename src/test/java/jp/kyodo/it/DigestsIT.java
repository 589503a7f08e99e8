package jp.kyodo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Digests are sent exactly once: two runs at the same moment share the work, and a run killed in
 * the middle of a batch leaves nothing half done, so the next run sends every digest once. Each
 * test uses a Tokyo day of its own, long past, so that the runs of one never meet the others'.
 */
@ExtendWith(KyodoServer.class)
class DigestsIT {
  private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

  private static Api.Reply run(String frequency, LocalDate day) {
    return Api.send(
        Api.request(
                "/api/v1/admin/digests?frequency=" + frequency + "&day=" + day, Accounts.admin())
            .timeout(Duration.ofSeconds(120))
            .POST(HttpRequest.BodyPublishers.noBody()));
  }

  private static OffsetDateTime at(LocalDate day, int hour) {
    return day.atTime(hour, 30).atZone(TOKYO).toOffsetDateTime();
  }

  /** The participant chose the daily digest for these kinds (what made the rows daily). */
  private static void daily(Accounts.Participant p, String... kinds) {
    for (String kind : kinds) {
      Mailings.execute(
          "insert into notification_preference values (?, ?, 'email', 'daily')", p.id(), kind);
    }
  }

  private static List<String> digestsTo(Accounts.Participant p) {
    return Mailings.mailsTo(p.email()).stream()
        .map(m -> m.get(0))
        .filter(s -> s.contains("のお知らせ") || s.contains("Your notifications"))
        .toList();
  }

  @Test
  void twoConcurrentRunsSendEachParticipantOneDigest() throws Exception {
    LocalDate day = LocalDate.of(2025, 6, 10);
    long topic = Forum.openTopic("まとめメールの議題");
    Accounts.Participant author = Accounts.confirmed("dg-author");
    List<Accounts.Participant> people = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      Accounts.Participant p = Accounts.confirmed("dg-two-" + i);
      people.add(p);
      daily(p, "reply", "new_topic");
      long comment = Forum.id(Forum.post(topic, "まとめメールの確認 " + i, p.token()));
      long reply = Forum.id(Forum.reply(comment, "返信です " + i, author.token()));
      Mailings.notify(p.id(), "reply", topic, reply, "email", "daily", at(day, 9));
      Mailings.notify(p.id(), "new_topic", topic, null, "email", "daily", at(day, 23));
    }
    // one reads English; one's reply was deleted before the digest, so it is left out
    Mailings.execute(
        "update participant set preferred_language = 'en' where id = ?", people.get(1).id());
    Accounts.Participant deleted = people.get(2);
    long gone = Forum.id(Forum.post(topic, "消される返信の元", deleted.token()));
    long goneReply = Forum.id(Forum.reply(gone, "あとで消します", author.token()));
    Mailings.notify(deleted.id(), "reply", topic, goneReply, "email", "daily", at(day, 10));
    assertEquals(204, Api.delete("/api/v1/comments/" + goneReply, author.token()).status());
    // one has since unsubscribed from new topics by the mail's link: theirs is left out
    Accounts.Participant unsubscribed = people.get(4);
    assertEquals(
        200,
        Api.send(
                Api.request(
                        "/api/v1/unsubscribe?key="
                            + Mailings.unsubscribeKey(unsubscribed.id())
                            + "&kind=new_topic",
                        null)
                    .POST(HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click")))
            .status());
    // a notification of the next day waits for the next digest
    Mailings.notify(
        people.get(3).id(), "new_topic", topic, null, "email", "daily", at(day.plusDays(1), 0));

    ExecutorService two = Executors.newFixedThreadPool(2);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Api.Reply>> runs = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      runs.add(
          two.submit(
              () -> {
                start.await();
                return run("daily", day);
              }));
    }
    start.countDown();
    int sent = 0;
    for (Future<Api.Reply> r : runs) {
      Api.Reply reply = r.get();
      assertEquals(200, reply.status(), reply.body());
      assertEquals(0, reply.json().getInt("failedBatches"), reply.body());
      sent += reply.json().getInt("sent");
    }
    two.shutdown();
    assertTrue(sent >= people.size(), "the two runs sent " + sent);

    for (Accounts.Participant p : people) {
      assertEquals(1, digestsTo(p).size(), p.email() + ": " + digestsTo(p));
    }
    List<String> mail =
        Mailings.mailsTo(people.get(0).email())
            .get(Mailings.mailsTo(people.get(0).email()).size() - 1);
    assertEquals("【世田谷区 協働プラットフォーム】2025/06/10 のお知らせ（2 件）", mail.get(0));
    assertTrue(
        mail.get(1).contains("・2025/06/10 09:30 「まとめメールの議題」で、あなたの意見に返信がありました。"), mail.get(1));
    assertTrue(mail.get(1).contains("/unsubscribe.xhtml?key="), mail.get(1));
    assertTrue(
        mail.get(2).contains("/api/v1/unsubscribe?key=")
            && mail.get(2).endsWith("&kind=digest-daily"),
        mail.get(2));
    assertTrue(digestsTo(people.get(1)).get(0).startsWith("[Setagaya Collaboration Platform]"));
    String deletedBody =
        Mailings.mailsTo(deleted.email()).get(Mailings.mailsTo(deleted.email()).size() - 1).get(1);
    assertFalse(deletedBody.contains("comment.xhtml?id=" + goneReply), deletedBody);
    assertTrue(deletedBody.contains("（2 件）"), deletedBody);

    assertTrue(digestsTo(unsubscribed).get(0).endsWith("（1 件）"), digestsTo(unsubscribed).get(0));

    // running again sends nothing to them; the next day's notification is still waiting
    Api.Reply third = run("daily", day);
    assertEquals(200, third.status(), third.body());
    for (Accounts.Participant p : people) {
      assertEquals(1, digestsTo(p).size(), p.email());
    }
    assertEquals(
        "1",
        Mailings.single(
            "select count(*) from notification where participant_id = ? and delivered_at is null"
                + " and created_at < '2026-01-01'", // the rows written here for 2025, not the
            // site's own
            people.get(3).id()));
    assertEquals(
        "0",
        Mailings.single(
            "select count(*) from notification where participant_id = ? and delivered_at is null"
                + " and created_at < '2026-01-01'", // the rows written here for 2025, not the
            // site's own
            people.get(0).id()));
  }

  @Test
  void aRunKilledMidwayIsFinishedByTheNextRunWithNoDigestTwiceOrMissing() throws Exception {
    LocalDate day = LocalDate.of(2025, 7, 15);
    long topic = Forum.openTopic("中断されるまとめメール");
    List<Accounts.Participant> people = new ArrayList<>();
    List<Long> notifications = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      Accounts.Participant p = Accounts.confirmed("dg-kill-" + i);
      people.add(p);
      daily(p, "new_topic");
      notifications.add(
          Mailings.notify(p.id(), "new_topic", topic, null, "email", "daily", at(day, 8 + i)));
    }
    Api.Reply killed;
    try (Connection blocker = KyodoServer.database()) {
      blocker.setAutoCommit(false);
      // hold the last participant's notification: the run's batch waits for it, mid-transaction
      try (PreparedStatement s =
          blocker.prepareStatement("select id from notification where id = ? for update")) {
        s.setLong(1, notifications.get(3));
        s.executeQuery().close();
      }
      CompletableFuture<Api.Reply> running = CompletableFuture.supplyAsync(() -> run("daily", day));
      int backend = waitingDigestBackend(pid(blocker));
      try (PreparedStatement s = blocker.prepareStatement("select pg_terminate_backend(?)")) {
        s.setInt(1, backend);
        s.executeQuery().close();
      }
      killed = running.get();
      blocker.rollback();
    }
    // the batch failed and rolled back; the pool, finding a connection killed, discards the
    // others too, so the run may also answer 503 when it reads what is left (and the node answers
    // 503 for a moment, as after any connection loss: DatabaseOutageIT)
    if (killed.status() == 200) {
      JsonObject k = killed.json();
      assertEquals(1, k.getInt("failedBatches"), killed.body());
      assertTrue(k.getInt("pending") >= people.size(), killed.body());
    } else {
      assertEquals(503, killed.status(), killed.body());
    }
    awaitReady();
    for (Accounts.Participant p : people) {
      assertEquals(List.of(), digestsTo(p), "the killed batch queued nothing for " + p.email());
    }

    Api.Reply next = run("daily", day);
    assertEquals(200, next.status(), next.body());
    assertEquals(0, next.json().getInt("opened"), "the digests were opened once: " + next.body());
    assertEquals(0, next.json().getInt("pending"), next.body());
    for (Accounts.Participant p : people) {
      assertEquals(1, digestsTo(p).size(), p.email());
    }
    assertEquals(
        String.valueOf(people.size()),
        Mailings.single(
            "select count(*) from digest where period_start = ? and sent_at is not null"
                + " and participant_id in (?, ?, ?, ?)",
            day.atStartOfDay(TOKYO).toOffsetDateTime(),
            people.get(0).id(),
            people.get(1).id(),
            people.get(2).id(),
            people.get(3).id()));
  }

  private static void awaitReady() throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (Api.get("/health/ready", null).status() != 200) {
      assertTrue(System.nanoTime() < deadline, "the node answers again");
      Thread.sleep(100);
    }
  }

  private static int pid(Connection c) throws Exception {
    try (PreparedStatement s = c.prepareStatement("select pg_backend_pid()");
        ResultSet r = s.executeQuery()) {
      r.next();
      return r.getInt(1);
    }
  }

  /**
   * The backend of the digest batch that waits for the blocker's lock, looked up from a connection
   * of its own (within a transaction pg_stat_activity keeps the snapshot of its first reading).
   */
  private static int waitingDigestBackend(int blocker) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (System.nanoTime() < deadline) {
      try (Connection c = KyodoServer.database();
          PreparedStatement s =
              c.prepareStatement(
                  "select pid, application_name, query from pg_stat_activity"
                      + " where ? = any(pg_blocking_pids(pid))")) {
        s.setInt(1, blocker);
        ResultSet r = s.executeQuery();
        if (r.next()) {
          assertEquals("kyodo-digest", r.getString(2), "the batch's connection: " + r.getString(3));
          return r.getInt(1);
        }
      }
      Thread.sleep(50);
    }
    throw new AssertionError("no digest batch came to wait for the lock");
  }

  @Test
  void aPeriodNotOverIsRefusedAndABadFrequencyNamed() {
    Api.Reply future = run("weekly", LocalDate.now(TOKYO).plusDays(1));
    assertEquals(422, future.status(), future.body());
    assertEquals("period_not_finished", future.json().getString("code"));
    Api.Reply bad =
        Api.send(
            Api.request("/api/v1/admin/digests?frequency=hourly", Accounts.admin())
                .POST(HttpRequest.BodyPublishers.noBody()));
    assertEquals(400, bad.status(), bad.body());
    assertEquals(List.of("frequency"), bad.errorFields());
    Api.Reply participant =
        Api.send(
            Api.request(
                    "/api/v1/admin/digests?frequency=daily", Accounts.confirmed("dg-nope").token())
                .POST(HttpRequest.BodyPublishers.noBody()));
    assertEquals(403, participant.status(), participant.body());
  }
}
