package jp.kyodo.dev;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code ./kyodo run}: PostgreSQL (embedded and durable, data in .devdb/, or KYODO_DB_URL) and
 * Payara Micro on http://localhost:8080; with {@code --nodes N}, HAProxy on 8080 in front of N
 * nodes of one cluster on 8081, 8082, … against that one database (docs/operations.md, "Several
 * nodes"). Ctrl-C or SIGTERM stops Payara, then PostgreSQL. If Payara stops by itself (with several
 * nodes: HAProxy), the launcher says so, stops the rest and exits with status 1.
 */
public final class DevServer {
  private DevServer() {}

  /**
   * Writes the demo content when asked and the database holds no participant but administrators.
   */
  private static String demo(KyodoStack stack, String admin, String adminPassword) {
    try (Connection db = database(stack)) {
      if (!DemoContent.isEmpty(db)) {
        return "\n  Demo content skipped: the database already has participants.";
      }
      if (adminPassword == null) {
        return "\n  Demo content needs the administrator's password: set KYODO_ADMIN_PASSWORD.";
      }
      return "\n  "
          + DemoContent.seed(stack.baseUrl(), admin, adminPassword)
          + "\n  Administrator's password: "
          + adminPassword;
    } catch (Exception e) {
      return "\n  Demo content could not be written: " + e.getMessage();
    }
  }

  private static boolean hasAdministrator(KyodoStack stack) {
    try (Connection db = database(stack);
        var st = db.createStatement();
        var rs = st.executeQuery("select 1 from participant_role where role = 'administrator'")) {
      return rs.next();
    } catch (SQLException e) {
      return false; // a new database: the tables come with the first start
    }
  }

  private static Connection database(KyodoStack stack) throws SQLException {
    return DriverManager.getConnection(stack.jdbcUrl(), stack.dbUser(), stack.dbPassword());
  }

  private static List<KyodoStack> all(KyodoStack first, List<KyodoStack> others) {
    List<KyodoStack> nodes = new ArrayList<>(List.of(first));
    nodes.addAll(others);
    return nodes;
  }

  private static String nodesLine(List<KyodoStack> nodes, boolean balanced) {
    StringBuilder b = new StringBuilder();
    if (balanced) {
      b.append("\n  Load balancer:      HAProxy (sticky sessions), target/haproxy.cfg");
    }
    for (KyodoStack node : nodes) {
      b.append(balanced ? "\n  Node:               " : "\n  Same cluster:       ")
          .append(node.baseUrl())
          .append("/");
    }
    return b.toString();
  }

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
    stack.startDatabase(data);
    boolean demo = "true".equalsIgnoreCase(System.getenv("KYODO_DEMO_CONTENT"));
    String adminPassword = System.getenv("KYODO_ADMIN_PASSWORD");
    if (demo && adminPassword == null && !hasAdministrator(stack)) {
      // demo content is written through the API as the administrator, so choose their password
      adminPassword = "demo-admin-" + java.util.UUID.randomUUID().toString().substring(0, 8);
      settings.put("kyodo.admin.password", adminPassword);
    }
    int nodes = Integer.getInteger("kyodo.nodes", 1);
    List<KyodoStack> others = new ArrayList<>();
    LoadBalancer balancer = null;
    if (nodes <= 1) {
      stack.startPayara(war, jar, port, null, settings, jvmArgs);
    } else {
      // one cluster on this machine: data grid ports found free, a name of its own (tcpip
      // discovery on 127.0.0.1, never multicast); nodes after the first log to target/. With
      // HAProxy installed (the kyodo script installs it) it takes the port and the nodes the
      // ones after it; without, the nodes are on the port and the ones after it.
      boolean balanced = LoadBalancer.available();
      int first = balanced ? port + 1 : port;
      if (balanced) {
        settings.put("kyodo.http.client-address-header", "X-Forwarded-For");
      } else {
        System.out.println("  HAProxy is not installed: the nodes are reached one by one.");
      }
      List<Integer> grid = new ArrayList<>();
      List<Integer> httpPorts = new ArrayList<>();
      for (int i = 0; i < nodes; i++) {
        grid.add(KyodoStack.freePort());
        httpPorts.add(first + i);
      }
      String cluster = "kyodo-dev-" + java.util.UUID.randomUUID().toString().substring(0, 8);
      stack.startPayara(
          war, jar, first, null, settings, jvmArgs, KyodoStack.clusterOptions(cluster, grid, 0));
      for (int i = 1; i < nodes; i++) {
        others.add(
            KyodoStack.onDatabaseOf(stack)
                .startPayara(
                    war,
                    jar,
                    first + i,
                    war.getParent().resolve("payara-node-" + (first + i) + ".log").toFile(),
                    settings,
                    jvmArgs,
                    KyodoStack.clusterOptions(cluster, grid, i)));
      }
      if (balanced) {
        balancer = LoadBalancer.start(war.getParent(), port, httpPorts);
      }
    }
    String admin = System.getenv().getOrDefault("KYODO_ADMIN_EMAIL", "admin@kyodo.localhost");
    if (demo) {
      System.out.println(demo(stack, admin, adminPassword));
    }
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
            + nodesLine(balancer != null ? all(stack, others) : others, balancer != null)
            + "\n  Press Ctrl-C to stop.\n");
    if (balancer != null) {
      // the nodes may fail and come back; the launcher lives as long as the load balancer
      int exit = balancer.process().waitFor();
      Thread.sleep(1000); // Ctrl-C reaches HAProxy and this JVM at once; let the hooks begin
      if (stack.isClosing()) {
        return; // Ctrl-C: the stacks' shutdown hooks stop the nodes and PostgreSQL
      }
      System.err.println("\n  HAProxy stopped (exit status " + exit + "); stopping the nodes.\n");
      for (KyodoStack node : others) {
        node.close();
      }
      stack.close(); // the first node, then PostgreSQL
      System.exit(1);
    }
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
