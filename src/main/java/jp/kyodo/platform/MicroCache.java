package jp.kyodo.platform;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.ToLongFunction;

/**
 * A micro-cache of what readers of a topic see (a thread page as JSON, a page as HTML): on a hot
 * topic's deadline day thousands of readers ask for the same page while comments keep arriving.
 *
 * <ul>
 *   <li>An entry is fresh for a short lifetime (bounding staleness across nodes) and until the next
 *       change to its topic ({@link ThreadChanges}).
 *   <li>When it is stale because of its age or something added (a comment, a reaction), one request
 *       rebuilds it and the others meanwhile get the previous copy: without that, every reader
 *       arriving during the rebuild read the database too, and those requests were the benchmark's
 *       p99.
 *   <li>When text was withdrawn (deleted, edited, hidden by a moderator), earlier copies are never
 *       served again: every request builds a fresh one until one is stored.
 * </ul>
 *
 * Entries are held by Caffeine, bounded in number; its admission policy keeps the pages read often
 * when many are read once.
 *
 * @param <K> which copy: it names its topic
 * @param <V> the copy, immutable
 */
public final class MicroCache<K, V> {
  private record Entry<V>(V value, long readAt, long expiresAt, AtomicBoolean rebuilding) {}

  private final Cache<K, Entry<V>> entries;
  private final ThreadChanges changes;
  private final ToLongFunction<K> topicOf;
  private final Duration ttl;

  public MicroCache(
      ThreadChanges changes, ToLongFunction<K> topicOf, Duration ttl, long maximumSize) {
    this.entries = Caffeine.newBuilder().maximumSize(maximumSize).build();
    this.changes = changes;
    this.topicOf = topicOf;
    this.ttl = ttl;
  }

  /** The moment a build begins: pass it to {@link #put}; what changes after it makes it stale. */
  public static long start() {
    return System.nanoTime();
  }

  /**
   * The copy if it may be served without building one: fresh, or stale while another request builds
   * it. Never claims the build.
   */
  public Optional<V> servable(K key) {
    Entry<V> entry = entries.getIfPresent(key);
    if (entry == null) {
      return Optional.empty();
    }
    ThreadChanges.State state = state(key, entry);
    return state == ThreadChanges.State.FRESH
            || (state == ThreadChanges.State.STALE && entry.rebuilding().get())
        ? Optional.of(entry.value())
        : Optional.empty();
  }

  /**
   * The copy to serve, or empty when this caller must build one and then {@link #put} it (or {@link
   * #abandon} the build): there is none, text was withdrawn, or it is stale and no other request is
   * building it (this one now is).
   */
  public Optional<V> serveOrClaim(K key) {
    Entry<V> entry = entries.getIfPresent(key);
    if (entry == null) {
      return Optional.empty();
    }
    ThreadChanges.State state = state(key, entry);
    if (state == ThreadChanges.State.FRESH
        || (state == ThreadChanges.State.STALE && !entry.rebuilding().compareAndSet(false, true))) {
      return Optional.of(entry.value()); // fresh, or stale while another request rebuilds it
    }
    return Optional.empty();
  }

  /**
   * As {@link #serveOrClaim}, for a reader who may have changed the topic themselves since the copy
   * was read ({@code wroteAt}, {@link System#nanoTime}; {@link #WRITING} while a write of theirs is
   * under way): a copy older than their write is not served to them if the topic changed since it
   * was read: this caller builds one.
   */
  public Optional<V> serveOrClaim(K key, Long wroteAt) {
    Entry<V> entry = entries.getIfPresent(key);
    if (entry == null || wroteAt == null) {
      return entry == null ? Optional.empty() : serveOrClaim(key);
    }
    boolean mayMissTheirs =
        (wroteAt == WRITING || wroteAt - entry.readAt() >= 0)
            && changes.changedSince(topicOf.applyAsLong(key), entry.readAt());
    if (!mayMissTheirs) {
      return serveOrClaim(key);
    }
    entry.rebuilding().compareAndSet(false, true);
    return Optional.empty();
  }

  /** A reader's write under way: no copy read before the topic's last change is theirs to see. */
  public static final long WRITING = Long.MAX_VALUE;

  /** Stores a copy whose build began at {@code readAt} ({@link #start}). */
  public void put(K key, V value, long readAt) {
    entries.put(key, new Entry<>(value, readAt, readAt + ttl.toNanos(), new AtomicBoolean()));
  }

  /** A claimed build failed or gave nothing to keep: the next request may try. */
  public void abandon(K key) {
    Entry<V> entry = entries.getIfPresent(key);
    if (entry != null) {
      entry.rebuilding().set(false);
    }
  }

  private ThreadChanges.State state(K key, Entry<V> entry) {
    return changes.state(
        topicOf.applyAsLong(key), entry.readAt(), entry.expiresAt(), System.nanoTime());
  }
}
