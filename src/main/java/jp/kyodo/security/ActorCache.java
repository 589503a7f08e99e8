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
 * Bearer token → actor for a few seconds, so that an API client's burst of requests does not repeat
 * the token and account look-ups (they cost more than most endpoints). Every change to an account
 * evicts its entries on this node after commit; the short lifetime bounds how long another node may
 * still accept a revoked token.
 */
@ApplicationScoped
public class ActorCache {
  private static final int MAX_ENTRIES = 50_000;

  @Inject
  @ConfigProperty(name = "kyodo.auth.cache-ttl", defaultValue = "PT30S")
  Duration ttl;

  private final ConcurrentHashMap<String, Entry> byTokenHash = new ConcurrentHashMap<>();

  private record Entry(Actor actor, long expiresAt) {}

  public Optional<Actor> get(String tokenHash) {
    Entry e = byTokenHash.get(tokenHash);
    if (e == null || System.nanoTime() - e.expiresAt() >= 0) {
      return Optional.empty();
    }
    return Optional.of(e.actor());
  }

  public void put(String tokenHash, Actor actor) {
    if (ttl.isZero() || ttl.isNegative()) {
      return;
    }
    if (byTokenHash.size() >= MAX_ENTRIES) {
      byTokenHash.clear();
    }
    byTokenHash.put(tokenHash, new Entry(actor, System.nanoTime() + ttl.toNanos()));
  }

  void evict(@Observes(during = TransactionPhase.AFTER_SUCCESS) AccountChanged change) {
    byTokenHash.values().removeIf(e -> e.actor().is(change.participantId()));
  }
}
