package jp.kyodo.comment;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;
import jp.kyodo.platform.MicroCache;
import jp.kyodo.platform.QueryParams;
import jp.kyodo.platform.ThreadChanges;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Thread pages as anonymous readers see them, serialised once, in a {@link MicroCache} (fresh for a
 * short lifetime and until the topic changes; stale ones served while one request rebuilds; never
 * after text was withdrawn). Signed-in readers always get a fresh page (it carries their own
 * reactions).
 */
@ApplicationScoped
public class ThreadPageCache {
  private static final int MAX_ENTRIES = 5_000;
  private static final Jsonb JSONB = JsonbBuilder.create();

  @Inject
  @ConfigProperty(name = "kyodo.cache.thread-page-ttl", defaultValue = "PT2S")
  Duration ttl;

  @Inject ThreadChanges changes;

  private MicroCache<Key, byte[]> pages;

  /** Which page: topic, sort, cursor and page size exactly as asked. */
  public record Key(long topicId, String sort, String cursor, Integer limit) {
    /** From the query parameters as given; a malformed limit is the caller's 400. */
    public static Key of(long topicId, String sort, String cursor, String limit) {
      return new Key(topicId, sort, cursor, QueryParams.optionalInt("limit", limit));
    }
  }

  @PostConstruct
  void init() {
    pages = new MicroCache<>(changes, Key::topicId, ttl, MAX_ENTRIES);
  }

  /**
   * The page if it may be served without a database read: fresh, or stale while another request
   * rebuilds it. Never starts a rebuild (that is {@link #page}'s).
   */
  public Optional<byte[]> servable(Key key) {
    return pages.servable(key);
  }

  public byte[] page(Key key, Supplier<ThreadService.ThreadPage> load) {
    Optional<byte[]> cached = pages.serveOrClaim(key);
    if (cached.isPresent()) {
      return cached.get();
    }
    long readAt = MicroCache.start();
    try {
      byte[] json = JSONB.toJson(load.get()).getBytes(StandardCharsets.UTF_8);
      pages.put(key, json, readAt);
      return json;
    } catch (RuntimeException e) {
      pages.abandon(key);
      throw e;
    }
  }
}
