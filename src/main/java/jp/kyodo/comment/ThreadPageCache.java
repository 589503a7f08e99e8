package jp.kyodo.comment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A micro-cache of thread pages as anonymous readers see them, serialised once. On a hot topic's
 * deadline day thousands of readers ask for the same first page; each change to the thread evicts
 * that topic's pages on this node after commit, and a short lifetime bounds staleness across nodes.
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

  /** Which page: topic, sort, cursor and page size exactly as asked. */
  public record Key(long topicId, String sort, String cursor, Integer limit) {}

  private record Entry(byte[] json, long expiresAt) {}

  public byte[] page(Key key, Supplier<ThreadService.ThreadPage> load) {
    long now = System.nanoTime();
    Entry entry = entries.get(key);
    if (entry != null && now - entry.expiresAt() < 0) {
      return entry.json();
    }
    byte[] json = JSONB.toJson(load.get()).getBytes(StandardCharsets.UTF_8);
    if (entries.size() >= MAX_ENTRIES) {
      entries.clear();
    }
    entries.put(key, new Entry(json, now + ttl.toNanos()));
    return json;
  }

  void evict(@Observes(during = TransactionPhase.AFTER_SUCCESS) ThreadChanged change) {
    entries.keySet().removeIf(k -> k.topicId() == change.topicId());
  }
}
