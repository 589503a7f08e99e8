package jp.kyodo.security;

import java.util.Optional;

/** Loads the actor for an account that may still sign in (not withdrawn, e-mail confirmed). */
public interface ActorSource {
  Optional<Actor> activeActor(long participantId);
}
