package jp.kyodo.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Actors for a few seconds, keyed by how they authenticated (a bearer token's hash, a page
 * session's participant), so that a burst of requests does not repeat the token and account
 * look-ups (they cost more than most endpoints). Every change to an account evicts its entries on
 * this node after commit; the short lifetime bounds how long another node may still accept a
 * revoked token or role.
 */
@ApplicationScoped
public class ActorCache {
  private static final int MAX_ENTRIES = 50_000;

  @Inject
  @ConfigProperty(name = "kyodo.auth.cache-ttl", defaultValue = "PT30S")
  Duration ttl;

  private final ConcurrentHashMap<String, Entry> byKey = new ConcurrentHashMap<>();

  private record Entry(Actor actor, long expiresAt) {}

  public Optional<Actor> get(String key) {
    Entry e = byKey.get(key);
    if (e == null || System.nanoTime() - e.expiresAt() >= 0) {
      return Optional.empty();
    }
    return Optional.of(e.actor());
  }

  public void put(String key, Actor actor) {
    if (ttl.isZero() || ttl.isNegative()) {
      return;
    }
    if (byKey.size() >= MAX_ENTRIES) {
      byKey.clear();
    }
    byKey.put(key, new Entry(actor, System.nanoTime() + ttl.toNanos()));
  }

  void evict(@Observes(during = TransactionPhase.AFTER_SUCCESS) AccountChanged change) {
    byKey.values().removeIf(e -> e.actor().is(change.participantId()));
  }

  void evictAll(@Observes(during = TransactionPhase.AFTER_SUCCESS) EveryAccountChanged change) {
    byKey.clear();
  }
}
