package jp.kyodo.it;

import java.io.File;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.kyodo.dev.EmbeddedDatabase;
import jp.kyodo.dev.KyodoStack;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts an embedded PostgreSQL and the built WAR on Payara Micro once per test run (free ports,
 * log in target/payara-it.log) and stops both when the run ends.
 */
public class KyodoServer implements BeforeAllCallback {
  public static final String ADMIN_EMAIL = "admin@kyodo.test";
  public static final String ADMIN_PASSWORD = "it-admin-password-2026";

  private static volatile KyodoStack stack;

  public static String baseUrl() {
    return stack.baseUrl();
  }

  /** The test server's search index directory (SearchIT deletes it under the running server). */
  public static Path searchIndexDir() {
    return searchDir;
  }

  private static volatile Path searchDir;

  /** The test server's PostgreSQL, for stopping and starting it under the running server. */
  public static EmbeddedDatabase embeddedDatabase() {
    return stack.embeddedDatabase();
  }

  /** Direct database access, for moving time forward (expiring tokens) and checking storage. */
  public static Connection database() throws SQLException {
    return DriverManager.getConnection(stack.jdbcUrl(), stack.dbUser(), stack.dbPassword());
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    context
        .getRoot()
        .getStore(ExtensionContext.Namespace.GLOBAL)
        .getOrComputeIfAbsent("kyodo-stack", key -> start(), KyodoStack.class);
  }

  /** The per-participant comment limit the test server runs with. */
  public static final int COMMENTS_PER_MINUTE = 150;

  /**
   * The test server's connection ceiling: far above what the suite uses at once, low enough for
   * SlowClientsIT to go beyond it.
   */
  public static final int MAX_CONNECTIONS = 300;

  private static KyodoStack start() {
    try {
      Path war = Path.of(System.getProperty("kyodo.war", "target/kyodo.war")).toAbsolutePath();
      Path jar =
          Path.of(System.getProperty("payara.jar", "target/payara-micro.jar")).toAbsolutePath();
      int port = KyodoStack.freePort();
      searchDir = war.getParent().resolve("search-index-it-" + port);
      KyodoStack s = new KyodoStack();
      s.startDatabase(null)
          .startPayara(
              war,
              jar,
              port,
              new File(war.getParent().toFile(), "payara-it.log"),
              settings(port, searchDir),
              "-Xmx768m -XX:TieredStopAtLevel=1 -XX:+UseSerialGC");
      stack = s;
      return s; // AutoCloseable: JUnit closes it when the root context ends
    } catch (Exception e) {
      throw new IllegalStateException("could not start Kyodo for the integration tests", e);
    }
  }

  /**
   * Another node on the test server's database (ClusterIT), with the test server's settings but
   * {@code extra}, and Payara Micro options ({@link KyodoStack#clusterOptions}); log in
   * target/payara-it-PORT.log. The caller closes it.
   */
  public static KyodoStack startNode(int port, Map<String, String> extra, List<String> options)
      throws Exception {
    Path war = Path.of(System.getProperty("kyodo.war", "target/kyodo.war")).toAbsolutePath();
    Path jar =
        Path.of(System.getProperty("payara.jar", "target/payara-micro.jar")).toAbsolutePath();
    Map<String, String> settings =
        new HashMap<>(settings(port, war.getParent().resolve("search-index-it-" + port)));
    settings.putAll(extra);
    return new KyodoStack()
        .useDatabase(stack.jdbcUrl(), stack.dbUser(), stack.dbPassword())
        .startPayara(
            war,
            jar,
            port,
            new File(war.getParent().toFile(), "payara-it-" + port + ".log"),
            settings,
            "-Xmx512m -XX:TieredStopAtLevel=1 -XX:+UseSerialGC",
            options);
  }

  private static Map<String, String> settings(int port, Path searchDir) {
    // LINE: the Messaging API's stand-in in this JVM, with the channel's test token and secret
    Map<String, String> settings = new HashMap<>(LineStandIn.start());
    settings.putAll(
        Map.ofEntries(
            Map.entry("kyodo.admin.email", ADMIN_EMAIL),
            Map.entry("kyodo.admin.password", ADMIN_PASSWORD),
            // fast hashing keeps the suite quick; production uses 600,000 iterations
            Map.entry("kyodo.password.iterations", "10000"),
            Map.entry("kyodo.public-url", "http://127.0.0.1:" + port),
            // X-Kyodo-Query-Count on every response, for QueryCountIT
            Map.entry("kyodo.diagnostics.query-count", "true"),
            // limits high enough for the suite's own traffic from one address and writer;
            // ModerationApiIT runs into the per-minute comment limit on purpose
            Map.entry("kyodo.limits.comments-per-minute", String.valueOf(COMMENTS_PER_MINUTE)),
            Map.entry("kyodo.limits.comments-per-day", "100000"),
            Map.entry("kyodo.limits.registrations-per-hour", "100000"),
            Map.entry("kyodo.limits.sign-ins-per-10-minutes", "100000"),
            // as behind a TLS-ending proxy: this header, and only this one, says https
            Map.entry("kyodo.http.forwarded-proto-header", "X-Forwarded-Proto"),
            Map.entry("kyodo.http.max-connections", String.valueOf(MAX_CONNECTIONS)),
            // tests send digests through the admin API, for periods of their own; the
            // hourly run would take their notifications into yesterday's digest
            Map.entry("kyodo.digests.scheduled", "false"),
            // tests compute opinion groups through the API; ClusterIT runs the schedule
            Map.entry("kyodo.insight.groups-every", "PT24H"),
            // this node's search index, where SearchIT can delete it
            Map.entry("kyodo.search.dir", searchDir.toString())));
    return settings;
  }
}
