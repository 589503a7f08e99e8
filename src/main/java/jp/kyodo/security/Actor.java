package jp.kyodo.security;

import java.util.EnumSet;
import java.util.Set;

/**
 * Who is acting: a signed-in participant with their roles, or {@link #ANONYMOUS}. Every permission
 * question is asked of an actor, never of a raw request.
 */
public record Actor(Long id, String displayName, Set<Role> roles) {
  public static final Actor ANONYMOUS = new Actor(null, null, Set.of());
  public static final String REQUEST_ATTRIBUTE = Actor.class.getName();

  public Actor {
    roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
  }

  public boolean isAuthenticated() {
    return id != null;
  }

  public boolean has(Role role) {
    return roles.contains(role);
  }

  public boolean is(long participantId) {
    return id != null && id == participantId;
  }
}
