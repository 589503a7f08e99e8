package jp.kyodo.platform.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import jp.kyodo.platform.MicroCache;
import jp.kyodo.platform.ThreadChanges;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Pages as anonymous readers get them, rendered once and served by {@link PageCacheFilter}, under
 * the rule the thread page's JSON keeps ({@link MicroCache}): fresh for a short lifetime and until
 * their topic changes; a stale copy served while one request renders the next; never a copy showing
 * text that was deleted, edited or hidden since.
 */
@ApplicationScoped
public class RenderedPages {
  private static final int MAX_ENTRIES = 2_000;

  @Inject
  @ConfigProperty(name = "kyodo.cache.thread-page-ttl", defaultValue = "PT2S")
  Duration ttl;

  @Inject ThreadChanges changes;

  private MicroCache<Key, RenderedPage> pages;

  /**
   * One rendering: the page and its query exactly as asked, in one language, of one topic, for
   * anonymous readers ({@code readers} empty) or a class of signed-in readers ({@link
   * PageReaders}).
   */
  record Key(long topicId, String path, String query, String language, String readers) {}

  @PostConstruct
  void init() {
    pages = new MicroCache<>(changes, Key::topicId, ttl, MAX_ENTRIES);
  }

  Optional<RenderedPage> serveOrClaim(Key key) {
    return pages.serveOrClaim(key);
  }

  /** For a signed-in reader who may have changed the topic at {@code wroteAt}: see MicroCache. */
  Optional<RenderedPage> serveOrClaim(Key key, Long wroteAt) {
    return pages.serveOrClaim(key, wroteAt);
  }

  void put(Key key, RenderedPage page, long readAt) {
    pages.put(key, page, readAt);
  }

  void abandon(Key key) {
    pages.abandon(key);
  }
}
