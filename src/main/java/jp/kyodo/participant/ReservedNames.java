package jp.kyodo.participant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import jp.kyodo.audit.AuditLog;
import jp.kyodo.platform.CleanText;
import jp.kyodo.platform.ConflictException;
import jp.kyodo.platform.InputValidator;
import jp.kyodo.platform.InvalidInputException;
import jp.kyodo.platform.Required;
import jp.kyodo.platform.ResourceNotFoundException;
import jp.kyodo.platform.Text;
import jp.kyodo.security.Actor;
import jp.kyodo.security.CurrentActor;
import jp.kyodo.security.ForumPolicy;

/**
 * The reserved terms of display names (seeded by migration, kept by administrators, audited) and
 * the list the name check reads, held in memory: rebuilt after every committed change and at most a
 * minute after another server changed it.
 */
@ApplicationScoped
public class ReservedNames {
  private static final Duration REFRESH = Duration.ofMinutes(1);

  @PersistenceContext(unitName = "kyodo")
  EntityManager em;

  @Inject CurrentActor currentActor;
  @Inject ForumPolicy policy;
  @Inject InputValidator validator;
  @Inject AuditLog audit;
  @Inject Clock clock;
  @Inject Event<Changed> changed;

  private volatile List<NameRules.Term> terms;
  private volatile Instant loadedAt = Instant.EPOCH;

  /** An administrator adds a term. */
  public record Addition(@Required @CleanText(max = 30) String term) {}

  /** The list changed; observers reload after commit. */
  public record Changed() {}

  public List<NameRules.Term> terms() {
    List<NameRules.Term> loaded = terms;
    if (loaded == null || loadedAt.plus(REFRESH).isBefore(Instant.now())) {
      loaded = reload();
    }
    return loaded;
  }

  void reload(@Observes(during = TransactionPhase.AFTER_SUCCESS) Changed change) {
    reload();
  }

  private List<NameRules.Term> reload() {
    List<NameRules.Term> loaded =
        em.createQuery("select r from ReservedName r", ReservedName.class).getResultList().stream()
            .map(ReservedName::rule)
            .toList();
    terms = loaded;
    loadedAt = Instant.now();
    return loaded;
  }

  @Transactional
  public List<ReservedName.View> list() {
    admin();
    return em
        .createQuery("select r from ReservedName r order by r.id", ReservedName.class)
        .getResultList()
        .stream()
        .map(ReservedName::view)
        .toList();
  }

  @Transactional
  public ReservedName.View add(Addition request) {
    Actor actor = admin();
    validator.check(request);
    String term = Text.normalize(request.term());
    String folded = NameRules.skeleton(term);
    if (folded.isEmpty()) {
      throw InvalidInputException.of("term", "validation.reservedName.empty");
    }
    boolean taken =
        !em.createQuery("select r.id from ReservedName r where r.folded = ?1")
            .setParameter(1, folded)
            .getResultList()
            .isEmpty();
    if (taken) {
      throw new ConflictException("duplicate_reserved_name", "problem.reservedName.duplicate");
    }
    ReservedName r = new ReservedName(term, actor.id(), OffsetDateTime.now(clock));
    em.persist(r);
    em.flush();
    audit.record(actor, "reserved_name.add", "reserved_name", r.id(), null, term);
    changed.fire(new Changed());
    return r.view();
  }

  @Transactional
  public void remove(long id) {
    Actor actor = admin();
    ReservedName r = em.find(ReservedName.class, id);
    if (r == null) {
      throw new ResourceNotFoundException("reserved_name");
    }
    em.remove(r);
    audit.record(actor, "reserved_name.remove", "reserved_name", id, null, r.term());
    changed.fire(new Changed());
  }

  private Actor admin() {
    Actor actor = currentActor.get();
    policy.require(policy.canManageReservedNames(actor), actor);
    return actor;
  }
}
