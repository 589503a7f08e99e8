package jp.kyodo.dev;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The opinion groups of hot topics of the ward-scale data, computed through the API as staff would
 * ask for them: the time of each of a few runs (the first includes the JIT's start), their median,
 * and what went in. Topic 1 as generated: its reactions are spread over 50,000 people, two or so
 * each, so nobody reaches the 7 votes that place a participant (the loading and the tallies are
 * measured, not the clustering). Topic 2 gets engaged voters as well: 3,000 participants with 40
 * votes each on 300 of its opinions, in three camps with one vote in seven against their camp,
 * written once (deterministic, ON CONFLICT DO NOTHING), so that the whole method runs at scale.
 */
final class InsightBench {
  private static final Pattern FIELD =
      Pattern.compile("\"(participants|votes|comments|groupCount)\":([0-9]+)");

  private InsightBench() {}

  private static final String ENGAGED_VOTERS =
      "insert into reaction (comment_id, participant_id, kind, created_at)"
          + " select c.id, p.id, case when ((c.rn % 3) = (p.rn % 3))"
          + " <> (abs(hashtext(c.id || ':' || p.id)) % 100 < 15) then 'agree' else 'disagree' end,"
          + " now() from (select id, row_number() over (order by id) rn from participant"
          + " order by id offset 1000 limit 3000) p"
          + " cross join lateral (select cc.id, cc.rn from (select id, row_number() over (order by"
          + " id) rn from comment where topic_id = 2 and status = 'visible' order by id limit 300)"
          + " cc order by md5(cc.id || ':' || p.id) limit 40) c on conflict do nothing";

  private static final String COUNTS =
      "update comment c set agree_count = x.a, disagree_count = x.d from (select r.comment_id,"
          + " count(*) filter (where r.kind = 'agree') a, count(*) filter (where r.kind ="
          + " 'disagree') d from reaction r join comment k on k.id = r.comment_id"
          + " where k.topic_id = 2 group by r.comment_id) x where c.id = x.comment_id";

  static List<String> figures(KyodoStack stack, String base) throws Exception {
    try (java.sql.Connection c =
            java.sql.DriverManager.getConnection(
                stack.jdbcUrl(), stack.dbUser(), stack.dbPassword());
        java.sql.Statement st = c.createStatement()) {
      int added = st.executeUpdate(ENGAGED_VOTERS);
      st.executeUpdate(COUNTS);
      System.out.printf("[bench] engaged voters on topic 2: %d votes added%n", added);
    }
    List<String> rows = new ArrayList<>();
    rows.add(time(base, 1, "the hot topic as generated"));
    rows.add(time(base, 2, "a hot topic with 3,000 engaged voters in three camps"));
    return rows;
  }

  private static String time(String base, long topic, String what) throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    double[] seconds = new double[5];
    String body = "";
    for (int i = 0; i < seconds.length; i++) {
      long t0 = System.nanoTime();
      HttpResponse<String> r =
          http.send(
              HttpRequest.newBuilder(
                      URI.create(base + "/api/v1/topics/" + topic + "/opinion-groups"))
                  .header("Authorization", "Bearer " + BenchData.ADMIN_TOKEN)
                  .timeout(Duration.ofMinutes(5))
                  .POST(HttpRequest.BodyPublishers.noBody())
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      seconds[i] = (System.nanoTime() - t0) / 1e9;
      if (r.statusCode() != 200) {
        throw new IllegalStateException("opinion groups failed: " + r.statusCode() + r.body());
      }
      body = r.body();
    }
    // the run's own fields (a consensus comment has "votes" too: the first of each counts)
    java.util.Map<String, String> fields = new java.util.LinkedHashMap<>();
    Matcher m = FIELD.matcher(body);
    while (m.find()) {
      fields.putIfAbsent(m.group(1), m.group(2));
    }
    StringBuilder inputs = new StringBuilder();
    fields.forEach(
        (k, v) -> inputs.append(inputs.isEmpty() ? "" : ", ").append(k).append(' ').append(v));
    double[] sorted = seconds.clone();
    Arrays.sort(sorted);
    return String.format(
        "| opinion groups of %s (topic %d: %s): median of %d runs (first %.2f s) | %.2f s |"
            + " under 10 s |",
        what, topic, inputs, seconds.length, seconds[0], sorted[sorted.length / 2]);
  }
}
