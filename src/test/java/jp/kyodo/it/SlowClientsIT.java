package jp.kyodo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Slowloris: clients that send their request headers a byte at a time. The server closes each such
 * connection once its headers are 10 s late, and beyond its connection ceiling (300 on the test
 * server) closes the slowest to make room, so that /health/ready keeps answering meanwhile.
 */
@ExtendWith(KyodoServer.class)
class SlowClientsIT {
  private static final int SLOW_CLIENTS = KyodoServer.MAX_CONNECTIONS + 100;
  private static final Duration HEADER_TIMEOUT = Duration.ofSeconds(10);

  @Test
  void slowHeadersAreCutOffAndHealthKeepsAnswering() throws Exception {
    URI base = URI.create(KyodoServer.baseUrl());
    InetSocketAddress server = new InetSocketAddress(base.getHost(), base.getPort());
    Map<SocketChannel, Long> openedAt = new HashMap<>();
    Map<SocketChannel, Long> closedAt = new HashMap<>();
    List<Duration> healthTimes = new ArrayList<>();
    long start = System.nanoTime();
    try (Selector selector = Selector.open()) {
      for (int i = 0; i < SLOW_CLIENTS; i++) {
        SocketChannel c = SocketChannel.open(server);
        c.write(ascii("GET /health/ready HTTP/1.1\r\nHost: kyodo\r\n"));
        c.configureBlocking(false);
        c.register(selector, SelectionKey.OP_READ);
        openedAt.put(c, System.nanoTime());
      }
      long deadline = start + HEADER_TIMEOUT.toNanos() + Duration.ofSeconds(8).toNanos();
      long nextTrickle = System.nanoTime();
      long nextHealth = System.nanoTime();
      while (closedAt.size() < SLOW_CLIENTS && System.nanoTime() < deadline) {
        selector.select(100);
        for (SelectionKey key : selector.selectedKeys()) {
          SocketChannel c = (SocketChannel) key.channel();
          if (closedByServer(c)) {
            closedAt.put(c, System.nanoTime());
            key.cancel();
            c.close();
          }
        }
        selector.selectedKeys().clear();
        if (System.nanoTime() >= nextTrickle) { // one more header byte a second, never the end
          for (SocketChannel c : openedAt.keySet()) {
            if (!closedAt.containsKey(c)) {
              trickle(c);
            }
          }
          nextTrickle += Duration.ofSeconds(1).toNanos();
        }
        if (System.nanoTime() >= nextHealth) {
          healthTimes.add(health(base));
          nextHealth = System.nanoTime() + Duration.ofMillis(500).toNanos();
        }
      }
    } finally {
      for (SocketChannel c : openedAt.keySet()) {
        c.close();
      }
    }

    assertEquals(SLOW_CLIENTS, closedAt.size(), "every slow client was disconnected");
    long early =
        closedAt.entrySet().stream()
            .filter(e -> e.getValue() - openedAt.get(e.getKey()) < secondsNanos(9))
            .count();
    long late =
        closedAt.entrySet().stream()
            .filter(e -> e.getValue() - openedAt.get(e.getKey()) > secondsNanos(16))
            .count();
    System.out.printf(
        "[SlowClientsIT] %d slow clients: %d closed at the ceiling, the rest after the header"
            + " timeout; %d health checks, slowest %s%n",
        SLOW_CLIENTS,
        early,
        healthTimes.size(),
        healthTimes.stream().max(Duration::compareTo).orElseThrow());
    assertTrue(
        early >= SLOW_CLIENTS - KyodoServer.MAX_CONNECTIONS,
        early + " closed early: the ceiling makes room by closing the slowest");
    assertTrue(early < SLOW_CLIENTS, "the others are closed by the header timeout, not at once");
    assertEquals(0, late, "no slow client outlived the header timeout by more than 6 s");
    assertTrue(healthTimes.size() >= 10, "health was asked throughout: " + healthTimes.size());
  }

  private static long secondsNanos(long seconds) {
    return Duration.ofSeconds(seconds).toNanos();
  }

  private static ByteBuffer ascii(String s) {
    return ByteBuffer.wrap(s.getBytes(StandardCharsets.US_ASCII));
  }

  private static void trickle(SocketChannel c) {
    try {
      c.write(ascii("X"));
    } catch (IOException closedMeanwhile) {
      // the read side will tell
    }
  }

  /** True when the server has closed (or reset) the connection; false if it is merely readable. */
  private static boolean closedByServer(SocketChannel c) {
    try {
      ByteBuffer buffer = ByteBuffer.allocate(1024);
      int n = c.read(buffer);
      if (n < 0) {
        return true;
      }
      throw new AssertionError(
          "the server answered a request whose headers never ended: "
              + new String(buffer.array(), 0, n, StandardCharsets.US_ASCII));
    } catch (IOException reset) {
      return true;
    }
  }

  /** /health/ready on a new connection of its own; must answer UP within 2 s. */
  private static Duration health(URI base) throws Exception {
    HttpClient fresh = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    long t0 = System.nanoTime();
    HttpResponse<String> r =
        fresh.send(
            HttpRequest.newBuilder(base.resolve("/health/ready"))
                .timeout(Duration.ofSeconds(2))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    Duration took = Duration.ofNanos(System.nanoTime() - t0);
    assertEquals(200, r.statusCode(), r.body());
    assertTrue(r.body().contains("\"kyodo-database\""), r.body());
    assertTrue(took.compareTo(Duration.ofSeconds(2)) < 0, "health took " + took);
    return took;
  }
}
