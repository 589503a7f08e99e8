package jp.kyodo.platform;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class RateLimiterTest {
  private final RateLimiter limiter = alone();

  /** A node without a data grid: buckets in memory. */
  private static RateLimiter alone() {
    RateLimiter limiter = new RateLimiter();
    limiter.grid = new DataGrid();
    return limiter;
  }

  private final List<RateLimiter.Window> threePerMinute =
      List.of(new RateLimiter.Window(3, Duration.ofMinutes(1)));

  @Test
  void refusesBeyondTheWindowPerKeyAndSaysWhenToRetry() {
    for (int i = 0; i < 3; i++) {
      assertDoesNotThrow(() -> limiter.acquire("sign-in", "10.0.0.1", "k", threePerMinute));
    }
    TooManyRequestsException refused =
        assertThrows(
            TooManyRequestsException.class,
            () -> limiter.acquire("sign-in", "10.0.0.1", "k", threePerMinute));
    assertTrue(refused.retryAfter().toSeconds() > 0);
    assertTrue(refused.retryAfter().toSeconds() <= 61);
    assertDoesNotThrow(() -> limiter.acquire("sign-in", "10.0.0.2", "k", threePerMinute));
    assertDoesNotThrow(() -> limiter.acquire("registration", "10.0.0.1", "k", threePerMinute));
  }

  @Test
  void aZeroCapacitySwitchesTheLimitOff() {
    List<RateLimiter.Window> off = List.of(new RateLimiter.Window(0, Duration.ofMinutes(1)));
    for (int i = 0; i < 100; i++) {
      assertDoesNotThrow(() -> limiter.acquire("comment", "1", "k", off));
    }
  }
}
