package jp.kyodo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.kyodo.dev.KyodoStack;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The launcher of {@code ./kyodo run} ({@code DevServer}) as a child process with its own HTTP port
 * and data directory under target/: it deploys once on an existing root and says "running" only
 * when the application is ready, stops Payara before PostgreSQL on SIGTERM, keeps the development
 * database durable, and ends with an error when Payara dies.
 */
class LauncherIT {
  private static final Duration START = Duration.ofMinutes(4);
  private static final String READY = "Kyodo is running";
  private static final Pattern DATABASE =
      Pattern.compile("PostgreSQL ready at (jdbc:postgresql://127\\.0\\.0\\.1:(\\d+)/kyodo)");
  private static final Pattern PAYARA_PID =
      Pattern.compile("Payara Micro ready at .* \\(pid (\\d+)\\)");

  private final Path dir = Path.of("target", "launcher-it", UUID.randomUUID().toString());
  private final List<Launch> launches = new ArrayList<>();
  private final List<Integer> ports = new ArrayList<>();

  /** One run of the launcher, its output in a file. */
  private record Launch(Process process, Path output) {
    String text() {
      try {
        return Files.readString(output, StandardCharsets.UTF_8);
      } catch (IOException e) {
        return "";
      }
    }
  }

  @Test
  void restartOnAnExistingRootDeploysOnceAndAnswersNothingWrongWhileStarting() throws Exception {
    int port = KyodoStack.freePort();
    Path devdb = dir.resolve("devdb");

    Launch first = launch("first", port, devdb);
    awaitOutput(first, READY);
    assertDevelopmentDatabaseIsDurable(first.text());
    stopAndAssertOrder(first);

    List<String> answers = new CopyOnWriteArrayList<>();
    AtomicBoolean polling = new AtomicBoolean(true);
    Thread poller = new Thread(() -> poll(port, polling, answers), "launcher-it-poller");
    Launch second = launch("second", port, devdb);
    poller.start();
    awaitOutput(second, READY);
    answers.add("READY");
    // "running" is printed only once the application answers
    assertEquals(200, get(port, "/api/v1/reference").statusCode());
    HttpResponse<String> health = get(port, "/health/ready");
    assertEquals(200, health.statusCode(), health.body());
    assertTrue(health.body().contains("\"kyodo-database\""), health.body());
    Thread.sleep(1000);
    polling.set(false);
    poller.join(10_000);

    String output = second.text();
    assertEquals(
        1, count(output, "Loading application [kyodo] at [/]"), "deployed once:\n" + output);
    assertEquals(0, count(output, "Loading application kyodo done"), "no stale copy loaded");
    System.out.println("[LauncherIT] answers while restarting: " + summary(answers));
    for (String answer : answers) {
      assertTrue(
          answer.equals("refused")
              || answer.equals("READY")
              || answer.equals("200 application/json")
              || answer.equals("503 application/problem+json"),
          "while starting the server answered " + answer + "; all: " + answers);
    }
    assertTrue(answers.indexOf("READY") < answers.size() - 1, "polled after ready: " + answers);
    stopAndAssertOrder(second);
  }

  @Test
  void whenPayaraDiesTheLauncherSaysSoStopsPostgresAndExitsWithAnError() throws Exception {
    Launch launch = launch("payara-dies", KyodoStack.freePort(), dir.resolve("devdb"));
    awaitOutput(launch, READY);
    String jdbcUrl = match(DATABASE, launch.text(), 1);
    long payaraPid = Long.parseLong(match(PAYARA_PID, launch.text(), 1));

    ProcessHandle.of(payaraPid).ifPresent(ProcessHandle::destroyForcibly);

    assertTrue(launch.process().waitFor(90, TimeUnit.SECONDS), "the launcher ended");
    assertEquals(1, launch.process().exitValue(), launch.text());
    String output = launch.text();
    assertTrue(output.contains("Payara Micro stopped unexpectedly"), output);
    assertTrue(output.contains("PostgreSQL stopped"), output);
    assertThrows(
        SQLException.class,
        () -> DriverManager.getConnection(jdbcUrl, "postgres", "postgres").close(),
        "PostgreSQL is down");
  }

  @AfterEach
  void stopWhatIsLeftAndDeleteTheData() throws Exception {
    boolean allStopped = true;
    for (Launch launch : launches) {
      if (launch.process().isAlive()) {
        launch.process().destroy(); // its shutdown hook stops Payara and PostgreSQL
        if (!launch.process().waitFor(90, TimeUnit.SECONDS)) {
          launch.process().descendants().forEach(ProcessHandle::destroyForcibly);
          launch.process().destroyForcibly();
          allStopped = false;
        }
      }
    }
    if (allStopped) { // the logs stay for reading; the databases and Payara's roots go
      deleteRecursively(dir.resolve("devdb"));
      Path war = Path.of(System.getProperty("kyodo.war", "target/kyodo.war"));
      for (int port : ports) {
        deleteRecursively(war.toAbsolutePath().getParent().resolve("payara-root-" + port));
      }
    }
  }

  private static void deleteRecursively(Path path) throws IOException {
    if (Files.exists(path)) {
      try (var files = Files.walk(path)) {
        for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
  }

  private Launch launch(String name, int port, Path devdb) throws IOException {
    Files.createDirectories(dir);
    ports.add(port);
    Path output = dir.resolve(name + ".log");
    List<String> cmd =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                "-Dkyodo.war=" + System.getProperty("kyodo.war", "target/kyodo.war"),
                "-Dpayara.jar=" + System.getProperty("payara.jar", "target/payara-micro.jar"),
                "-Dkyodo.config.dir=" + System.getProperty("kyodo.config.dir", "config"),
                "-Dkyodo.devdb.dir=" + devdb.toAbsolutePath(),
                "jp.kyodo.dev.DevServer"));
    ProcessBuilder pb =
        new ProcessBuilder(cmd)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(output.toFile()));
    Map<String, String> env = pb.environment();
    env.remove("KYODO_DB_URL");
    env.put("KYODO_HTTP_PORT", String.valueOf(port));
    env.put("KYODO_ADMIN_PASSWORD", "launcher-it-admin-password");
    env.put("KYODO_JVM_ARGS", "-Xmx512m -XX:TieredStopAtLevel=1 -XX:+UseSerialGC");
    Launch launch = new Launch(pb.start(), output);
    launches.add(launch);
    return launch;
  }

  private static void awaitOutput(Launch launch, String text) throws InterruptedException {
    long deadline = System.nanoTime() + START.toNanos();
    while (System.nanoTime() < deadline) {
      if (launch.text().contains(text)) {
        return;
      }
      if (!launch.process().isAlive()) {
        throw new AssertionError("the launcher ended early:\n" + launch.text());
      }
      Thread.sleep(200);
    }
    throw new AssertionError("no \"" + text + "\" within " + START + ":\n" + launch.text());
  }

  /** SIGTERM: Payara stops first, then PostgreSQL, as the output shows. */
  private static void stopAndAssertOrder(Launch launch) throws Exception {
    launch.process().destroy();
    assertTrue(launch.process().waitFor(90, TimeUnit.SECONDS), "stopped within 90 s");
    String output = launch.text();
    int stoppingPayara = output.indexOf("Stopping Payara Micro");
    int payaraStopped = output.indexOf("Payara Micro stopped");
    int stoppingPostgres = output.indexOf("Stopping PostgreSQL");
    int postgresStopped = output.indexOf("PostgreSQL stopped");
    assertTrue(stoppingPayara >= 0, output);
    assertTrue(
        stoppingPayara < payaraStopped
            && payaraStopped < stoppingPostgres
            && stoppingPostgres < postgresStopped,
        "Payara stops before PostgreSQL:\n" + output);
    assertFalse(output.contains("Payara Micro stopped unexpectedly"), output);
  }

  private static void assertDevelopmentDatabaseIsDurable(String output) throws SQLException {
    try (Connection c = DriverManager.getConnection(match(DATABASE, output, 1), "postgres", "");
        Statement st = c.createStatement()) {
      for (String setting : List.of("fsync", "synchronous_commit", "full_page_writes")) {
        try (ResultSet rs = st.executeQuery("show " + setting)) {
          rs.next();
          assertEquals("on", rs.getString(1), setting);
        }
      }
    }
  }

  private static void poll(int port, AtomicBoolean polling, List<String> answers) {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    while (polling.get()) {
      try {
        HttpResponse<String> r =
            http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/reference"))
                    .timeout(Duration.ofSeconds(10))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
        String type = r.headers().firstValue("Content-Type").orElse("").split(";")[0];
        answers.add(r.statusCode() + " " + type);
      } catch (IOException refused) {
        answers.add("refused");
      } catch (InterruptedException e) {
        return;
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  private static HttpResponse<String> get(int port, String path) throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(10))
                .build(),
            HttpResponse.BodyHandlers.ofString());
  }

  private static String match(Pattern pattern, String text, int group) {
    Matcher m = pattern.matcher(text);
    assertTrue(m.find(), "no " + pattern + " in:\n" + text);
    return m.group(group);
  }

  private static int count(String text, String needle) {
    int n = 0;
    for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
      n++;
    }
    return n;
  }

  /** Runs of equal answers: "refused ×40, 200 application/json ×12". */
  private static String summary(List<String> answers) {
    StringBuilder s = new StringBuilder();
    String previous = null;
    int run = 0;
    for (String a : answers) {
      if (a.equals(previous)) {
        run++;
        continue;
      }
      if (previous != null) {
        s.append(previous).append(" ×").append(run).append(", ");
      }
      previous = a;
      run = 1;
    }
    return s.append(previous).append(" ×").append(run).toString();
  }
}
