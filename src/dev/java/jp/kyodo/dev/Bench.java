package jp.kyodo.dev;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code ./kyodo bench}: a fresh PostgreSQL, Kyodo on Payara Micro with production JVM flags, the
 * ward-scale data set, then wrk against the hot paths. Prints a table and writes it to
 * bench/results/. Everything listens on 127.0.0.1 and is stopped at the end.
 */
public final class Bench {
  private static final Pattern RPS = Pattern.compile("Requests/sec:\\s+([0-9.]+)");
  private static final Pattern NON_2XX = Pattern.compile("Non-2xx or 3xx responses: ([0-9]+)");
  private static final Pattern REQUESTS = Pattern.compile("([0-9]+) requests in");
  private static final Pattern P95 = Pattern.compile("p95_ms: ([0-9.]+)");
  private static final Pattern LATE = Pattern.compile("late_sends: ([0-9]+)");

  private Bench() {}

  /**
   * One load scenario; {@code header} ("Name: value": a bearer token, a session cookie) is sent
   * with every request when not null. With a {@code rate} (requests a second, wrk's script paces
   * them) the requests leave on a fixed schedule, an open model; without, every connection sends
   * again as soon as its answer arrives.
   */
  record Scenario(
      String name,
      String path,
      String script,
      int connections,
      String target,
      String header,
      int rate) {
    Scenario(String name, String path, String script, int connections, String target) {
      this(name, path, script, connections, target, null, 0);
    }

    Scenario(
        String name, String path, String script, int connections, String target, String header) {
      this(name, path, script, connections, target, header, 0);
    }
  }

  /** What wrk measured. */
  record Result(
      Scenario scenario,
      double rps,
      double p50,
      double p95,
      double p99,
      long requests,
      long errors,
      long lateSends,
      double serverCpuMs,
      double databaseCpuMs) {}

  public static void main(String[] args) throws Exception {
    Path war = Path.of(System.getProperty("kyodo.war", "target/kyodo.war")).toAbsolutePath();
    Path jar =
        Path.of(System.getProperty("payara.jar", "target/payara-micro.jar")).toAbsolutePath();
    String duration = System.getenv().getOrDefault("KYODO_BENCH_DURATION", "20s");
    Path data = Path.of("target", "bench-db").toAbsolutePath();
    // KYODO_BENCH_REUSE=true measures again on the data set the previous run left behind
    boolean reuse =
        "true".equalsIgnoreCase(System.getenv("KYODO_BENCH_REUSE"))
            && Files.exists(data.resolve("PG_VERSION"));
    if (!reuse) {
      deleteRecursively(data);
    }
    // request threads: a few per core. More only queue for the two cores, and the load generator,
    // one thread among them to the scheduler, then cannot keep up (KYODO_BENCH_HTTP_THREADS)
    String httpThreads = System.getenv().getOrDefault("KYODO_BENCH_HTTP_THREADS", "8");
    // KYODO_BENCH_NODES=2: that many Payara Micro nodes of one cluster on the same database, the
    // load split evenly between them (docs/operations.md, "Several nodes")
    int nodeCount = Integer.parseInt(System.getenv().getOrDefault("KYODO_BENCH_NODES", "1"));
    List<Integer> grid = new ArrayList<>();
    for (int i = 0; i < nodeCount; i++) {
      grid.add(KyodoStack.freePort());
    }
    String clusterName = "kyodo-bench-" + java.util.UUID.randomUUID();
    List<KyodoStack> others = new ArrayList<>();
    try (KyodoStack stack = new KyodoStack()) {
      stack.startDatabase(data);
      int port = KyodoStack.freePort();
      List<String> options =
          new ArrayList<>(
              List.of("--maxHttpThreads", httpThreads, "--minHttpThreads", httpThreads));
      if (nodeCount > 1) {
        options.addAll(KyodoStack.clusterOptions(clusterName, grid, 0));
      }
      stack.startPayara(
          war,
          jar,
          port,
          new File("target/payara-bench.log"),
          nodeSettings(port),
          // KYODO_BENCH_JVM_ARGS adds flags, e.g. -XX:StartFlightRecording=filename=post.jfr
          "-Xms1g -Xmx2g " + System.getenv().getOrDefault("KYODO_BENCH_JVM_ARGS", ""),
          options);
      for (int i = 1; i < nodeCount; i++) {
        int otherPort = KyodoStack.freePort();
        List<String> otherOptions =
            new ArrayList<>(
                List.of("--maxHttpThreads", httpThreads, "--minHttpThreads", httpThreads));
        otherOptions.addAll(KyodoStack.clusterOptions(clusterName, grid, i));
        others.add(
            KyodoStack.onDatabaseOf(stack)
                .startPayara(
                    war,
                    jar,
                    otherPort,
                    new File("target/payara-bench-" + i + ".log"),
                    nodeSettings(otherPort),
                    "-Xms1g -Xmx2g " + System.getenv().getOrDefault("KYODO_BENCH_JVM_ARGS", ""),
                    otherOptions));
      }
      List<String> bases = new ArrayList<>(List.of(stack.baseUrl()));
      List<Long> pids = new ArrayList<>(List.of(stack.payaraProcess().pid()));
      for (KyodoStack other : others) {
        bases.add(other.baseUrl());
        pids.add(other.payaraProcess().pid());
      }
      long t0 = System.nanoTime();
      if (!reuse) {
        try (Connection c =
            DriverManager.getConnection(stack.jdbcUrl(), stack.dbUser(), stack.dbPassword())) {
          new BenchData().fill(c);
        }
      }
      double generation = (System.nanoTime() - t0) / 1e9;
      String base = stack.baseUrl();
      String only = System.getenv("KYODO_BENCH_ONLY");
      // the server catches up the history's daily snapshots at start-up, minutes of work at this
      // density: wait for it (and time it) so that it does not run under the measurements
      double snapshots = catchUpSnapshots(base);
      for (String node : bases) {
        SearchBench.awaitIndex(node); // each node keeps its own index
      }
      List<Scenario> scenarios =
          List.of(
              new Scenario(
                  "baseline: Payara's own /health/live (no Kyodo code)",
                  "/health/live",
                  null,
                  32,
                  "Payara's own JSON endpoint, for scale"),
              new Scenario(
                  "baseline: a static file (/robots.txt, Payara's default servlet)",
                  "/robots.txt",
                  null,
                  32,
                  ""),
              new Scenario(
                  "hot topic, first page (API)",
                  "/api/v1/topics/1/comments",
                  null,
                  32,
                  "p99 < 50 ms, ≥ 1,000 req/s"),
              new Scenario(
                  "hot topic, first page (API, signed-in reader: read fresh, not cached)",
                  "/api/v1/topics/1/comments",
                  null,
                  32,
                  "",
                  "Authorization: Bearer bench-1"),
              new Scenario(
                  "hot topic, first page (HTML)",
                  "/topic.xhtml?id=1",
                  null,
                  32,
                  "≥ 20 % of the static file, p99 < 20 ms"),
              new Scenario(
                  "hot topic, first page (HTML) at a fixed 5,000 a second (open model)",
                  "/topic.xhtml?id=1",
                  null,
                  32,
                  "p99 < 20 ms",
                  null,
                  5000),
              new Scenario(
                  "hot topic, first page (HTML, signed-in reader: their reactions and forms)",
                  "/topic.xhtml?id=1",
                  null,
                  32,
                  "≥ 3 % of the static file",
                  PageSession.cookieHeader(base, "bench7@example.jp", BenchData.PASSWORD)),
              new Scenario("home page (HTML)", "/", null, 32, "≥ 10 % of the static file"),
              new Scenario(
                  "home page (HTML, signed in)",
                  "/",
                  null,
                  32,
                  "≥ 3 % of the static file",
                  PageSession.cookieHeader(base, "bench8@example.jp", BenchData.PASSWORD)),
              new Scenario(
                  "topic list (HTML)",
                  "/topics.xhtml?sort=active",
                  null,
                  32,
                  "≥ 10 % of the static file"),
              new Scenario(
                  "topic list (HTML, signed in)",
                  "/topics.xhtml?sort=active",
                  null,
                  32,
                  "≥ 3 % of the static file",
                  PageSession.cookieHeader(base, "bench9@example.jp", BenchData.PASSWORD)),
              new Scenario(
                  "replies of a comment (API)",
                  "/api/v1/comments/" + busyComment(stack) + "/replies",
                  null,
                  32,
                  ""),
              new Scenario(
                  "topic list (API)",
                  "/api/v1/topics?sort=active",
                  null,
                  32,
                  "≥ 10 % of the static file"),
              new Scenario(
                  "topic list (API, signed in)",
                  "/api/v1/topics?sort=active",
                  null,
                  32,
                  "≥ 3 % of the static file",
                  "Authorization: Bearer bench-1"),
              new Scenario(
                  "post comments (API, 32 clients posting back to back: the capacity)",
                  "/",
                  "bench/post-comment.lua",
                  32,
                  ""),
              new Scenario(
                  "post comments at a fixed 300 a second (API, open model, 64 connections)",
                  "/",
                  "bench/post-comment.lua",
                  64,
                  "≥ 300 req/s with p99 < 100 ms",
                  null,
                  300),
              new Scenario(
                  "statistics dashboard (API, administrator, 90 days by day, 8 connections)",
                  "/api/v1/stats/dashboard",
                  null,
                  8,
                  "p95 < 200 ms",
                  BenchData.ADMIN_TOKEN),
              new Scenario(
                  "statistics dashboard (API, administrator, by week, 32 connections)",
                  "/api/v1/stats/dashboard?period=week",
                  null,
                  32,
                  "p95 < 200 ms",
                  BenchData.ADMIN_TOKEN),
              new Scenario(
                  "open data: participation (JSON, anonymous, 8 connections)",
                  "/api/v1/open-data/participation.json",
                  null,
                  8,
                  ""));
      scenarios = new ArrayList<>(scenarios);
      scenarios.addAll(SearchBench.scenarios());
      // the search index is built (and timed) before the search scenarios run against it
      List<String> search = new ArrayList<>();
      if (only == null || only.isBlank() || only.contains("search")) {
        search.addAll(SearchBench.figures(base));
      }
      // KYODO_BENCH_ONLY=statistics (or words,separated,by,commas) runs only the scenarios whose
      // name contains one of them
      if (only != null && !only.isBlank()) {
        List<String> words = List.of(only.split(","));
        scenarios =
            scenarios.stream().filter(x -> words.stream().anyMatch(x.name()::contains)).toList();
      }
      // posting runs far more code (validation, moderation rules, notifications, search outbox)
      // than reading: at 300 a second its CPU per post on this machine still fell between the 4th
      // and the 6th minute of posting (with notifications and search; 3.3 ms of Payara after 4
      // minutes, 2.2-2.5 after 6), and 20 s measured a JIT still compiling
      String postWarmUp = System.getenv().getOrDefault("KYODO_BENCH_POST_WARMUP", "480s");
      for (Scenario s : scenarios) {
        // warm-up: the JIT needs a while on a large application
        wrk(bases, s, "bench/post-comment.lua".equals(s.script()) ? postWarmUp : "20s");
      }
      for (long pid : pids) {
        awaitQuietCompilers(pid);
      }
      List<Result> results = new ArrayList<>();
      List<String> notifications = new ArrayList<>();
      for (Scenario s : scenarios) {
        long[] before = cpuTicks(pids);
        Result r = wrk(bases, s, duration);
        long[] after = cpuTicks(pids);
        results.add(perRequest(r, before, after));
        if (s.name().startsWith("post comments")) {
          // the posts' notifications are written after their commits: how far behind is that?
          notifications.add(
              String.format(
                  "| after \"%s\": the fan-out's backlog written | %.2f s | |",
                  s.name(), NotificationBench.backlogSeconds(stack)));
        }
      }
      if (only == null || only.isBlank() || only.contains("notification")) {
        notifications.addAll(NotificationBench.figures(stack, base));
      }
      List<String> insight = new ArrayList<>();
      if (only == null || only.isBlank() || only.contains("groups")) {
        insight.addAll(InsightBench.figures(stack, base));
      }
      List<String> keyPoints = new ArrayList<>();
      if (only == null || only.isBlank() || only.contains("keypoints")) {
        keyPoints.addAll(KeyPointBench.figures(base));
      }
      if (!results.isEmpty()
          || !notifications.isEmpty()
          || !search.isEmpty()
          || !insight.isEmpty()
          || !keyPoints.isEmpty()) {
        long rss = rssKb(stack.payaraProcess().pid());
        String report = report(results, generation, snapshots, rss, duration);
        if (nodeCount > 1) {
          report +=
              "\n"
                  + nodeCount
                  + " Payara Micro nodes of one cluster (data grid on 127.0.0.1), one PostgreSQL,"
                  + " all on the same 2 cores; each wrk run split evenly across the nodes (one wrk"
                  + " per node, its share of the connections and rate): req/s and counts are the"
                  + " sums, percentiles the slower node's, server CPU the nodes' together.\n";
        }
        if (!notifications.isEmpty()) {
          report +=
              "\n## Notifications\n\n| what | time | target |\n|---|---:|---|\n"
                  + String.join("\n", notifications)
                  + "\n";
        }
        if (!search.isEmpty()) {
          report +=
              "\n## Search\n\n| what | time | target |\n|---|---:|---|\n"
                  + String.join("\n", search)
                  + "\n";
        }
        if (!insight.isEmpty()) {
          report +=
              "\n## Opinion groups\n\n| what | time | target |\n|---|---:|---|\n"
                  + String.join("\n", insight)
                  + "\n";
        }
        if (!keyPoints.isEmpty()) {
          report +=
              "\n## Key points\n\n| what | time | target |\n|---|---:|---|\n"
                  + String.join("\n", keyPoints)
                  + "\n";
        }
        System.out.println(report);
        Path out =
            Path.of(
                "bench",
                "results",
                LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + ".md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report, StandardCharsets.UTF_8);
        System.out.println("written to " + out);
      }
      holdForProfiling(base, stack.payaraProcess().pid());
    } finally {
      for (KyodoStack other : others) {
        other.close();
      }
    }
  }

  /** One node's settings: limits off (the benchmark measures capacity, not the flood guard). */
  private static Map<String, String> nodeSettings(int port) {
    return Map.of(
        "kyodo.public-url",
        "http://127.0.0.1:" + port,
        // 20 writers post hundreds of comments a second
        "kyodo.limits.comments-per-minute",
        "0",
        "kyodo.limits.comments-per-day",
        "0",
        // the benchmark sends the daily digest it measures itself
        "kyodo.digests.scheduled",
        "false",
        // the opinion groups' first round would compute every open topic under the measurements
        "kyodo.insight.groups-every",
        "PT24H",
        // the signed-in page scenarios' sessions outlive the posting warm-ups
        "kyodo.session.idle-timeout",
        "PT3H");
  }

  /**
   * Waits (at most five minutes) until the JIT compilers have spent under 5 % of a core for ten
   * seconds. On two cores a C2 thread still compiling the application takes half the machine; the
   * measurements are of the steady state, not of the first minutes after start.
   */
  private static void awaitQuietCompilers(long pid) throws IOException, InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
    long before = compilerTicks(pid);
    while (System.nanoTime() < deadline) {
      Thread.sleep(10_000);
      long after = compilerTicks(pid);
      double share = (after - before) / 100.0 / 10; // clock ticks are 1/100 s
      System.out.printf("[bench] JIT compilers used %.0f %% of a core%n", share * 100);
      if (share < 0.05) {
        return;
      }
      before = after;
    }
  }

  /** CPU time (user + system, clock ticks) of the process's compiler threads so far. */
  private static long compilerTicks(long pid) throws IOException {
    long ticks = 0;
    try (var tasks = Files.list(Path.of("/proc", String.valueOf(pid), "task"))) {
      for (Path task : tasks.toList()) {
        try {
          if (Files.readString(task.resolve("comm")).contains("CompilerThre")) {
            ticks += cpuTicksOf(Files.readString(task.resolve("stat")));
          }
        } catch (IOException threadEnded) {
          // the thread ended while we looked
        }
      }
    }
    return ticks;
  }

  /**
   * KYODO_BENCH_HOLD=seconds keeps the server up after the scenarios (KYODO_BENCH_ONLY=none runs
   * none), for measuring or profiling by hand; it is stopped afterwards like after any run.
   */
  private static void holdForProfiling(String base, long pid) throws InterruptedException {
    String hold = System.getenv("KYODO_BENCH_HOLD");
    if (hold == null || hold.isBlank()) {
      return;
    }
    System.out.printf("[bench] holding %s (Payara pid %d) for %s s%n", base, pid, hold);
    Thread.sleep(Long.parseLong(hold.strip()) * 1000);
  }

  private static long busyComment(KyodoStack stack) throws Exception {
    try (Connection c =
            DriverManager.getConnection(stack.jdbcUrl(), stack.dbUser(), stack.dbPassword());
        var rs =
            c.createStatement()
                .executeQuery("select id from comment order by reply_count desc limit 1")) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /**
   * CPU time (clock ticks, 1/100 s) so far of Payara and of every PostgreSQL process. Per request,
   * it varies far less between runs than throughput does on this machine.
   */
  private static long[] cpuTicks(List<Long> payaraPids) throws IOException {
    long payara = 0;
    long postgres = 0;
    try (var processes = Files.list(Path.of("/proc"))) {
      for (Path p : processes.toList()) {
        String name = p.getFileName().toString();
        if (!name.chars().allMatch(Character::isDigit)) {
          continue;
        }
        try {
          String stat = Files.readString(p.resolve("stat"));
          String comm = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
          if (payaraPids.contains(Long.parseLong(name))) {
            payara += cpuTicksOf(stat);
          } else if (comm.startsWith("postgres")) {
            // the postmaster's reaped children count too: backends of ended connections
            postgres += cpuTicksOf(stat) + reapedChildrenTicksOf(stat);
          }
        } catch (IOException | RuntimeException processEnded) {
          // the process ended while we looked
        }
      }
    }
    return new long[] {payara, postgres};
  }

  /** User + system time (clock ticks) from a /proc …/stat line; the name may contain spaces. */
  private static long cpuTicksOf(String stat) {
    String[] fields = statFields(stat);
    return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
  }

  /** User + system time (clock ticks) of the process's children that ended and were waited for. */
  private static long reapedChildrenTicksOf(String stat) {
    String[] fields = statFields(stat);
    return Long.parseLong(fields[13]) + Long.parseLong(fields[14]);
  }

  /** The fields after the process name, from the state (field 3 of proc(5)) on. */
  private static String[] statFields(String stat) {
    return stat.substring(stat.lastIndexOf(')') + 2).split(" ");
  }

  private static Result perRequest(Result r, long[] before, long[] after) {
    double requests = Math.max(1, r.requests());
    return new Result(
        r.scenario(),
        r.rps(),
        r.p50(),
        r.p95(),
        r.p99(),
        r.requests(),
        r.errors(),
        r.lateSends(),
        (after[0] - before[0]) * 10.0 / requests,
        (after[1] - before[1]) * 10.0 / requests);
  }

  /**
   * One wrk per node, each with its share of the connections and of the rate, at the same time;
   * req/s and counts added up, percentiles the slowest node's.
   */
  private static Result wrk(List<String> bases, Scenario s, String duration)
      throws IOException, InterruptedException {
    if (bases.size() == 1) {
      return wrk(bases.get(0), s, duration);
    }
    int n = bases.size();
    Scenario share =
        new Scenario(
            s.name(),
            s.path(),
            s.script(),
            Math.max(1, s.connections() / n),
            s.target(),
            s.header(),
            s.rate() / n);
    List<java.util.concurrent.CompletableFuture<Result>> runs = new ArrayList<>();
    for (String base : bases) {
      runs.add(
          java.util.concurrent.CompletableFuture.supplyAsync(
              () -> {
                try {
                  return wrk(base, share, duration, 1);
                } catch (IOException e) {
                  throw new java.io.UncheckedIOException(e);
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                  throw new IllegalStateException(e);
                }
              }));
    }
    List<Result> each = runs.stream().map(java.util.concurrent.CompletableFuture::join).toList();
    return new Result(
        s,
        each.stream().mapToDouble(Result::rps).sum(),
        each.stream().mapToDouble(Result::p50).max().orElse(Double.NaN),
        each.stream().mapToDouble(Result::p95).max().orElse(Double.NaN),
        each.stream().mapToDouble(Result::p99).max().orElse(Double.NaN),
        each.stream().mapToLong(Result::requests).sum(),
        each.stream().mapToLong(Result::errors).sum(),
        s.rate() > 0 ? each.stream().mapToLong(Result::lateSends).sum() : -1,
        Double.NaN,
        Double.NaN);
  }

  private static Result wrk(String base, Scenario s, String duration)
      throws IOException, InterruptedException {
    return wrk(base, s, duration, 2);
  }

  private static Result wrk(String base, Scenario s, String duration, int threads)
      throws IOException, InterruptedException {
    List<String> cmd =
        new ArrayList<>(
            List.of(
                "wrk",
                "-t" + threads,
                "-c" + s.connections(),
                "-d" + duration,
                "--timeout",
                "5s",
                "--latency"));
    cmd.addAll(List.of("-s", s.script() != null ? s.script() : "bench/percentiles.lua"));
    if (s.header() != null) {
      cmd.addAll(List.of("-H", s.header()));
    }
    cmd.add(base + s.path());
    if (s.rate() > 0) {
      cmd.addAll(List.of("--", String.valueOf(s.rate() / (double) threads))); // per wrk thread
    }
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!p.waitFor(5, TimeUnit.MINUTES) || p.exitValue() != 0) {
      throw new IllegalStateException("wrk failed: " + out);
    }
    return new Result(
        s,
        number(RPS, out),
        latency(out, "50%"),
        number(P95, out),
        latency(out, "99%"),
        (long) number(REQUESTS, out),
        (long) number(NON_2XX, out),
        s.rate() > 0 ? (long) number(LATE, out) : -1,
        Double.NaN,
        Double.NaN);
  }

  private static double number(Pattern p, String out) {
    Matcher m = p.matcher(out);
    return m.find() ? Double.parseDouble(m.group(1)) : 0;
  }

  /** A latency percentile line of wrk --latency, in milliseconds. */
  private static double latency(String out, String percentile) {
    Matcher m =
        Pattern.compile("\\s" + Pattern.quote(percentile) + "\\s+([0-9.]+)(us|ms|s)").matcher(out);
    if (!m.find()) {
      return Double.NaN;
    }
    double v = Double.parseDouble(m.group(1));
    return switch (m.group(2)) {
      case "us" -> v / 1000;
      case "s" -> v * 1000;
      default -> v;
    };
  }

  private static long rssKb(long pid) throws IOException {
    for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
      if (line.startsWith("VmRSS:")) {
        return Long.parseLong(line.replaceAll("[^0-9]", ""));
      }
    }
    return -1;
  }

  /** Writes the daily statistics snapshots of the generated history, as the server would. */
  private static double catchUpSnapshots(String base) throws IOException, InterruptedException {
    long t0 = System.nanoTime();
    java.net.http.HttpResponse<String> r =
        java.net.http.HttpClient.newHttpClient()
            .send(
                java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(base + "/api/v1/stats/snapshots/run"))
                    .header("Authorization", "Bearer " + BenchData.ADMIN_TOKEN)
                    .timeout(java.time.Duration.ofMinutes(30))
                    .POST(java.net.http.HttpRequest.BodyPublishers.noBody())
                    .build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
    double seconds = (System.nanoTime() - t0) / 1e9;
    if (r.statusCode() != 200) {
      throw new IllegalStateException("snapshot catch-up failed: " + r.statusCode() + r.body());
    }
    System.out.printf(
        "[bench] statistics snapshots of %d days written in %.0f s%n",
        BenchData.HISTORY_DAYS, seconds);
    return seconds;
  }

  private static String report(
      List<Result> results, double generation, double snapshots, long rssKb, String duration) {
    StringBuilder r = new StringBuilder();
    r.append("## Kyodo benchmark ").append(LocalDateTime.now().withNano(0)).append("\n\n");
    r.append(
        String.format(
            "Data: %,d participants, %,d topics (%d hot × %,d comments), %,d comments, %,d reactions;"
                + " generated in %.0f s.%n",
            BenchData.PARTICIPANTS,
            BenchData.TOPICS,
            BenchData.HOT_TOPICS,
            BenchData.HOT_COMMENTS,
            BenchData.COMMENTS,
            BenchData.REACTIONS,
            generation));
    if (!Double.isNaN(snapshots)) {
      r.append(
          String.format(
              "Statistics: daily snapshots of the %d-day history caught up in %.0f s.%n",
              BenchData.HISTORY_DAYS, snapshots));
    }
    r.append("Load: wrk, 2 threads, 32 connections unless the scenario says otherwise, ")
        .append(duration)
        .append(
            " per scenario, after a warm-up of every scenario (20 s; posting "
                + System.getenv().getOrDefault("KYODO_BENCH_POST_WARMUP", "480s")
                + ") and a wait for the JIT compilers to go quiet; "
                + System.getenv().getOrDefault("KYODO_BENCH_HTTP_THREADS", "8")
                + " request threads; server and PostgreSQL on the same 2 cores.\n\n");
    // the yardstick of the run: the same machine's static file, in the same run
    double staticRps =
        results.stream()
            .filter(x -> x.scenario().name().startsWith("baseline: a static file"))
            .mapToDouble(Result::rps)
            .findFirst()
            .orElse(Double.NaN);
    r.append(
        "| scenario | req/s | % of static | p50 ms | p95 ms | p99 ms | requests | non-2xx"
            + " | late sends | CPU ms/request Payara | CPU ms/request PostgreSQL | target |\n");
    r.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|\n");
    for (Result x : results) {
      r.append(
          String.format(
              "| %s | %.0f | %s | %.1f | %.1f | %.1f | %,d | %,d | %s | %.2f | %.2f | %s |%n",
              x.scenario().name(),
              x.rps(),
              Double.isNaN(staticRps) ? "—" : String.format("%.1f %%", 100 * x.rps() / staticRps),
              x.p50(),
              x.p95(),
              x.p99(),
              x.requests(),
              x.errors(),
              x.lateSends() < 0 ? "—" : String.format("%,d", x.lateSends()),
              x.serverCpuMs(),
              x.databaseCpuMs(),
              x.scenario().target()));
    }
    r.append(String.format("%nPayara resident memory after the run: %,d MB%n", rssKb / 1024));
    return r.toString();
  }

  private static void deleteRecursively(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (var paths = Files.walk(dir)) {
      paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }
}
