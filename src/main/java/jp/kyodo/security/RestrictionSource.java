package jp.kyodo.security;

import java.util.Optional;

/** The sanction, if any, that currently stops a participant from writing. */
public interface RestrictionSource {
  Optional<Actor.Restriction> activeRestriction(long participantId);
}
