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
 * The key points (論点) of a hot topic of the ward-scale data, extracted through the API as staff
 * would ask for them ({@code POST /api/v1/topics/1/key-points/extract}, 10,000 comments, the IDF
 * over the other 999 topics): the first run after start (every comment of the topic cut; the other
 * topics' samples too if {@code KeyPointWarmUp} has not cut them yet, or was switched off with
 * {@code KYODO_BENCH_JVM_ARGS=-Dkyodo.insight.key-points-warm-up=PT0S}), then four more on warm
 * caches, and the median of all five.
 */
final class KeyPointBench {
  private static final Pattern LABEL = Pattern.compile("\"label\":\"([^\"]*)\"");
  private static final Pattern COUNT = Pattern.compile("\"commentCount\":([0-9]+)");

  private KeyPointBench() {}

  static List<String> figures(String base) throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    double[] seconds = new double[5];
    String body = "";
    for (int i = 0; i < seconds.length; i++) {
      long t0 = System.nanoTime();
      HttpResponse<String> r =
          http.send(
              HttpRequest.newBuilder(URI.create(base + "/api/v1/topics/1/key-points/extract"))
                  .header("Authorization", "Bearer " + BenchData.ADMIN_TOKEN)
                  .timeout(Duration.ofMinutes(5))
                  .POST(HttpRequest.BodyPublishers.noBody())
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      seconds[i] = (System.nanoTime() - t0) / 1e9;
      if (r.statusCode() != 200) {
        throw new IllegalStateException("key points failed: " + r.statusCode() + r.body());
      }
      body = r.body();
    }
    List<String> labels = new ArrayList<>();
    Matcher m = LABEL.matcher(body);
    while (m.find()) {
      labels.add(m.group(1));
    }
    long links = 0;
    Matcher c = COUNT.matcher(body);
    while (c.find()) {
      links += Long.parseLong(c.group(1));
    }
    double[] sorted = seconds.clone();
    Arrays.sort(sorted);
    System.out.printf("[bench] key points of topic 1: %s (%,d comment links)%n", labels, links);
    return List.of(
        String.format(
            "| key points of the hot topic (topic 1, 10,000 comments; %d proposed: %s; %,d"
                + " comment links; %,d bytes answered): median of %d runs (first after start"
                + " %.2f s; then %s s) | %.2f s | under 5 s |",
            labels.size(),
            String.join("・", labels),
            links,
            body.length(),
            seconds.length,
            seconds[0],
            Arrays.toString(Arrays.copyOfRange(seconds, 1, seconds.length))
                .replaceAll("([0-9]+\\.[0-9]{2})[0-9]*", "$1"),
            sorted[sorted.length / 2]));
  }
}
