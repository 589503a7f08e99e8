package jp.kyodo.dev;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * {@code ./kyodo run}: PostgreSQL (embedded and durable, data in .devdb/, or KYODO_DB_URL) and
 * Payara Micro on http://localhost:8080. Ctrl-C or SIGTERM stops Payara, then PostgreSQL. If Payara
 * stops by itself, the launcher says so, stops PostgreSQL and exits with status 1.
 */
public final class DevServer {
  private DevServer() {}

  public static void main(String[] args) throws Exception {
    Path war = Path.of(System.getProperty("kyodo.war", "target/kyodo.war")).toAbsolutePath();
    Path jar =
        Path.of(System.getProperty("payara.jar", "target/payara-micro.jar")).toAbsolutePath();
    Path data = Path.of(System.getProperty("kyodo.devdb.dir", ".devdb")).toAbsolutePath();
    int port = Integer.parseInt(System.getenv().getOrDefault("KYODO_HTTP_PORT", "8080"));
    String jvmArgs =
        System.getenv()
            .getOrDefault("KYODO_JVM_ARGS", "-Xmx1g -XX:TieredStopAtLevel=1 -XX:+UseSerialGC");
    Map<String, String> settings = new HashMap<>();
    settings.putIfAbsent("kyodo.public-url", "http://localhost:" + port);

    KyodoStack stack = new KyodoStack(); // its shutdown hook stops Payara, then PostgreSQL
    stack.startDatabase(data).startPayara(war, jar, port, null, settings, jvmArgs);
    String admin = System.getenv().getOrDefault("KYODO_ADMIN_EMAIL", "admin@kyodo.localhost");
    System.out.println(
        "\n  Kyodo is running:   http://localhost:"
            + port
            + "/"
            + "\n  REST API:           http://localhost:"
            + port
            + "/api/v1/reference"
            + "\n  OpenAPI / health:   http://localhost:"
            + port
            + "/openapi   /health"
            + "\n  Administrator:      "
            + admin
            + "\n                      (password: KYODO_ADMIN_PASSWORD, or the one printed above"
            + " on the first start)"
            + "\n  Outgoing mail:      http://localhost:"
            + port
            + "/admin/outbox.xhtml"
            + "\n  Press Ctrl-C to stop.\n");
    int exit = stack.payaraProcess().waitFor();
    if (!stack.isClosing()) {
      System.err.println(
          "\n  Payara Micro stopped unexpectedly (exit status "
              + exit
              + "); stopping PostgreSQL. See the log above.\n");
      stack.close();
      System.exit(1);
    }
  }
}
