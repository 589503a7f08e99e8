package jp.kyodo.dev;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.SplittableRandom;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Fills a migrated Kyodo database with the ward-scale shape of PRODUCT.md: 50,000 participants,
 * 1,000 topics (10 hot ones with 10,000 comments each), 500,000 comments in threads down to the
 * depth cap, 2,000,000 reactions. Rows go in with COPY; the denormalised counters are then computed
 * by SQL so they are exact. Participant i (1-based) can call the API with the token "bench-i".
 *
 * <p>Usage: {@code BenchData <jdbc-url> <user> <password>}
 */
public final class BenchData {
  public static final int PARTICIPANTS = 50_000;
  public static final int TOPICS = 1_000;
  public static final int HOT_TOPICS = 10;
  public static final int HOT_COMMENTS = 10_000;
  public static final int COMMENTS = 500_000;
  public static final int REACTIONS = 2_000_000;
  public static final int MAX_DEPTH = 4;

  /** First participant id used by the generator; the administrator keeps id 1. */
  public static final int FIRST_ID = 1_000;

  /** Every generated participant's password; sign-in works, though the API tokens are quicker. */
  public static final String PASSWORD = "bench-password-2026";

  private static final String[] AREAS = {
    "setagaya", "kitazawa", "tamagawa", "kinuta", "karasuyama"
  };
  private static final String[] AGE = {
    "under20", "20s", "30s", "40s", "50s", "60s", "70s", "80plus", null
  };
  private static final String[] AREAS_OF_POLICY = {
    "children-youth",
    "welfare-health",
    "environment",
    "safety",
    "town-transport",
    "education",
    "culture-sports",
    "governance-dx"
  };

  /**
   * Registrations and activity spread over the days before today (Asia/Tokyo), so that the
   * statistics have a history: growth, active participants, months.
   */
  public static final int HISTORY_DAYS = 30;

  /** Participant FIRST_ID + 2 ("bench-2") is an administrator, for the statistics scenario. */
  public static final String ADMIN_TOKEN = "bench-2";

  private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ssxxx");
  private final ZonedDateTime origin =
      LocalDate.now(TOKYO).minusDays(HISTORY_DAYS).atStartOfDay(TOKYO);
  private final long spanSeconds = HISTORY_DAYS * 86_400L - 3_600;

  private final long started = System.nanoTime();
  private final SplittableRandom random = new SplittableRandom(2026);

  public static void main(String[] args) throws Exception {
    try (Connection c = DriverManager.getConnection(args[0], args[1], args[2])) {
      new BenchData().fill(c);
    }
  }

  public void fill(Connection c) throws SQLException, IOException {
    c.setAutoCommit(true);
    CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
    try (Statement st = c.createStatement()) {
      st.execute("set synchronous_commit = off");
    }
    participants(copy);
    topics(copy);
    comments(copy);
    reactions(copy);
    NotificationBench.data(c, at(0.99));
    progress(
        NotificationBench.FOLLOWERS
            + " followers of topic "
            + NotificationBench.FOLLOWED_TOPIC
            + ", "
            + NotificationBench.WATCHERS
            + " watchers of a district");
    counters(c);
    progress("done: the database holds the ward-scale data set");
  }

  private void participants(CopyManager copy) throws SQLException, IOException {
    String hash = pbkdf2(PASSWORD);
    StringBuilder rows = new StringBuilder();
    StringBuilder tokens = new StringBuilder();
    for (int i = 1; i <= PARTICIPANTS; i++) {
      long id = FIRST_ID + i;
      String age = AGE[random.nextInt(AGE.length)];
      String area = random.nextInt(4) == 0 ? "\\N" : AREAS[random.nextInt(AREAS.length)];
      // registered in order over the first 90 % of the history, confirmed ten minutes later
      String registered = at(0.9 * i / PARTICIPANTS);
      String confirmed = at(0.9 * i / PARTICIPANTS + 600.0 / spanSeconds);
      rows.append(id)
          .append('\t')
          .append("bench")
          .append(i)
          .append("@example.jp\t")
          .append(confirmed)
          .append('\t')
          .append(hash)
          .append("\tさんか")
          .append(i)
          .append('\t')
          .append(age == null ? "\\N" : age)
          .append('\t')
          .append(area)
          .append('\t')
          .append("resident\t")
          .append(registered)
          .append('\n');
      tokens
          .append(id)
          .append('\t')
          .append(sha256("bench-" + i))
          .append('\t')
          .append(id)
          .append("\t2026-04-01 09:00:00+09\t2099-01-01 00:00:00+09\t2099-01-01 00:00:00+09\n");
    }
    copy.copyIn(
        "copy participant (id, email, email_confirmed_at, password_hash, display_name, age_band,"
            + " area_code, relation, registered_at) from stdin",
        new StringReader(rows.toString()));
    copy.copyIn(
        "copy api_token (id, token_hash, participant_id, created_at, last_used_at, expires_at)"
            + " from stdin",
        new StringReader(tokens.toString()));
    copy.copyIn(
        "copy participant_role (participant_id, role, granted_at) from stdin",
        new StringReader((FIRST_ID + 2) + "\tadministrator\t" + at(0) + "\n"));
    progress(PARTICIPANTS + " participants (with API tokens bench-1 … bench-" + PARTICIPANTS + ")");
  }

  private void topics(CopyManager copy) throws SQLException, IOException {
    StringBuilder rows = new StringBuilder();
    long staff = FIRST_ID + 1;
    for (int t = 1; t <= TOPICS; t++) {
      String body = "区の課題 " + t + " について、皆さんのご意見をお聞かせください。";
      String status = t <= TOPICS - 100 ? "open" : "closed";
      rows.append(t)
          .append("\t議題 ")
          .append(t)
          .append(t <= HOT_TOPICS ? "（注目）" : "")
          .append('\t')
          .append(body)
          .append("\t<p>")
          .append(body)
          .append("</p>\t")
          .append(AREAS_OF_POLICY[t % AREAS_OF_POLICY.length])
          .append('\t')
          .append(t % 3 == 0 ? "\\N" : AREAS[t % AREAS.length])
          .append("\t所管課 ")
          .append(t % 40)
          .append('\t')
          .append(status)
          .append("\t2026-04-01 00:00:00+09\t2099-03-31 00:00:00+09\t")
          .append(staff)
          .append("\t2026-03-20 00:00:00+09\t2026-04-01 00:00:00+09\n");
    }
    copy.copyIn(
        "copy topic (id, title, body_markdown, body_html, policy_area, scope_area, department,"
            + " status, opens_at, closes_at, created_by, created_at, published_at) from stdin",
        new StringReader(rows.toString()));
    progress(TOPICS + " topics (" + HOT_TOPICS + " hot)");
  }

  private void comments(CopyManager copy) throws SQLException, IOException {
    int[] depth = new int[COMMENTS + 1];
    int[] parent = new int[COMMENTS + 1];
    int[] root = new int[COMMENTS + 1];
    int id = 0;
    int normalTopics = TOPICS - HOT_TOPICS;
    int perNormal = (COMMENTS - HOT_TOPICS * HOT_COMMENTS) / normalTopics;
    StringBuilder rows = new StringBuilder(64 * 1024 * 1024);
    for (int t = 1; t <= TOPICS && id < COMMENTS; t++) {
      int count = t <= HOT_TOPICS ? HOT_COMMENTS : perNormal;
      if (t == TOPICS) {
        count = COMMENTS - id;
      }
      int first = id + 1;
      for (int k = 0; k < count && id < COMMENTS; k++) {
        id++;
        boolean reply = k > 0 && random.nextInt(10) < 6;
        if (reply) {
          // answer a recent comment of the same topic, so that threads grow deep
          int target = Math.max(first, id - 1 - random.nextInt(Math.min(50, id - first)));
          if (depth[target] >= MAX_DEPTH) {
            parent[id] = parent[target];
            depth[id] = depth[target];
          } else {
            parent[id] = target;
            depth[id] = depth[target] + 1;
          }
          root[id] = root[target] == 0 ? target : root[target];
          rows.append(id)
              .append('\t')
              .append(t)
              .append('\t')
              .append(parent[id])
              .append('\t')
              .append(root[id])
              .append('\t')
              .append(target)
              .append('\t')
              .append(depth[id]);
        } else {
          rows.append(id).append('\t').append(t).append("\t\\N\t\\N\t\\N\t0");
        }
        // over the history in id order, by someone who had registered by then
        double when = (double) id / COMMENTS;
        int registeredBy = Math.max(1, Math.min(PARTICIPANTS, (int) (PARTICIPANTS * when / 0.9)));
        long author = FIRST_ID + 1 + random.nextInt(registeredBy);
        rows.append('\t')
            .append(author)
            .append("\tf\t意見 ")
            .append(id)
            .append("：公園や道路、子育て支援について考えていることを書きます。")
            .append("\t")
            .append(reply ? "\\N" : STANCES[random.nextInt(STANCES.length)])
            .append('\t')
            .append(at(when))
            .append('\n');
      }
      if (rows.length() > 48 * 1024 * 1024 || t == TOPICS) {
        copyComments(copy, rows);
        progress(id + " comments");
      }
    }
    if (rows.length() > 0) {
      copyComments(copy, rows);
    }
  }

  private static final String[] STANCES = {"agree", "oppose", "neutral", "question", "\\N"};

  private static void copyComments(CopyManager copy, StringBuilder rows)
      throws SQLException, IOException {
    copy.copyIn(
        "copy comment (id, topic_id, parent_id, root_id, in_reply_to_id, depth, author_id,"
            + " author_is_staff, body, stance, created_at) from stdin",
        new StringReader(rows.toString()));
    rows.setLength(0);
  }

  private void reactions(CopyManager copy) throws SQLException, IOException {
    StringBuilder rows = new StringBuilder(64 * 1024 * 1024);
    // reaction n goes to a comment (hot topics get most) from a participant chosen so that every
    // (comment, participant) pair is unique: participant = comment-specific offset + n-th reactor
    int written = 0;
    int[] reactorsOf = new int[COMMENTS + 1];
    while (written < REACTIONS) {
      int comment =
          random.nextInt(3) == 0
              ? 1 + random.nextInt(HOT_TOPICS * HOT_COMMENTS)
              : 1 + random.nextInt(COMMENTS);
      int n = reactorsOf[comment]++;
      if (n >= PARTICIPANTS) {
        continue;
      }
      long participant = FIRST_ID + 1 + (comment * 7919L + n) % PARTICIPANTS;
      rows.append(comment)
          .append('\t')
          .append(participant)
          .append('\t')
          .append(random.nextInt(4) == 0 ? "disagree" : "agree")
          .append('\t')
          .append(at(Math.min(1.0, (double) comment / COMMENTS + random.nextDouble() * 0.02)))
          .append('\n');
      written++;
      if (written % 500_000 == 0) {
        copy.copyIn(
            "copy reaction (comment_id, participant_id, kind, created_at) from stdin",
            new StringReader(rows.toString()));
        rows.setLength(0);
        progress(written + " reactions");
      }
    }
  }

  private void counters(Connection c) throws SQLException {
    try (Statement st = c.createStatement()) {
      st.execute(
          "update comment c set reply_count = x.n from (select parent_id, count(*) n from comment"
              + " where parent_id is not null group by parent_id) x where c.id = x.parent_id");
      progress("reply counts");
      st.execute(
          "update comment c set agree_count = x.a, disagree_count = x.d from (select comment_id,"
              + " count(*) filter (where kind = 'agree') a, count(*) filter (where kind ="
              + " 'disagree') d from reaction group by comment_id) x where c.id = x.comment_id");
      progress("reaction counts");
      st.execute(
          "insert into topic_participant (topic_id, participant_id)"
              + " select distinct topic_id, author_id from comment");
      st.execute(
          "update topic t set comment_count = x.n, root_comment_count = x.r,"
              + " last_activity_at = x.last, participant_count = x.p from (select topic_id,"
              + " count(*) n, count(*) filter (where depth = 0) r, max(created_at) last,"
              + " count(distinct author_id) p from comment group by topic_id) x"
              + " where t.id = x.topic_id");
      // as registration leaves them: the documents in force accepted, the folded name recorded
      st.execute(
          "insert into consent (participant_id, document_kind, document_version, accepted_at)"
              + " select p.id, d.kind, d.version, p.registered_at from participant p cross join"
              + " (select distinct on (kind) kind, version from policy_document"
              + " where effective_from <= now() order by kind, effective_from desc,"
              + " published_at desc) d where p.id > "
              + FIRST_ID);
      st.execute(
          "update participant set display_name_key = display_name where id > "
              + FIRST_ID
              + " and display_name_key is null");
      for (String table : new String[] {"participant", "api_token", "topic", "comment"}) {
        st.execute(
            "select setval(pg_get_serial_sequence('"
                + table
                + "', 'id'), (select max(id) from "
                + table
                + "))");
      }
      st.execute("analyze");
      progress("topic counts, sequences, statistics");
    }
  }

  /** The time at this fraction of the history, as COPY reads a timestamptz. */
  private String at(double fraction) {
    return origin.plusSeconds((long) (fraction * spanSeconds)).format(STAMP);
  }

  private void progress(String what) {
    System.out.printf("[bench-data %6.1fs] %s%n", (System.nanoTime() - started) / 1e9, what);
  }

  /** The stored form Jakarta Security's Pbkdf2PasswordHash verifies (few iterations: test data). */
  private static String pbkdf2(String password) {
    try {
      byte[] salt = new byte[16];
      new java.security.SecureRandom().nextBytes(salt);
      byte[] key =
          javax.crypto.SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
              .generateSecret(
                  new javax.crypto.spec.PBEKeySpec(password.toCharArray(), salt, 1000, 256))
              .getEncoded();
      java.util.Base64.Encoder b64 = java.util.Base64.getEncoder();
      return "PBKDF2WithHmacSHA256:1000:"
          + b64.encodeToString(salt)
          + ":"
          + b64.encodeToString(key);
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String sha256(String s) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
