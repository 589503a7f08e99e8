package jp.kyodo.dev;

import java.io.File;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * HAProxy (Debian's package) in front of the nodes of {@code ./kyodo run --nodes N}, configured as
 * docs/operations.md recommends for production: sticky sessions by a cookie of its own, a node
 * taken out when /health/ready does not say UP with the database, a request whose connection failed
 * sent to another node, the client's address in X-Forwarded-For.
 */
final class LoadBalancer implements AutoCloseable {
  private final Process haproxy;

  private LoadBalancer(Process haproxy) {
    this.haproxy = haproxy;
  }

  /** True when the haproxy command is installed. */
  static boolean available() {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      if (Files.isExecutable(Path.of(dir, "haproxy"))) {
        return true;
      }
    }
    return Files.isExecutable(Path.of("/usr/sbin/haproxy"));
  }

  /** The configuration: {@code port} on 127.0.0.1 in front of the nodes' HTTP ports. */
  static String configuration(int port, List<Integer> nodePorts) {
    StringBuilder c = new StringBuilder();
    c.append(
        """
        # written by ./kyodo run --nodes (src/dev/java/jp/kyodo/dev/LoadBalancer.java)
        global
          log stderr format short local0 notice

        defaults
          mode http
          log global
          option httplog
          option forwardfor
          option redispatch
          retries 2
          timeout connect 2s
          timeout http-request 10s
          timeout client 65s
          timeout server 65s

        frontend kyodo
        """);
    c.append("  bind 127.0.0.1:").append(port).append('\n');
    c.append(
        """
          default_backend kyodo-nodes

        backend kyodo-nodes
          balance roundrobin
          # sticky sessions: a reader stays on the node that holds their session
          cookie KYODO_NODE insert indirect nocache httponly attr "SameSite=Lax"
          # ready = the application deployed and its database answering
          option httpchk GET /health/ready
          http-check expect rstring ^..status...UP.*kyodo-database
        """);
    for (int i = 0; i < nodePorts.size(); i++) {
      String name = "node" + (i + 1);
      c.append("  server ")
          .append(name)
          .append(" 127.0.0.1:")
          .append(nodePorts.get(i))
          .append(" cookie ")
          .append(name)
          .append(" check inter 2s fall 2 rise 2\n");
    }
    return c.toString();
  }

  /** Writes the configuration next to the WAR and starts HAProxy in the foreground. */
  static LoadBalancer start(Path dir, int port, List<Integer> nodePorts)
      throws IOException, InterruptedException {
    Path config = dir.resolve("haproxy.cfg");
    Files.writeString(config, configuration(port, nodePorts), StandardCharsets.UTF_8);
    Process p =
        new ProcessBuilder("haproxy", "-db", "-f", config.toString())
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("haproxy.log").toFile())
            .start();
    LoadBalancer balancer = new LoadBalancer(p);
    Runtime.getRuntime().addShutdownHook(new Thread(p::destroy, "kyodo-haproxy-shutdown"));
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (System.nanoTime() < deadline) {
      if (!p.isAlive()) {
        throw new IllegalStateException(
            "HAProxy stopped at once: " + Files.readString(dir.resolve("haproxy.log")));
      }
      try (Socket s = new Socket()) {
        s.connect(new InetSocketAddress("127.0.0.1", port), 500);
        return balancer;
      } catch (IOException notYet) {
        Thread.sleep(100);
      }
    }
    balancer.close();
    throw new IllegalStateException("HAProxy did not listen on " + port + " within 10 s");
  }

  Process process() {
    return haproxy;
  }

  @Override
  public void close() throws InterruptedException {
    if (haproxy.isAlive()) {
      haproxy.destroy();
      if (!haproxy.waitFor(10, TimeUnit.SECONDS)) {
        haproxy.destroyForcibly();
      }
    }
  }
}
