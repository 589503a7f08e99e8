package jp.kyodo.dev;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * The notification part of the benchmark (issue 13): its data (10,000 followers of a topic that the
 * posting scenarios post on, 20,000 watchers of one district, a staff member, a notification for
 * every participant waiting for a daily digest) and its figures: how long the fan-out needs to
 * catch up after the posting load, to reach every follower of a busy topic after one post, every
 * watcher of a district after a new topic, and to send the daily digest to everyone.
 */
final class NotificationBench {
  /** One of the topics the posting scenarios post on (ids 11–110). */
  static final int FOLLOWED_TOPIC = 11;

  static final int FOLLOWERS = 10_000;
  static final String WATCHED_DISTRICT = "kyodo";
  static final int WATCHERS = 20_000;

  /** Participant FIRST_ID + 3 ("bench-3") is staff, to publish the new topic. */
  static final String STAFF_TOKEN = "bench-3";

  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private NotificationBench() {}

  /** Followers bench-1 … bench-10000 of topic 11, watchers bench-20001 … bench-40000 of 経堂. */
  static void data(Connection c, String now) throws SQLException, IOException {
    CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
    StringBuilder follows = new StringBuilder();
    for (int i = 1; i <= FOLLOWERS; i++) {
      follows
          .append(FOLLOWED_TOPIC)
          .append('\t')
          .append(BenchData.FIRST_ID + i)
          .append('\t')
          .append(now)
          .append('\n');
    }
    copy.copyIn(
        "copy topic_follow (topic_id, participant_id, followed_at) from stdin",
        new StringReader(follows.toString()));
    StringBuilder watches = new StringBuilder();
    for (int i = 20_001; i <= 20_000 + WATCHERS; i++) {
      watches
          .append(BenchData.FIRST_ID + i)
          .append("\tdistrict\t")
          .append(WATCHED_DISTRICT)
          .append('\n');
    }
    copy.copyIn(
        "copy watch (participant_id, kind, code) from stdin", new StringReader(watches.toString()));
    copy.copyIn(
        "copy participant_role (participant_id, role, granted_at) from stdin",
        new StringReader((BenchData.FIRST_ID + 3) + "\tstaff\t" + now + "\n"));
    // every participant has a notification waiting for the daily digest of DIGEST_DAY
    String noon = DIGEST_DAY.atTime(12, 0).atZone(TOKYO).toOffsetDateTime().toString();
    try (var st = c.createStatement()) {
      st.execute(
          "insert into notification_event (id, kind, topic_id, occurred_at, fanned_out_at)"
              + " values (1, 'topic', 1, '"
              + noon
              + "', '"
              + noon
              + "')");
      st.execute("select setval('notification_event_id_seq', 1)");
    }
    StringBuilder waiting = new StringBuilder();
    for (int i = 1; i <= BenchData.PARTICIPANTS; i++) {
      waiting
          .append(BenchData.FIRST_ID + i)
          .append("\t1\tnew_topic\t1\t")
          .append(noon)
          .append('\t')
          .append(noon)
          .append("\temail\tdaily\n");
    }
    copy.copyIn(
        "copy notification (participant_id, event_id, kind, topic_id, created_at, updated_at,"
            + " channel, frequency) from stdin",
        new StringReader(waiting.toString()));
  }

  /** The Tokyo day whose daily digest the benchmark sends: two days before the data's "now". */
  static final LocalDate DIGEST_DAY = LocalDate.now(ZoneId.of("Asia/Tokyo")).minusDays(2);

  private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

  /**
   * Seconds until no event waits for its fan-out, nor an opinion for its topic's next pass over the
   * followers (right after a posting scenario).
   */
  static double backlogSeconds(KyodoStack stack) throws Exception {
    long t0 = System.nanoTime();
    try (Connection c = connect(stack)) {
      while (count(
              c,
              "select (select count(*) from notification_event where fanned_out_at is null)"
                  + " + (select count(*) from topic_fanout where pending)")
          > 0) {
        if (System.nanoTime() - t0 > 300e9) {
          return Double.NaN;
        }
        Thread.sleep(100);
      }
    }
    return (System.nanoTime() - t0) / 1e9;
  }

  /** The figures that are not wrk runs, as report lines. */
  static List<String> figures(KyodoStack stack, String base) throws Exception {
    List<String> lines = new ArrayList<>();
    backlogSeconds(stack); // the posting scenarios' last passes are not this opinion's
    try (Connection c = connect(stack)) {
      // one opinion by a non-follower on the followed topic, after every follower read the
      // topic's earlier news (the posting scenarios posted there): a new row for each follower
      try (var st = c.createStatement()) {
        st.executeUpdate(
            "update notification set read_at = now() where topic_id = "
                + FOLLOWED_TOPIC
                + " and kind = 'topic_comment' and read_at is null");
      }
      long before = count(c, "select coalesce(max(id), 0) from notification_event");
      long t0 = System.nanoTime();
      send(
          base + "/api/v1/topics/" + FOLLOWED_TOPIC + "/comments",
          "bench-50000",
          "{\"body\":\"通知の計測のための意見です。\"}",
          "POST");
      int followers =
          (int)
              count(
                  c,
                  "select count(*) from topic_follow where topic_id = "
                      + FOLLOWED_TOPIC
                      + " and participant_id <> "
                      + (BenchData.FIRST_ID + 50_000));
      double reached =
          until(
              c,
              "select count(*) from notification where topic_id = "
                  + FOLLOWED_TOPIC
                  + " and kind = 'topic_comment' and read_at is null and event_id > "
                  + before,
              followers,
              t0);
      lines.add(
          String.format(
              "| one opinion on a topic with %,d followers: every follower's notification written"
                  + " | %.2f s | within 10 s — %s |",
              followers, reached, reached <= 10 ? "**met**" : "not met"));

      // a new topic in 経堂: every watcher of the district (and of its area) hears
      String created = send(base + "/api/v1/topics", STAFF_TOKEN, topicJson(), "POST");
      long topic = Long.parseLong(created.replaceAll("(?s).*\"id\":(\\d+).*", "$1"));
      long t1 = System.nanoTime();
      send(base + "/api/v1/topics/" + topic + "/publication", STAFF_TOKEN, "", "POST");
      long watchers =
          count(
              c,
              "select count(distinct participant_id) from watch where (kind = 'district' and code ="
                  + " 'kyodo') or (kind = 'area' and code = 'setagaya') or (kind = 'policy_area'"
                  + " and code = 'environment')");
      double written =
          until(
              c,
              "select count(*) from notification where topic_id = "
                  + topic
                  + " and kind = 'new_topic'",
              watchers,
              t1);
      lines.add(
          String.format(
              "| a new topic in a district watched by %,d participants: every notification written"
                  + " | %.2f s | within 30 s — %s |",
              watchers, written, written <= 30 ? "**met**" : "not met"));
    }
    lines.add(dailyDigest(stack, base));
    return lines;
  }

  /**
   * The daily digest of {@link #DIGEST_DAY} for every participant: from the request until every
   * digest row of the period is sent (the server goes on after the HTTP answer times out).
   */
  private static String dailyDigest(KyodoStack stack, String base) throws Exception {
    long t0 = System.nanoTime();
    Thread run =
        new Thread(
            () -> {
              try {
                send(
                    base + "/api/v1/admin/digests?frequency=daily&day=" + DIGEST_DAY,
                    BenchData.ADMIN_TOKEN,
                    "",
                    "POST");
              } catch (Exception timedOutOrRefused) {
                System.out.println("[bench] digest run's answer: " + timedOutOrRefused);
              }
            });
    run.start();
    double done;
    try (Connection c = connect(stack)) {
      done =
          until(
              c,
              "select count(*) from digest where frequency = 'daily' and sent_at is not null",
              BenchData.PARTICIPANTS,
              t0,
              300);
    }
    run.join(10_000);
    return String.format(
        "| the daily digest for %,d participants built and handed to the outbox | %.1f s |"
            + " under 2 minutes — %s |",
        BenchData.PARTICIPANTS, done, done < 120 ? "**met**" : "not met");
  }

  private static String topicJson() {
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    return "{\"title\":\"経堂の新しい議題（通知の計測）\",\"body\":\"計測用の議題です。\","
        + "\"policyArea\":\"environment\",\"scopeArea\":\"setagaya\",\"scopeDistrict\":\"kyodo\","
        + "\"department\":\"環境政策部\",\"opensAt\":\""
        + now.minusHours(1)
        + "\",\"closesAt\":\""
        + now.plusDays(30)
        + "\"}";
  }

  /** Seconds from {@code t0} until the query counts {@code expected}, polled every 50 ms. */
  private static double until(Connection c, String countQuery, long expected, long t0)
      throws SQLException, InterruptedException {
    return until(c, countQuery, expected, t0, 120);
  }

  private static double until(
      Connection c, String countQuery, long expected, long t0, int limitSeconds)
      throws SQLException, InterruptedException {
    while (count(c, countQuery) < expected) {
      if (System.nanoTime() - t0 > limitSeconds * 1e9) {
        return Double.NaN;
      }
      Thread.sleep(50);
    }
    return (System.nanoTime() - t0) / 1e9;
  }

  private static long count(Connection c, String sql) throws SQLException {
    try (var rs = c.createStatement().executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static String send(String url, String token, String json, String method)
      throws IOException, InterruptedException {
    HttpResponse<String> r =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .timeout(Duration.ofMinutes(1))
                .method(method, HttpRequest.BodyPublishers.ofString(json))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() >= 300) {
      throw new IllegalStateException(url + " answered " + r.statusCode() + ": " + r.body());
    }
    return r.body();
  }

  private static Connection connect(KyodoStack stack) throws SQLException {
    return DriverManager.getConnection(stack.jdbcUrl(), stack.dbUser(), stack.dbPassword());
  }
}
