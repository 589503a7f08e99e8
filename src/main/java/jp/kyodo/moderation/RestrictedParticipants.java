package jp.kyodo.moderation;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import jp.kyodo.security.AccountChanged;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Who may be under a suspension or ban, kept in memory: an actor is loaded on every actor-cache
 * miss, and reading the sanctions table each time was a tenth of a post's cost for the few
 * participants ever sanctioned. Only those in this set have their sanctions read. It is reloaded
 * after any account change on this node (a sanction issued or lifted fires one) and at least every
 * {@code kyodo.auth.cache-ttl}, the same bound the actor cache gives for changes made on other
 * nodes. A suspension that has ended since the last load only costs its participant the read.
 */
@ApplicationScoped
public class RestrictedParticipants {
  @PersistenceContext(unitName = "kyodo")
  EntityManager em;

  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "kyodo.auth.cache-ttl", defaultValue = "PT30S")
  Duration ttl;

  private record Snapshot(Set<Long> ids, long generation, long loadedAt) {}

  private final AtomicLong generation = new AtomicLong();
  private volatile Snapshot snapshot;

  public boolean mayBeRestricted(long participantId) {
    Snapshot s = snapshot;
    if (s == null
        || s.generation() != generation.get()
        || System.nanoTime() - s.loadedAt() >= ttl.toNanos()) {
      s = load();
    }
    return s.ids().contains(participantId);
  }

  /**
   * The generation is read before the sanctions: a change committed meanwhile makes the next caller
   * load again, so a snapshot older than a change on this node is never used twice.
   */
  private Snapshot load() {
    long gen = generation.get();
    long at = System.nanoTime();
    OffsetDateTime now = OffsetDateTime.now(clock);
    Set<Long> ids =
        em.createQuery("select s from Sanction s where s.liftedAt is null", Sanction.class)
            .getResultStream()
            .filter(s -> s.restrictsAt(now))
            .map(Sanction::participantId)
            .collect(Collectors.toUnmodifiableSet());
    Snapshot loaded = new Snapshot(ids, gen, at);
    snapshot = loaded;
    return loaded;
  }

  /**
   * Before the actor cache's eviction (default priority), so no actor is reloaded from the old set.
   */
  void changed(
      @Observes(during = TransactionPhase.AFTER_SUCCESS) @Priority(Interceptor.Priority.APPLICATION)
          AccountChanged change) {
    generation.incrementAndGet();
  }
}
