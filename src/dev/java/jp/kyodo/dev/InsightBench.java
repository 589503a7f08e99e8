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
 * The opinion groups of the ward-scale data's hottest topic (topic 1: 10,000 comments and their
 * reactions), computed through the API as staff would ask for them: the time of each of a few runs
 * (the first includes the JIT's start), their median, and what went in.
 */
final class InsightBench {
  private static final Pattern FIELD =
      Pattern.compile("\"(participants|votes|comments|groupCount)\":([0-9]+)");

  private InsightBench() {}

  static List<String> figures(String base) throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    double[] seconds = new double[5];
    String body = "";
    for (int i = 0; i < seconds.length; i++) {
      long t0 = System.nanoTime();
      HttpResponse<String> r =
          http.send(
              HttpRequest.newBuilder(URI.create(base + "/api/v1/topics/1/opinion-groups"))
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
    StringBuilder inputs = new StringBuilder();
    Matcher m = FIELD.matcher(body);
    while (m.find()) {
      inputs.append(inputs.isEmpty() ? "" : ", ").append(m.group(1)).append(' ').append(m.group(2));
    }
    double[] sorted = seconds.clone();
    Arrays.sort(sorted);
    List<String> rows = new ArrayList<>();
    rows.add(
        String.format(
            "| opinion groups of the hot topic (%s): median of %d runs (first %.2f s) | %.2f s |"
                + " under 10 s |",
            inputs, seconds.length, seconds[0], sorted[sorted.length / 2]));
    return rows;
  }
}
