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
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BinaryOperator;
import java.util.stream.Collectors;
import jp.kyodo.security.AccountChanged;
import jp.kyodo.security.Actor;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The suspensions and bans in force, kept in memory: an actor is loaded on every actor-cache miss,
 * and reading the sanctions table each time was a tenth of a post's cost for the few participants
 * ever sanctioned. Reloaded after any account change on this node (a sanction issued or lifted
 * fires one) and at least every {@code kyodo.auth.cache-ttl}, the same bound the actor cache gives
 * for changes made on other nodes. A suspension that ends between two loads stops counting on time:
 * the policy asks {@link Actor.Restriction#activeAt} when it decides.
 */
@ApplicationScoped
public class RestrictedParticipants {
  /** A ban outranks a suspension; of two suspensions the later end counts. */
  private static final Comparator<Actor.Restriction> STRONGER =
      Comparator.comparing(r -> r.until() == null ? OffsetDateTime.MAX : r.until());

  @PersistenceContext(unitName = "kyodo")
  EntityManager em;

  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "kyodo.auth.cache-ttl", defaultValue = "PT30S")
  Duration ttl;

  private record Snapshot(
      Map<Long, Actor.Restriction> byParticipant, long generation, long loadedAt) {}

  private final AtomicLong generation = new AtomicLong();
  private volatile Snapshot snapshot;

  public Optional<Actor.Restriction> of(long participantId) {
    Snapshot s = snapshot;
    if (s == null
        || s.generation() != generation.get()
        || System.nanoTime() - s.loadedAt() >= ttl.toNanos()) {
      s = load();
    }
    return Optional.ofNullable(s.byParticipant().get(participantId));
  }

  /**
   * The generation is read before the sanctions: a change committed meanwhile makes the next caller
   * load again, so a snapshot older than a change on this node is never used twice.
   */
  private Snapshot load() {
    long gen = generation.get();
    long at = System.nanoTime();
    OffsetDateTime now = OffsetDateTime.now(clock);
    // only the sanctions not lifted (a partial index)
    List<Sanction> unlifted =
        em.createQuery("select s from Sanction s where s.liftedAt is null", Sanction.class)
            .getResultList();
    Snapshot loaded = new Snapshot(inForce(unlifted, now), gen, at);
    snapshot = loaded;
    return loaded;
  }

  /** Each participant's strongest restriction among the sanctions in force at {@code now}. */
  static Map<Long, Actor.Restriction> inForce(List<Sanction> sanctions, OffsetDateTime now) {
    return sanctions.stream()
        .filter(s -> s.restrictsAt(now))
        .collect(
            Collectors.toUnmodifiableMap(
                Sanction::participantId, Sanction::restriction, BinaryOperator.maxBy(STRONGER)));
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
