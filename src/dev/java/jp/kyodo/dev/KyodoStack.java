package jp.kyodo.dev;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * PostgreSQL (embedded, or the one KYODO_DB_URL names) plus Payara Micro as a child process running
 * the built WAR at the root context. Shared by the development launcher, the benchmark and the
 * integration tests.
 *
 * <p>Stopping (by {@link #close()} or, when the JVM is asked to stop, by this stack's shutdown
 * hook) stops Payara first and PostgreSQL after it, so that no request meets a missing database.
 */
public final class KyodoStack implements AutoCloseable {
  private static final String DATABASE = "kyodo";

  private EmbeddedDatabase postgres;
  private Process payara;
  private String jdbcUrl;
  private String dbUser = "postgres";
  private String dbPassword = "postgres";
  private String baseUrl;
  private final long started = System.nanoTime();
  private final Thread shutdownHook = new Thread(this::stopQuietly, "kyodo-stack-shutdown");
  private volatile boolean closing;
  private boolean closed;

  public KyodoStack() {
    Runtime.getRuntime().addShutdownHook(shutdownHook);
  }

  public static int freePort() {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Uses KYODO_DB_URL when set; otherwise starts an embedded PostgreSQL: durable with its data kept
   * in {@code dataDir}, or a throw-away one (fast, unsafe settings) when {@code dataDir} is null.
   * See {@link EmbeddedDatabase}.
   */
  public KyodoStack startDatabase(Path dataDir) throws IOException {
    String external = System.getenv("KYODO_DB_URL");
    if (external != null && !external.isBlank()) {
      jdbcUrl = external;
      dbUser = System.getenv().getOrDefault("KYODO_DB_USER", "kyodo");
      dbPassword = System.getenv().getOrDefault("KYODO_DB_PASSWORD", "");
      log("Using the PostgreSQL at " + jdbcUrl);
      return this;
    }
    postgres = EmbeddedDatabase.start(dataDir);
    try (Connection c = postgres.postgresDatabase().getConnection();
        Statement st = c.createStatement()) {
      try (var rs =
          st.executeQuery("select 1 from pg_database where datname = '" + DATABASE + "'")) {
        if (!rs.next()) {
          st.execute("create database " + DATABASE + " encoding 'UTF8'");
        }
      }
    } catch (SQLException e) {
      throw new IOException(e);
    }
    jdbcUrl = "jdbc:postgresql://127.0.0.1:" + postgres.port() + "/" + DATABASE;
    log(
        "PostgreSQL ready at "
            + jdbcUrl
            + " ("
            + (postgres.mode() == EmbeddedDatabase.Mode.DURABLE
                ? "durable, data in " + postgres.dataDirectory()
                : "throw-away, fast unsafe settings")
            + ": "
            + postgres.mode().settings()
            + ")");
    return this;
  }

  /** A further node of a cluster on the database {@code first} started (no database to stop). */
  public static KyodoStack onDatabaseOf(KyodoStack first) {
    return new KyodoStack().useDatabase(first.jdbcUrl(), first.dbUser(), first.dbPassword());
  }

  /** Uses a database another stack started: a further node of a cluster (no database to stop). */
  public KyodoStack useDatabase(String url, String user, String password) {
    jdbcUrl = url;
    dbUser = user;
    dbPassword = password;
    return this;
  }

  /**
   * Payara Micro's options for node {@code self} of a cluster on this machine: its data grid on
   * {@code gridPorts[self]} of 127.0.0.1, finding the others at theirs (tcpip discovery: never
   * multicast, other clusters may be listening), under a cluster name of its own.
   */
  public static List<String> clusterOptions(String name, List<Integer> gridPorts, int self) {
    StringBuilder members = new StringBuilder("tcpip:");
    for (int i = 0; i < gridPorts.size(); i++) {
      members.append(i == 0 ? "" : ",").append("127.0.0.1:").append(gridPorts.get(i));
    }
    return List.of(
        "--clustermode",
        members.toString(),
        "--clustername",
        name,
        "--interfaces",
        "127.0.0.1",
        "--startport",
        String.valueOf(gridPorts.get(self)));
  }

  /**
   * Starts Payara Micro with the WAR and blocks until /health/ready reports the database check UP.
   *
   * @param settings MicroProfile Config properties passed as system properties
   */
  public KyodoStack startPayara(
      Path war,
      Path payaraJar,
      int httpPort,
      File logFile,
      Map<String, String> settings,
      String jvmArgs)
      throws IOException, InterruptedException {
    return startPayara(war, payaraJar, httpPort, logFile, settings, jvmArgs, List.of());
  }

  /**
   * As above, with extra Payara Micro options (for example --maxHttpThreads for benchmarks, or
   * {@link #clusterOptions}).
   */
  public KyodoStack startPayara(
      Path war,
      Path payaraJar,
      int httpPort,
      File logFile,
      Map<String, String> settings,
      String jvmArgs,
      List<String> payaraArgs)
      throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    for (String arg : jvmArgs.split("\\s+")) {
      if (!arg.isBlank()) {
        cmd.add(arg);
      }
    }
    Path rootDir = war.getParent().resolve("payara-root-" + httpPort);
    forgetPreviousDeployment(rootDir);
    cmd.add("-Dkyodo.db.url=" + jdbcUrl);
    cmd.add("-Dkyodo.db.user=" + dbUser);
    cmd.add("-Dkyodo.db.password=" + dbPassword);
    settings.forEach((k, v) -> cmd.add("-D" + k + "=" + v));
    cmd.addAll(
        List.of(
            "-jar",
            payaraJar.toString(),
            "--disablephonehome",
            "--port",
            String.valueOf(httpPort),
            "--rootdir",
            rootDir.toString(),
            "--deploy",
            war.toString(),
            "--contextroot",
            "/"));
    if (!payaraArgs.contains("--clustermode")) {
      cmd.add("--nocluster"); // one node unless clusterOptions say otherwise
    }
    cmd.addAll(payaraArgs);
    Path configDir = Path.of(System.getProperty("kyodo.config.dir", "config"));
    Path preboot = configDir.resolve("payara-preboot.asadmin").toAbsolutePath();
    if (Files.exists(preboot)) {
      cmd.addAll(List.of("--prebootcommandfile", preboot.toString()));
    }
    // the pre-boot file keeps the HTTP listener closed; this opens it once the WAR is deployed
    Path postdeploy = configDir.resolve("payara-postdeploy.asadmin").toAbsolutePath();
    if (Files.exists(postdeploy)) {
      cmd.addAll(List.of("--postdeploycommandfile", postdeploy.toString()));
    }
    Path logging = configDir.resolve("logging.properties").toAbsolutePath();
    if (Files.exists(logging)) {
      cmd.addAll(List.of("--logproperties", logging.toString()));
    }
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
    if (logFile == null) {
      pb.inheritIO();
    } else {
      pb.redirectOutput(logFile);
    }
    payara = pb.start();
    baseUrl = "http://127.0.0.1:" + httpPort;
    try {
      awaitReady(Duration.ofSeconds(300), logFile);
    } catch (RuntimeException | InterruptedException e) {
      close(); // a failed start must not leave Payara or PostgreSQL behind
      throw e;
    }
    return this;
  }

  private void awaitReady(Duration timeout, File logFile) throws InterruptedException {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      if (!payara.isAlive()) {
        throw new IllegalStateException("Payara Micro exited with " + payara.exitValue());
      }
      if (deploymentFailed(logFile)) {
        throw new IllegalStateException("Kyodo failed to deploy; see " + logFile);
      }
      try {
        HttpResponse<String> r =
            http.send(
                HttpRequest.newBuilder(URI.create(baseUrl + "/health/ready")).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() == 200 && r.body().contains("kyodo-database")) {
          log("Payara Micro ready at " + baseUrl + " (pid " + payara.pid() + ")");
          return;
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      Thread.sleep(300);
    }
    throw new IllegalStateException("Payara Micro did not become ready in " + timeout);
  }

  /** Payara keeps running when the application fails to deploy; its log says so. */
  private static boolean deploymentFailed(File logFile) {
    if (logFile == null || !logFile.exists()) {
      return false;
    }
    try {
      return Files.readString(logFile.toPath(), StandardCharsets.ISO_8859_1)
          .contains("Exception while loading the app");
    } catch (IOException e) {
      return false;
    }
  }

  public String jdbcUrl() {
    return jdbcUrl;
  }

  public String dbUser() {
    return dbUser;
  }

  public String dbPassword() {
    return dbPassword;
  }

  public String baseUrl() {
    return baseUrl;
  }

  public Process payaraProcess() {
    return payara;
  }

  private void log(String message) {
    System.out.printf("[kyodo +%.1fs] %s%n", (System.nanoTime() - started) / 1e9, message);
  }

  /** The embedded PostgreSQL, for tests that stop and start it; null with KYODO_DB_URL. */
  public EmbeddedDatabase embeddedDatabase() {
    return postgres;
  }

  /** True once stopping has begun (Payara exiting then is expected, not a crash). */
  public boolean isClosing() {
    return closing;
  }

  /**
   * Payara Micro keeps what it deployed in its root directory and, on the next start, loads that
   * copy, reports ready, and only then deploys the WAR it was given again: a window of 404 and 500
   * answers. Its configuration and deployments are forgotten before each start (the pre-boot file
   * sets the configuration every time); the unpacked runtime is kept.
   */
  static void forgetPreviousDeployment(Path rootDir) throws IOException {
    for (String stale :
        List.of("config/domain.xml", "config/domain.xml.bak", "applications", "generated")) {
      deleteRecursively(rootDir.resolve(stale));
    }
  }

  private static void deleteRecursively(Path path) throws IOException {
    if (!Files.exists(path)) {
      return;
    }
    try (Stream<Path> files = Files.walk(path)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  /** Stops Payara Micro, waiting for it to finish, then PostgreSQL. */
  @Override
  public synchronized void close() throws IOException {
    closing = true;
    if (closed) {
      return;
    }
    closed = true;
    try {
      Runtime.getRuntime().removeShutdownHook(shutdownHook);
    } catch (IllegalStateException shuttingDown) {
      // called from the hook itself
    }
    if (payara != null) {
      if (payara.isAlive()) {
        log("Stopping Payara Micro (pid " + payara.pid() + ")");
        payara.destroy();
        try {
          if (!payara.waitFor(60, TimeUnit.SECONDS)) {
            log("Payara Micro did not stop within 60 s; killing it");
            payara.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
          }
        } catch (InterruptedException e) {
          payara.destroyForcibly();
          Thread.currentThread().interrupt();
        }
      }
      log("Payara Micro stopped");
    }
    if (postgres != null) {
      log("Stopping PostgreSQL");
      postgres.close();
      log("PostgreSQL stopped");
    }
  }

  private void stopQuietly() {
    try {
      close();
    } catch (Exception e) {
      e.printStackTrace();
    }
  }
}
