package jp.kyodo.participant;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import java.time.OffsetDateTime;
import java.util.Objects;
import jp.kyodo.security.Role;
import jp.kyodo.security.RoleConverter;

/** A role held by a participant, since when. */
@Embeddable
public class RoleGrant {
  @Convert(converter = RoleConverter.class)
  @Column(name = "role", nullable = false)
  private Role role;

  @Column(name = "granted_at", nullable = false)
  private OffsetDateTime grantedAt;

  protected RoleGrant() {}

  RoleGrant(Role role, OffsetDateTime grantedAt) {
    this.role = role;
    this.grantedAt = grantedAt;
  }

  public Role role() {
    return role;
  }

  public OffsetDateTime grantedAt() {
    return grantedAt;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RoleGrant other && other.role == role;
  }

  @Override
  public int hashCode() {
    return Objects.hash(role);
  }
}
