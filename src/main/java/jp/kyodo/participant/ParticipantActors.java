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
import jp.kyodo.document.Acceptances;
import jp.kyodo.document.PolicyDocuments;
import jp.kyodo.security.Actor;
import jp.kyodo.security.ActorSource;
import jp.kyodo.security.RestrictionSource;
import jp.kyodo.security.Role;
import jp.kyodo.security.TokenState;

/**
 * Accounts that may act: confirmed and not withdrawn ({@link Participant#isRegistrant()}). Runs on
 * every actor-cache miss, i.e. on a participant's first request in a while, so it reads the name,
 * roles and accepted document versions in one statement without building the entity (for the API,
 * together with the token); which versions in force still wait for acceptance is decided from those
 * and {@link PolicyDocuments}.
 */
@ApplicationScoped
public class ParticipantActors implements ActorSource {
  @PersistenceContext(unitName = "kyodo")
  EntityManager em;

  @Inject RestrictionSource restrictions;
  @Inject PolicyDocuments documents;

  /**
   * Display name, roles (comma-separated codes) and accepted document versions (comma-separated
   * kind=version) of the participant row aliased {@code p}.
   */
  private static final String ACTOR_COLUMNS =
      "p.display_name, array_to_string(array(select r.role from participant_role r"
          + " where r.participant_id = p.id), ','),"
          + " array_to_string(array(select distinct c.document_kind || '=' || c.document_version"
          + " from consent c where c.participant_id = p.id), ',')";

  @Override
  public Optional<Actor> activeActor(long participantId) {
    List<?> rows =
        em.createNativeQuery(
                "select p.id, "
                    + ACTOR_COLUMNS
                    + " from participant p where p.id = ?1 and "
                    + Participant.REGISTRANT_CONDITION)
            .setParameter(1, participantId)
            .getResultList();
    return rows.stream().findFirst().map(row -> actor((Object[]) row, 0));
  }

  @Override
  public Optional<TokenActor> tokenActor(String tokenHash) {
    List<?> rows =
        em.createNativeQuery(
                "select "
                    + TokenState.COLUMNS
                    + ", p.id, "
                    + ACTOR_COLUMNS
                    + " from api_token t join participant p on p.id = t.participant_id and "
                    + Participant.REGISTRANT_CONDITION
                    + " where t.token_hash = ?1")
            .setParameter(1, tokenHash)
            .getResultList();
    return rows.stream()
        .findFirst()
        .map(Object[].class::cast)
        .map(row -> new TokenActor(TokenState.of(row, 0), actor(row, TokenState.COLUMN_COUNT)));
  }

  /** The actor from a row whose columns from {@code from} on are the id and ACTOR_COLUMNS. */
  private Actor actor(Object[] row, int from) {
    long id = ((Number) row[from]).longValue();
    return new Actor(
        id,
        (String) row[from + 1],
        roles((String) row[from + 2]),
        restrictions.activeRestriction(id).orElse(null),
        documents.dueFor(accepted((String) row[from + 3])));
  }

  private static List<Acceptances.Accepted> accepted(String pairs) {
    return Arrays.stream(pairs.split(","))
        .filter(p -> p.contains("="))
        .map(
            p ->
                new Acceptances.Accepted(
                    p.substring(0, p.indexOf('=')), p.substring(p.indexOf('=') + 1)))
        .toList();
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
