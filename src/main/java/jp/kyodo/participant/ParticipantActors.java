package jp.kyodo.participant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import jp.kyodo.security.Actor;
import jp.kyodo.security.ActorSource;
import jp.kyodo.security.RestrictionSource;
import jp.kyodo.security.Role;

/**
 * Accounts that may act: confirmed and not withdrawn ({@link Participant#isRegistrant()}). Runs on
 * every actor-cache miss, i.e. on a participant's first request in a while, so it reads the name
 * and roles in one statement without building the entity.
 */
@ApplicationScoped
public class ParticipantActors implements ActorSource {
  @PersistenceContext(unitName = "kyodo")
  EntityManager em;

  @Inject RestrictionSource restrictions;

  @Override
  public Optional<Actor> activeActor(long participantId) {
    List<?> rows =
        em.createNativeQuery(
                "select p.display_name,"
                    + " array_to_string(array(select r.role from participant_role r"
                    + " where r.participant_id = p.id), ',')"
                    + " from participant p where p.id = ?1 and "
                    + Participant.REGISTRANT_CONDITION)
            .setParameter(1, participantId)
            .getResultList();
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    Object[] row = (Object[]) rows.get(0);
    return Optional.of(
        new Actor(
            participantId,
            (String) row[0],
            roles((String) row[1]),
            restrictions.activeRestriction(participantId).orElse(null)));
  }

  private static Set<Role> roles(String codes) {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    Arrays.stream(codes.split(","))
        .map(Role::fromCode)
        .flatMap(Optional::stream)
        .forEach(roles::add);
    return roles;
  }
}
