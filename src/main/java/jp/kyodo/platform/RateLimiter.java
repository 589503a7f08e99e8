package jp.kyodo.platform;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.hazelcast.config.MapConfig;
import com.hazelcast.core.HazelcastInstance;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.grid.hazelcast.Bucket4jHazelcast;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Token buckets per limit and key (a participant, a client address): limits protect the forum from
 * floods, they are not an accounting record. Buckets nobody used for a day are forgotten.
 *
 * <p>Alone, a node keeps them in memory. In a cluster they live in the data grid (Bucket4j's
 * Hazelcast back end, compare-and-swap on a map of plain bytes: no class of ours has to be known to
 * the grid's members), so that a limit of N a minute allows N across all nodes together, not N per
 * node; a node's failure loses nothing the grid keeps a backup of. PostgreSQL would have been the
 * other choice (Bucket4j has a back end for it): one more write on every post, in the database the
 * whole platform waits on.
 */
@ApplicationScoped
public class RateLimiter {
  /** A limit: at most {@code capacity} actions per {@code period}; capacity 0 switches it off. */
  public record Window(long capacity, Duration period) {}

  static final String GRID_MAP = "kyodo.rate-limits";
  private static final Logger LOG = Logger.getLogger(RateLimiter.class.getName());

  @Inject DataGrid grid;

  private final Cache<String, Bucket> buckets =
      Caffeine.newBuilder().expireAfterAccess(Duration.ofDays(1)).maximumSize(500_000).build();

  private volatile ProxyManager<String> shared;

  /** Takes one action from every window of the named limit for the key, or throws 429. */
  public void acquire(String limit, String key, String messageKey, List<Window> windows) {
    List<Window> active = windows.stream().filter(w -> w.capacity() > 0).toList();
    if (active.isEmpty()) {
      return;
    }
    String id = limit + ":" + key;
    ConsumptionProbe probe = null;
    if (grid.members() > 1) {
      try {
        probe =
            shared()
                .builder()
                .build(id, () -> configuration(active))
                .tryConsumeAndReturnRemaining(1);
      } catch (RuntimeException gridTrouble) {
        // a member leaving mid-operation: this node counts alone meanwhile, never a 5xx
        LOG.log(Level.WARNING, "rate limit " + limit + " counted on this node only", gridTrouble);
      }
    }
    if (probe == null) {
      probe = buckets.get(id, k -> local(active)).tryConsumeAndReturnRemaining(1);
    }
    if (!probe.isConsumed()) {
      Duration wait = Duration.ofNanos(probe.getNanosToWaitForRefill()).plusSeconds(1);
      throw new TooManyRequestsException("rate_limited", messageKey, wait);
    }
  }

  private ProxyManager<String> shared() {
    ProxyManager<String> manager = shared;
    if (manager == null) {
      synchronized (this) {
        if (shared == null) {
          HazelcastInstance hz = grid.instance().orElseThrow();
          // forgotten after a day unused, as in memory (a map configured before its first use)
          hz.getConfig()
              .addMapConfig(
                  new MapConfig(GRID_MAP).setMaxIdleSeconds((int) Duration.ofDays(1).toSeconds()));
          shared = Bucket4jHazelcast.<String>casBasedBuilder(hz.getMap(GRID_MAP)).build();
        }
        manager = shared;
      }
    }
    return manager;
  }

  private static Bucket local(List<Window> windows) {
    var builder = Bucket.builder();
    for (Bandwidth b : bandwidths(windows)) {
      builder.addLimit(b);
    }
    return builder.build();
  }

  private static BucketConfiguration configuration(List<Window> windows) {
    var builder = BucketConfiguration.builder();
    for (Bandwidth b : bandwidths(windows)) {
      builder.addLimit(b);
    }
    return builder.build();
  }

  private static List<Bandwidth> bandwidths(List<Window> windows) {
    return windows.stream()
        .map(
            w ->
                Bandwidth.builder()
                    .capacity(w.capacity())
                    .refillIntervally(w.capacity(), w.period())
                    .build())
        .toList();
  }
}
