package jp.kyodo.security;

import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Who is acting: a signed-in participant with their roles, any sanction that stops them writing and
 * the policy documents in force they have yet to accept (kind → version), or {@link #ANONYMOUS}.
 * Every permission question is asked of an actor, never of a raw request.
 */
public record Actor(
    Long id,
    String displayName,
    Set<Role> roles,
    Restriction restriction,
    Map<String, String> acceptanceDue) {
  public static final Actor ANONYMOUS = new Actor(null, null, Set.of());
  public static final String REQUEST_ATTRIBUTE = Actor.class.getName();

  public Actor {
    roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    acceptanceDue = acceptanceDue == null ? Map.of() : Map.copyOf(acceptanceDue);
  }

  public Actor(Long id, String displayName, Set<Role> roles) {
    this(id, displayName, roles, null, Map.of());
  }

  public Actor(Long id, String displayName, Set<Role> roles, Restriction restriction) {
    this(id, displayName, roles, restriction, Map.of());
  }

  /** A suspension (until a time) or a ban (no end): the participant may read but not write. */
  public record Restriction(String kind, String reason, OffsetDateTime until) {
    public boolean activeAt(OffsetDateTime now) {
      return until == null || until.isAfter(now);
    }
  }

  /** Whether a new version of the terms or privacy notice waits for this participant's consent. */
  public boolean mustAcceptDocuments() {
    return !acceptanceDue.isEmpty();
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
