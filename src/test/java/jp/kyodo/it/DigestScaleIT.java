package jp.kyodo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The ward-scale digest: N participants (50,000 for the target) each with two notifications for the
 * daily digest, built and queued by one run in under 2 minutes. It writes N participants into the
 * test database, so it runs only when asked, alone:
 *
 * <pre>mvn -B verify -Dit.test=DigestScaleIT -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dkyodo.digest.scale=50000</pre>
 */
@ExtendWith(KyodoServer.class)
@EnabledIfSystemProperty(named = "kyodo.digest.scale", matches = "[0-9]+")
class DigestScaleIT {
  @Test
  void theDailyDigestOfTheWardIsQueuedInUnderTwoMinutes() throws Exception {
    int n = Integer.parseInt(System.getProperty("kyodo.digest.scale"));
    LocalDate day = LocalDate.of(2024, 1, 10);
    long topic = Forum.openTopic("規模の確認の議題");
    long fill = System.nanoTime();
    try (Connection c = KyodoServer.database();
        Statement s = c.createStatement()) {
      c.setAutoCommit(false);
      s.execute("create temp table scale (id bigint) on commit drop");
      s.execute(
          "with p as (insert into participant (email, email_confirmed_at, password_hash,"
              + " display_name, registered_at, preferred_language)"
              + " select 'scale-' || i || '@example.jp', now(), 'x', 'スケール' || i, now(),"
              + " case when i % 10 = 0 then 'en' else 'ja' end"
              + " from generate_series(1, "
              + n
              + ") i returning id) insert into scale select id from p");
      s.execute(
          "insert into notification_preference select id, 'new_topic', 'email', 'daily' from scale");
      s.execute(
          "insert into notification_preference select id, 'reply', 'email', 'daily' from scale");
      try (PreparedStatement e =
          c.prepareStatement(
              "with e as (insert into notification_event (kind, topic_id, occurred_at)"
                  + " values ('new_topic', ?, ?), ('reply', ?, ?) returning id, kind)"
                  + " insert into notification (participant_id, event_id, kind, topic_id, created_at,"
                  + " updated_at, channel, frequency)"
                  + " select s.id, e.id, e.kind, ?, ?, ?, 'email', 'daily' from scale s, e")) {
        var at = day.atTime(12, 0).atZone(ZoneId.of("Asia/Tokyo")).toOffsetDateTime();
        e.setLong(1, topic);
        e.setObject(2, at);
        e.setLong(3, topic);
        e.setObject(4, at);
        e.setLong(5, topic);
        e.setObject(6, at);
        e.setObject(7, at);
        e.executeUpdate();
      }
      c.commit();
    }
    System.out.printf(
        "DigestScaleIT: %,d participants with 2 notifications each written in %,d ms%n",
        n, (System.nanoTime() - fill) / 1_000_000);

    // the run goes on in the server when the HTTP answer is cut by the listener's 20 s timeout,
    // so the test watches the digests table, not the answer
    long started = System.nanoTime();
    java.util.concurrent.CompletableFuture.runAsync(
        () -> {
          try {
            Api.send(
                Api.request("/api/v1/admin/digests?frequency=daily&day=" + day, Accounts.admin())
                    .timeout(Duration.ofMinutes(10))
                    .POST(HttpRequest.BodyPublishers.noBody()));
          } catch (RuntimeException e) {
            System.out.println("DigestScaleIT: the answer was lost: " + e);
          }
        });
    String start = day.atStartOfDay(ZoneId.of("Asia/Tokyo")).toOffsetDateTime().toString();
    long deadline = System.nanoTime() + Duration.ofMinutes(6).toNanos();
    String sent = "0";
    while (System.nanoTime() < deadline) {
      sent =
          Mailings.single(
              "select count(*) from digest where period_start = cast(? as timestamptz)"
                  + " and sent_at is not null",
              start);
      if (Integer.parseInt(sent) >= n) {
        break;
      }
      Thread.sleep(500);
    }
    long ms = (System.nanoTime() - started) / 1_000_000;
    System.out.printf("DigestScaleIT: %s of %,d digests sent in %,d ms%n", sent, n, ms);
    assertEquals(String.valueOf(n), sent);
    assertTrue(ms < 120_000, "under 2 minutes: " + ms + " ms");
  }
}
