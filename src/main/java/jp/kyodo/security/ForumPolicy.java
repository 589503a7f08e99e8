package jp.kyodo.security;

import jakarta.enterprise.context.ApplicationScoped;
import jp.kyodo.platform.AccessDeniedException;
import jp.kyodo.platform.AuthenticationRequiredException;

/**
 * The one permission policy: a plain method per rule, deny by default. Services ask it before
 * acting; pages ask it to show or hide controls.
 */
@ApplicationScoped
public class ForumPolicy {

  public boolean canViewAccount(Actor actor, long participantId) {
    return actor.is(participantId) || actor.has(Role.ADMINISTRATOR);
  }

  public boolean canEditAccount(Actor actor, long participantId) {
    return actor.is(participantId);
  }

  public boolean canManageRoles(Actor actor) {
    return actor.has(Role.ADMINISTRATOR);
  }

  public boolean canListParticipants(Actor actor) {
    return actor.has(Role.ADMINISTRATOR);
  }

  public boolean canReadOutbox(Actor actor) {
    return actor.has(Role.ADMINISTRATOR);
  }

  public boolean canReadAuditLog(Actor actor) {
    return actor.has(Role.ADMINISTRATOR);
  }

  /** 401 for an anonymous caller, 403 for a signed-in one. */
  public void require(boolean allowed, Actor actor) {
    if (allowed) {
      return;
    }
    if (!actor.isAuthenticated()) {
      throw new AuthenticationRequiredException();
    }
    throw new AccessDeniedException();
  }
}
