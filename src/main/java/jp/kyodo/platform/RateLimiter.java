package jp.kyodo.platform;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.local.LocalBucketBuilder;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.List;

/**
 * Token buckets per limit and key (a participant, a client address), kept in memory on this server:
 * limits protect the forum from floods, they are not an accounting record. Buckets nobody used for
 * a day are forgotten.
 */
@ApplicationScoped
public class RateLimiter {
  /** A limit: at most {@code capacity} actions per {@code period}; capacity 0 switches it off. */
  public record Window(long capacity, Duration period) {}

  private final Cache<String, Bucket> buckets =
      Caffeine.newBuilder().expireAfterAccess(Duration.ofDays(1)).maximumSize(500_000).build();

  /** Takes one action from every window of the named limit for the key, or throws 429. */
  public void acquire(String limit, String key, String messageKey, List<Window> windows) {
    List<Window> active = windows.stream().filter(w -> w.capacity() > 0).toList();
    if (active.isEmpty()) {
      return;
    }
    Bucket bucket = buckets.get(limit + ":" + key, k -> newBucket(active));
    ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
    if (!probe.isConsumed()) {
      Duration wait = Duration.ofNanos(probe.getNanosToWaitForRefill()).plusSeconds(1);
      throw new TooManyRequestsException("rate_limited", messageKey, wait);
    }
  }

  private static Bucket newBucket(List<Window> windows) {
    LocalBucketBuilder builder = Bucket.builder();
    for (Window w : windows) {
      builder.addLimit(
          Bandwidth.builder()
              .capacity(w.capacity())
              .refillIntervally(w.capacity(), w.period())
              .build());
    }
    return builder.build();
  }
}
