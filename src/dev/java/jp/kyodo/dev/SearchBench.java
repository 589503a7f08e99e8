package jp.kyodo.dev;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Search on the ward-scale data: the index built from empty (all 500,000 comments and 1,000 topics,
 * asked for through the administrators' API, its progress printed every few seconds as the server
 * also logs it), then the search scenarios in {@link Bench} (8 and 32 clients over
 * bench/search.lua). {@code KYODO_BENCH_ONLY=search ./kyodo bench} runs only these.
 */
final class SearchBench {
  private static final Pattern STATE = Pattern.compile("\"state\":\"([a-z]+)\"");
  private static final Pattern DONE = Pattern.compile("\"rebuildDone\":([0-9]+)");
  private static final Pattern TOTAL = Pattern.compile("\"rebuildTotal\":([0-9]+)");
  private static final Pattern DOCUMENTS = Pattern.compile("\"documents\":([0-9]+)");
  private static final Pattern SECONDS = Pattern.compile("\"lastRebuildSeconds\":([0-9.]+)");

  private SearchBench() {}

  /** The scenarios: search p95 at 8 clients (target < 50 ms) and the throughput at 32. */
  static List<Bench.Scenario> scenarios() {
    return List.of(
        new Bench.Scenario(
            "search (API, 8 connections, 10 kinds of query)",
            "/",
            "bench/search.lua",
            8,
            "p95 < 50 ms"),
        new Bench.Scenario(
            "search (API, 32 connections: the throughput)", "/", "bench/search.lua", 32, ""));
  }

  /**
   * Waits for the index the server built after the data load, then has it rebuilt from empty and
   * times that. Returns the report's lines.
   */
  static List<String> figures(String base) throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    awaitReady(http, base, Duration.ofMinutes(15));
    HttpResponse<String> asked =
        http.send(
            request(base + "/api/v1/admin/search-index/rebuild")
                .POST(HttpRequest.BodyPublishers.noBody())
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (asked.statusCode() != 202) {
      throw new IllegalStateException(
          "rebuild refused: " + asked.statusCode() + " " + asked.body());
    }
    long t0 = System.nanoTime();
    Thread.sleep(2000);
    String status = awaitReady(http, base, Duration.ofMinutes(15));
    double wall = (System.nanoTime() - t0) / 1e9;
    List<String> lines = new ArrayList<>();
    lines.add(
        String.format(
            "| search index built from empty: %s documents (server's own time %s s) | %.0f s |"
                + " under 5 minutes |",
            find(DOCUMENTS, status), find(SECONDS, status), wall));
    return lines;
  }

  /**
   * Waits for the index the server builds at start (a new instance directory has none): its rebuild
   * would otherwise run under the first scenarios and spoil them.
   */
  static void awaitIndex(String base) throws Exception {
    long t0 = System.nanoTime();
    HttpClient http = HttpClient.newHttpClient();
    int found =
        http.send(
                request(base + "/api/v1/admin/search-index").GET().build(),
                HttpResponse.BodyHandlers.discarding())
            .statusCode();
    if (found == 404) {
      System.out.println("[bench] this build has no search index (a build from before it)");
      return;
    }
    awaitReady(http, base, Duration.ofMinutes(15));
    System.out.printf("[bench] search index ready after %.0f s%n", (System.nanoTime() - t0) / 1e9);
  }

  private static String awaitReady(HttpClient http, String base, Duration limit) throws Exception {
    long deadline = System.nanoTime() + limit.toNanos();
    long lastPrint = 0;
    while (System.nanoTime() < deadline) {
      String status =
          http.send(
                  request(base + "/api/v1/admin/search-index").GET().build(),
                  HttpResponse.BodyHandlers.ofString())
              .body();
      String state = find(STATE, status);
      if ("ready".equals(state)) {
        return status;
      }
      if (System.nanoTime() - lastPrint > 5e9) {
        lastPrint = System.nanoTime();
        System.out.printf(
            "[bench] search index %s: %s of about %s documents%n",
            state, find(DONE, status), find(TOTAL, status));
      }
      Thread.sleep(1000);
    }
    throw new IllegalStateException("the search index was not ready within " + limit);
  }

  private static HttpRequest.Builder request(String url) {
    return HttpRequest.newBuilder(URI.create(url))
        .header("Authorization", "Bearer " + BenchData.ADMIN_TOKEN)
        .timeout(Duration.ofSeconds(30));
  }

  private static String find(Pattern p, String json) {
    Matcher m = p.matcher(json);
    return m.find() ? m.group(1) : "?";
  }
}
