package jp.kyodo.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class HeaderDeadlinesTest {
  private final AtomicLong clock = new AtomicLong();
  private final List<String> closed = new ArrayList<>();
  private final HeaderDeadlines<String> deadlines =
      new HeaderDeadlines<>(Duration.ofSeconds(10), 3, this::close, clock::get);

  private void close(String connection) {
    closed.add(connection);
    deadlines.closed(connection); // as the server reports it
  }

  private void advance(Duration d) {
    clock.addAndGet(d.toNanos());
  }

  @Test
  void closesAConnectionWhoseHeadersTrickleBeyondTheTimeout() {
    deadlines.bytesReceived("slow");
    for (int i = 0; i < 9; i++) {
      advance(Duration.ofSeconds(1));
      deadlines.bytesReceived("slow"); // a byte a second never completes the headers
      assertEquals(0, deadlines.sweep());
    }
    advance(Duration.ofSeconds(1));
    assertEquals(1, deadlines.sweep());
    assertEquals(List.of("slow"), closed);
    assertEquals(0, deadlines.openConnections());
    assertEquals(1, deadlines.timedOut());
  }

  @Test
  void keepsAConnectionWhoseHeadersArriveAndTimesEachRequestOfAKeptAliveConnection() {
    deadlines.bytesReceived("client");
    advance(Duration.ofSeconds(1));
    deadlines.headerComplete("client");
    advance(Duration.ofSeconds(5));
    deadlines.bytesReceived("client"); // the body
    deadlines.responseStarted("client");
    advance(Duration.ofSeconds(30)); // idle between requests: the server's idle timeout's business
    assertEquals(0, deadlines.sweep());
    deadlines.bytesReceived("client"); // the next request begins
    advance(Duration.ofSeconds(10));
    assertEquals(1, deadlines.sweep(), "the second request's headers are late too");
    assertEquals(List.of("client"), closed);
  }

  @Test
  void beyondTheCeilingClosesTheConnectionWaitingLongestForItsHeaders() {
    deadlines.bytesReceived("oldest-slow");
    advance(Duration.ofSeconds(1));
    deadlines.bytesReceived("busy");
    deadlines.headerComplete("busy");
    advance(Duration.ofSeconds(1));
    deadlines.bytesReceived("newer-slow");
    advance(Duration.ofSeconds(1));
    deadlines.bytesReceived("health-check");
    assertEquals(List.of("oldest-slow"), closed);
    assertEquals(3, deadlines.openConnections());
    assertEquals(1, deadlines.evicted());
  }

  @Test
  void beyondTheCeilingWithNobodyWaitingTheNewcomerIsRefused() {
    for (String c : List.of("a", "b", "c")) {
      deadlines.bytesReceived(c);
      deadlines.headerComplete(c);
    }
    deadlines.bytesReceived("d");
    assertEquals(List.of("d"), closed);
    assertEquals(3, deadlines.openConnections());
    advance(Duration.ofSeconds(60));
    assertEquals(0, deadlines.sweep());
    assertTrue(deadlines.awaitingHeaders() == 0);
  }
}
