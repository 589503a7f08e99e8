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
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
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
  static final Duration GRID_WAIT = Duration.ofMillis(500);
  static final Duration ALONE_AFTER_TROUBLE = Duration.ofSeconds(5);
  private static final Logger LOG = Logger.getLogger(RateLimiter.class.getName());

  @Inject DataGrid grid;

  @Resource ManagedExecutorService executor;

  private final Cache<String, Bucket> buckets =
      Caffeine.newBuilder().expireAfterAccess(Duration.ofDays(1)).maximumSize(500_000).build();

  private volatile ProxyManager<String> shared;
  private volatile long troubleUntil = System.nanoTime();

  /** Takes one action from every window of the named limit for the key, or throws 429. */
  public void acquire(String limit, String key, String messageKey, List<Window> windows) {
    List<Window> active = windows.stream().filter(w -> w.capacity() > 0).toList();
    if (active.isEmpty()) {
      return;
    }
    String id = limit + ":" + key;
    ConsumptionProbe probe = grid.members() > 1 ? shared(limit, id, active) : null;
    if (probe == null) {
      probe = buckets.get(id, k -> local(active)).tryConsumeAndReturnRemaining(1);
    }
    if (!probe.isConsumed()) {
      Duration wait = Duration.ofNanos(probe.getNanosToWaitForRefill()).plusSeconds(1);
      throw new TooManyRequestsException("rate_limited", messageKey, wait);
    }
  }

  /**
   * The grid's answer, or null when the grid cannot give it within {@link #GRID_WAIT} (a member
   * dying holds the operations on its partitions until the others notice): the node then counts
   * alone, and for {@link #ALONE_AFTER_TROUBLE} does not ask the grid again, so that a failing
   * member slows a few requests by half a second, never every request by a minute.
   */
  private ConsumptionProbe shared(String limit, String id, List<Window> active) {
    if (System.nanoTime() - troubleUntil < 0) {
      return null;
    }
    try {
      // Bucket4j's compare-and-swap proxy has no asynchronous mode: the call waits on a thread of
      // the application's executor, this request only as long as GRID_WAIT
      ProxyManager<String> manager = shared();
      return CompletableFuture.supplyAsync(
              () ->
                  manager
                      .builder()
                      .build(id, () -> configuration(active))
                      .tryConsumeAndReturnRemaining(1),
              executor)
          .get(GRID_WAIT.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    } catch (ExecutionException | TimeoutException | RuntimeException gridTrouble) {
      troubleUntil = System.nanoTime() + ALONE_AFTER_TROUBLE.toNanos();
      LOG.log(
          Level.WARNING,
          "rate limit "
              + limit
              + " counted on this node only for "
              + ALONE_AFTER_TROUBLE.toSeconds()
              + " s: the data grid did not answer",
          gridTrouble);
      return null;
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
