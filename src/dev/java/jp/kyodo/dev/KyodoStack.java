package jp.kyodo.dev;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
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
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * PostgreSQL (embedded, or the one KYODO_DB_URL names) plus Payara Micro as a child process running
 * the built WAR at the root context. Shared by the development launcher and the integration tests.
 */
public final class KyodoStack implements AutoCloseable {
  private static final String DATABASE = "kyodo";

  private EmbeddedPostgres postgres;
  private Process payara;
  private String jdbcUrl;
  private String dbUser = "postgres";
  private String dbPassword = "postgres";
  private String baseUrl;
  private final long started = System.nanoTime();

  public static int freePort() {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Uses KYODO_DB_URL when set; otherwise starts an embedded PostgreSQL, keeping its data in {@code
   * dataDir} when one is given (durable: synchronous_commit on) or a throw-away one.
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
    EmbeddedPostgres.Builder builder =
        EmbeddedPostgres.builder()
            .setOverrideWorkingDirectory(
                new File(System.getProperty("kyodo.pg.bin.dir", "target/embedded-pg-bin"))
                    .getAbsoluteFile())
            .setPGStartupWait(Duration.ofSeconds(60));
    if (dataDir != null) {
      Files.createDirectories(dataDir);
      builder
          .setDataDirectory(dataDir)
          .setCleanDataDirectory(false)
          .setServerConfig("synchronous_commit", "on");
    }
    postgres = builder.start();
    try (Connection c = postgres.getPostgresDatabase().getConnection();
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
    jdbcUrl = "jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/" + DATABASE;
    log("PostgreSQL ready at " + jdbcUrl);
    return this;
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

  /** As above, with extra Payara Micro options (for example --maxHttpThreads for benchmarks). */
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
    cmd.add("-Dkyodo.db.url=" + jdbcUrl);
    cmd.add("-Dkyodo.db.user=" + dbUser);
    cmd.add("-Dkyodo.db.password=" + dbPassword);
    settings.forEach((k, v) -> cmd.add("-D" + k + "=" + v));
    cmd.addAll(
        List.of(
            "-jar", payaraJar.toString(),
            "--nocluster", "--disablephonehome",
            "--port", String.valueOf(httpPort),
            "--rootdir", war.getParent().resolve("payara-root-" + httpPort).toString(),
            "--deploy", war.toString(),
            "--contextroot", "/"));
    cmd.addAll(payaraArgs);
    Path configDir = Path.of(System.getProperty("kyodo.config.dir", "config"));
    Path preboot = configDir.resolve("payara-preboot.asadmin").toAbsolutePath();
    if (Files.exists(preboot)) {
      cmd.addAll(List.of("--prebootcommandfile", preboot.toString()));
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

  @Override
  public void close() throws IOException {
    if (payara != null && payara.isAlive()) {
      payara.destroy();
      try {
        if (!payara.waitFor(30, TimeUnit.SECONDS)) {
          payara.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
      } catch (InterruptedException e) {
        payara.destroyForcibly();
        Thread.currentThread().interrupt();
      }
      log("Payara Micro stopped");
    }
    if (postgres != null) {
      postgres.close();
      log("PostgreSQL stopped");
    }
  }
}
