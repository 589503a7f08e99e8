package jp.kyodo.participant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.kyodo.platform.InvalidInputException;
import jp.kyodo.platform.InvalidInputException.FieldError;
import jp.kyodo.platform.Text;

/**
 * The rules a display name meets when it is chosen (registration) or changed (profile): no reserved
 * term ({@link ReservedNames}, matched as {@link NameRules} says) and no active participant already
 * using it after folding. The partial unique index on {@code display_name_key} settles a race.
 */
@ApplicationScoped
public class DisplayNames {
  static final String UNIQUE_INDEX = "participant_display_name_key_unique";

  @PersistenceContext(unitName = "kyodo")
  EntityManager em;

  @Inject ReservedNames reserved;

  /** Why {@code name} cannot be this participant's new name (null: a new participant), if so. */
  public Optional<FieldError> problem(String name, Long participantId) {
    String n = Text.normalize(name);
    if (n == null || n.isBlank()) {
      return Optional.empty();
    }
    Optional<NameRules.Term> term = NameRules.reservedTermIn(n, reserved.terms());
    if (term.isPresent()) {
      return Optional.of(
          new FieldError(
              "displayName", "validation.displayName.reserved", Map.of("term", term.get().term())));
    }
    List<?> holders =
        em.createNativeQuery(
                "select id from participant where display_name_key = ?1 and withdrawn_at is null"
                    + " and id <> ?2 limit 1")
            .setParameter(1, NameRules.duplicateKey(n))
            .setParameter(2, participantId == null ? -1L : participantId)
            .getResultList();
    return holders.isEmpty() ? Optional.empty() : Optional.of(taken());
  }

  /** Throws the 400 naming {@code displayName} when the name cannot be used. */
  public void require(String name, Long participantId) {
    Optional<FieldError> problem = problem(name, participantId);
    if (problem.isPresent()) {
      throw new InvalidInputException(List.of(problem.get()));
    }
  }

  /** Whether a failed insert or update lost the race for a name to another participant. */
  static boolean lostRaceForName(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t.getMessage() != null && t.getMessage().contains(UNIQUE_INDEX)) {
        return true;
      }
    }
    return false;
  }

  static InvalidInputException nameTaken() {
    return new InvalidInputException(List.of(taken()));
  }

  private static FieldError taken() {
    return new FieldError("displayName", "validation.displayName.taken", Map.of());
  }
}
