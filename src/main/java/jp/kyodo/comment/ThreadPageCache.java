package jp.kyodo.comment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import jp.kyodo.platform.QueryParams;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A micro-cache of thread pages as anonymous readers see them, serialised once. On a hot topic's
 * deadline day thousands of readers ask for the same first page while comments keep arriving.
 *
 * <ul>
 *   <li>A page is fresh for a short lifetime (bounding staleness across nodes) and until the next
 *       change to its topic on this node.
 *   <li>When a page is stale because of its age or a new comment or reaction, one request rebuilds
 *       it and the others meanwhile get the previous page: without that, every reader arriving
 *       during the rebuild queried the database too, and those requests were the benchmark's p99.
 *   <li>When text was withdrawn (deleted, edited, hidden by a moderator), earlier pages are never
 *       served again: every request waits for a fresh one.
 * </ul>
 *
 * Signed-in readers always get a fresh page (it carries their own reactions).
 */
@ApplicationScoped
public class ThreadPageCache {
  private static final int MAX_ENTRIES = 5_000;
  private static final Jsonb JSONB = JsonbBuilder.create();

  @Inject
  @ConfigProperty(name = "kyodo.cache.thread-page-ttl", defaultValue = "PT2S")
  Duration ttl;

  private final ConcurrentHashMap<Key, Entry> entries = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<Long, Changes> changes = new ConcurrentHashMap<>();

  /** Which page: topic, sort, cursor and page size exactly as asked. */
  public record Key(long topicId, String sort, String cursor, Integer limit) {
    /** From the query parameters as given; a malformed limit is the caller's 400. */
    public static Key of(long topicId, String sort, String cursor, String limit) {
      return new Key(topicId, sort, cursor, QueryParams.optionalInt("limit", limit));
    }
  }

  /** A serialised page and when (System.nanoTime) the read that built it began. */
  private record Entry(byte[] json, long readAt, long expiresAt, AtomicBoolean rebuilding) {}

  /** When a topic last changed on this node, and when text on it was last withdrawn. */
  private record Changes(long changedAt, boolean anyWithdrawal, long withdrawnAt) {
    boolean staleSince(long readAt) {
      return changedAt - readAt >= 0;
    }

    boolean withdrawnSince(long readAt) {
      return anyWithdrawal && withdrawnAt - readAt >= 0;
    }
  }

  /**
   * The page if it may be served without a database read: fresh, or stale while another request
   * rebuilds it. Never starts a rebuild (that is {@link #page}'s).
   */
  public Optional<byte[]> servable(Key key) {
    Entry entry = entries.get(key);
    if (entry == null) {
      return Optional.empty();
    }
    State state = state(key, entry, System.nanoTime());
    return state == State.FRESH || (state == State.STALE && entry.rebuilding().get())
        ? Optional.of(entry.json())
        : Optional.empty();
  }

  public byte[] page(Key key, Supplier<ThreadService.ThreadPage> load) {
    long now = System.nanoTime();
    Entry entry = entries.get(key);
    if (entry != null) {
      State state = state(key, entry, now);
      if (state == State.FRESH
          || (state == State.STALE && !entry.rebuilding().compareAndSet(false, true))) {
        return entry.json(); // fresh, or stale while another request rebuilds it
      }
    }
    try {
      byte[] json = JSONB.toJson(load.get()).getBytes(StandardCharsets.UTF_8);
      if (entries.size() >= MAX_ENTRIES) {
        entries.clear();
      }
      entries.put(key, new Entry(json, now, now + ttl.toNanos(), new AtomicBoolean()));
      return json;
    } catch (RuntimeException e) {
      if (entry != null) {
        entry.rebuilding().set(false); // let the next request try
      }
      throw e;
    }
  }

  private enum State {
    FRESH,
    STALE,
    WITHDRAWN
  }

  private State state(Key key, Entry entry, long now) {
    Changes c = changes.get(key.topicId());
    if (c != null && c.withdrawnSince(entry.readAt())) {
      return State.WITHDRAWN;
    }
    boolean fresh = now - entry.expiresAt() < 0 && (c == null || !c.staleSince(entry.readAt()));
    return fresh ? State.FRESH : State.STALE;
  }

  void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) ThreadChanged change) {
    long now = System.nanoTime();
    changes.compute(
        change.topicId(),
        (id, c) -> {
          if (change.withdrawsText()) {
            return new Changes(now, true, now);
          }
          return c == null
              ? new Changes(now, false, 0)
              : new Changes(now, c.anyWithdrawal(), c.withdrawnAt());
        });
  }
}
