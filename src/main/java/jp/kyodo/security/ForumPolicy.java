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

  /** Staff open, edit, publish and close topics on issues their departments own. */
  public boolean canManageTopics(Actor actor) {
    return actor.has(Role.STAFF);
  }

  /** Drafts are visible to staff only; everyone else gets 404 for them. */
  public boolean canSeeDraftTopics(Actor actor) {
    return actor.has(Role.STAFF);
  }

  public boolean canPublishOfficialResponse(Actor actor) {
    return actor.has(Role.STAFF);
  }

  public boolean canManagePolicyAreas(Actor actor) {
    return actor.has(Role.ADMINISTRATOR);
  }

  public boolean canPostComment(Actor actor) {
    return actor.isAuthenticated();
  }

  public boolean canReact(Actor actor) {
    return actor.isAuthenticated();
  }

  public boolean canEditComment(Actor actor, long authorId) {
    return actor.is(authorId);
  }

  public boolean canDeleteComment(Actor actor, long authorId) {
    return actor.is(authorId);
  }

  /** The KPI, participation statistics and their exports (aggregates only). */
  public boolean canReadStatistics(Actor actor) {
    return actor.has(Role.ADMINISTRATOR);
  }

  /** A topic's participation report and its anonymised comments: the owning department. */
  public boolean canReadTopicReport(Actor actor) {
    return actor.has(Role.STAFF) || actor.has(Role.ADMINISTRATOR);
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
