package jp.kyodo.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Actors for a few seconds, keyed by how they authenticated (a bearer token's hash, a page
 * session's participant), so that a burst of requests does not repeat the token and account
 * look-ups (they cost more than most endpoints). Held by Caffeine, bounded in number and lifetime.
 * Every change to an account evicts its entries after commit, on this node and — through {@link
 * AccountChangesAcrossNodes} — on the others; the lifetime bounds only what a lost message could
 * leave behind.
 */
@ApplicationScoped
public class ActorCache {
  private static final int MAX_ENTRIES = 50_000;

  @Inject
  @ConfigProperty(name = "kyodo.auth.cache-ttl", defaultValue = "PT30S")
  Duration ttl;

  private Cache<String, Actor> byKey;

  @PostConstruct
  void init() {
    byKey =
        Caffeine.newBuilder()
            .maximumSize(ttl.isZero() || ttl.isNegative() ? 0 : MAX_ENTRIES)
            .expireAfterWrite(ttl.isNegative() ? Duration.ZERO : ttl)
            .build();
  }

  public Optional<Actor> get(String key) {
    return Optional.ofNullable(byKey.getIfPresent(key));
  }

  public void put(String key, Actor actor) {
    if (!ttl.isZero() && !ttl.isNegative()) {
      byKey.put(key, actor);
    }
  }

  void evict(@Observes(during = TransactionPhase.AFTER_SUCCESS) AccountChanged change) {
    byKey.asMap().values().removeIf(actor -> actor.is(change.participantId()));
  }

  void evictAll(@Observes(during = TransactionPhase.AFTER_SUCCESS) EveryAccountChanged change) {
    byKey.invalidateAll();
  }
}
