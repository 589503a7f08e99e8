package jp.kyodo.security;

import java.util.Optional;

/** Loads the actor for an account that may still sign in (not withdrawn, e-mail confirmed). */
public interface ActorSource {
  Optional<Actor> activeActor(long participantId);

  /**
   * The API token with this SHA-256 and the actor it stands for, read together (this runs on every
   * actor-cache miss of the API); empty when the token is unknown or its holder may not act.
   * Whether the token itself is still usable is for the caller to judge from its state.
   */
  Optional<TokenActor> tokenActor(String tokenHash);

  record TokenActor(TokenState token, Actor actor) {}
}
