package jp.kyodo.dev;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import io.zonky.test.db.postgres.util.LinuxUtils;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * The embedded PostgreSQL (zonky) of {@code ./kyodo run}, the benchmark and the integration tests,
 * in one of two modes:
 *
 * <ul>
 *   <li>{@link Mode#DURABLE} for data that is kept ({@code .devdb/}, the benchmark's data set):
 *       fsync, synchronous_commit and full_page_writes on, as PostgreSQL ships — an acknowledged
 *       comment survives a power loss;
 *   <li>{@link Mode#THROW_AWAY} for the tests' database, deleted when it stops: all three off,
 *       which is fast and loses nothing that matters.
 * </ul>
 *
 * The library starts PostgreSQL with {@code -F} (fsync off) whatever it is told; the durable mode
 * turns it back on with {@code -c fsync=on}, which PostgreSQL applies after {@code -F}. The
 * library's own shutdown hook is not registered: {@link KyodoStack} stops Payara first.
 */
public final class EmbeddedDatabase implements AutoCloseable {
  /** How PostgreSQL treats its writes. */
  public enum Mode {
    DURABLE(Map.of("fsync", "on", "synchronous_commit", "on", "full_page_writes", "on")),
    THROW_AWAY(Map.of("fsync", "off", "synchronous_commit", "off", "full_page_writes", "off"));

    private final Map<String, String> settings;

    Mode(Map<String, String> settings) {
      this.settings = settings;
    }

    /** The server settings this mode sets, e.g. fsync=on. */
    public Map<String, String> settings() {
      return settings;
    }
  }

  private static final Pattern QUOTED = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");

  private final EmbeddedPostgres postgres;
  private final Mode mode;
  private final Path dataDirectory;

  private EmbeddedDatabase(EmbeddedPostgres postgres, Mode mode, Path dataDirectory) {
    this.postgres = postgres;
    this.mode = mode;
    this.dataDirectory = dataDirectory;
  }

  /**
   * Starts PostgreSQL on a free port: durable with its data kept in {@code dataDir}, or throw-away
   * (deleted at {@link #close()}) when {@code dataDir} is null.
   */
  public static EmbeddedDatabase start(Path dataDir) throws IOException {
    Path binaries =
        Path.of(System.getProperty("kyodo.pg.bin.dir", "target/embedded-pg-bin")).toAbsolutePath();
    Mode mode = dataDir == null ? Mode.THROW_AWAY : Mode.DURABLE;
    Path data =
        dataDir != null
            ? dataDir.toAbsolutePath()
            : binaries
                .getParent()
                .resolve("embedded-pg-data")
                .resolve(UUID.randomUUID().toString());
    Files.createDirectories(data);
    EmbeddedPostgres.Builder builder =
        EmbeddedPostgres.builder()
            .setOverrideWorkingDirectory(binaries.toFile())
            .setPGStartupWait(Duration.ofSeconds(60))
            .setPort(KyodoStack.freePort())
            .setDataDirectory(data)
            .setCleanDataDirectory(mode == Mode.THROW_AWAY)
            .setRegisterShutdownHook(false);
    mode.settings().forEach(builder::setServerConfig);
    return new EmbeddedDatabase(builder.start(), mode, data);
  }

  public Mode mode() {
    return mode;
  }

  public int port() {
    return postgres.getPort();
  }

  public Path dataDirectory() {
    return dataDirectory;
  }

  /** The maintenance database "postgres", for creating the application's database. */
  public DataSource postgresDatabase() {
    return postgres.getPostgresDatabase();
  }

  /** Stops PostgreSQL (fast shutdown: sessions are ended), keeping its data: a database outage. */
  public void stop() throws IOException, InterruptedException {
    pgCtl(List.of("stop", "-m", "fast", "-w", "-t", "30"));
  }

  /** Starts PostgreSQL again after {@link #stop()}, on the same port with the same settings. */
  public void startAgain() throws IOException, InterruptedException {
    List<String> args = new ArrayList<>(List.of("start", "-w", "-t", "60"));
    args.addAll(List.of("-l", dataDirectory.resolve("restarted.log").toString()));
    args.addAll(List.of("-o", String.join(" ", serverOptions())));
    pgCtl(args);
  }

  /** The options PostgreSQL was started with (postmaster.opts), less the data directory. */
  private List<String> serverOptions() throws IOException {
    String line =
        Files.readString(dataDirectory.resolve("postmaster.opts"), StandardCharsets.UTF_8);
    List<String> options = new ArrayList<>();
    Matcher m = QUOTED.matcher(line);
    while (m.find()) {
      options.add(m.group(1));
    }
    int d = options.indexOf("-D");
    if (d >= 0) {
      options.subList(d, Math.min(d + 2, options.size())).clear(); // pg_ctl passes -D itself
    }
    return options;
  }

  private Path pgCtl() throws IOException {
    String line =
        Files.readString(dataDirectory.resolve("postmaster.opts"), StandardCharsets.UTF_8);
    String postgresBinary = line.strip().split("\\s+", 2)[0];
    return Path.of(postgresBinary).resolveSibling("pg_ctl");
  }

  private void pgCtl(List<String> args) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>();
    if (LinuxUtils.isUnshareAvailable()) {
      cmd.addAll(List.of("unshare", "-U")); // as the library does: PostgreSQL refuses root
    }
    cmd.add(pgCtl().toString());
    cmd.addAll(List.of("-D", dataDirectory.toString()));
    cmd.addAll(args);
    File out = dataDirectory.resolve("pg_ctl.out").toFile();
    Process p =
        new ProcessBuilder(cmd)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(out))
            .start();
    if (!p.waitFor(90, TimeUnit.SECONDS) || p.exitValue() != 0) {
      p.destroyForcibly();
      throw new IOException("pg_ctl " + args.get(0) + " failed; see " + out);
    }
  }

  /** Stops PostgreSQL; a throw-away database's data directory is deleted. */
  @Override
  public void close() throws IOException {
    postgres.close();
  }
}
