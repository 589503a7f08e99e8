package jp.kyodo.participant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import jp.kyodo.security.Actor;
import jp.kyodo.security.ActorSource;
import jp.kyodo.security.RestrictionSource;

/** Accounts that may act: confirmed and not withdrawn. */
@ApplicationScoped
public class ParticipantActors implements ActorSource {
  @Inject ParticipantRepository participants;
  @Inject RestrictionSource restrictions;

  @Override
  public Optional<Actor> activeActor(long participantId) {
    return participants
        .find(participantId)
        .filter(Participant::isRegistrant)
        .map(
            p ->
                new Actor(
                    p.id(),
                    p.displayName(),
                    p.roles(),
                    restrictions.activeRestriction(p.id()).orElse(null)));
  }
}
