package jp.kyodo.participant;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import jp.kyodo.platform.BusinessRuleException;
import jp.kyodo.security.Role;

/**
 * A registered person or organisation account. Holds its own rules: confirmation, lock-out after
 * repeated failed sign-ins, roles, and withdrawal, which erases the personal data but keeps the row
 * so that what the participant wrote stays attributed to 「退会したユーザー」.
 */
@Entity
@Table(name = "participant")
public class Participant {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String email;

  @Column(name = "email_confirmed_at")
  private OffsetDateTime emailConfirmedAt;

  @Column(name = "password_hash")
  private String passwordHash;

  @Column(name = "display_name")
  private String displayName;

  /** The display name as duplicates are compared (unique among active participants). */
  @Column(name = "display_name_key")
  private String displayNameKey;

  @Embedded private Profile profile;

  @Column(name = "failed_sign_ins")
  private int failedSignIns;

  @Column(name = "locked_until")
  private OffsetDateTime lockedUntil;

  @Column(name = "registered_at", nullable = false, updatable = false)
  private OffsetDateTime registeredAt;

  @Column(name = "withdrawn_at")
  private OffsetDateTime withdrawnAt;

  @Version private long version;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "participant_role", joinColumns = @JoinColumn(name = "participant_id"))
  private Set<RoleGrant> roles = new HashSet<>();

  protected Participant() {}

  public Participant(
      String email,
      String passwordHash,
      String displayName,
      Profile profile,
      OffsetDateTime registeredAt) {
    this.email = Objects.requireNonNull(email);
    this.passwordHash = Objects.requireNonNull(passwordHash);
    this.displayName = Objects.requireNonNull(displayName);
    this.displayNameKey = NameRules.duplicateKey(displayName);
    this.profile = Objects.requireNonNull(profile);
    this.registeredAt = Objects.requireNonNull(registeredAt);
  }

  /** Lock-out policy: this many failures in a row lock the account for this long. */
  public record LockoutRule(int maxFailures, Duration lockFor) {}

  public void confirmEmail(OffsetDateTime now) {
    requireActive();
    if (emailConfirmedAt == null) {
      emailConfirmedAt = now;
    }
  }

  public boolean isEmailConfirmed() {
    return emailConfirmedAt != null;
  }

  public boolean isWithdrawn() {
    return withdrawnAt != null;
  }

  /**
   * {@link #isRegistrant()} as an SQL condition on the participant table's own columns (also the
   * predicate of the partial index that the KPI count reads).
   */
  public static final String REGISTRANT_CONDITION =
      "email_confirmed_at is not null and withdrawn_at is null";

  /** A registrant (what the ward's KPI counts): e-mail confirmed and not withdrawn. */
  public boolean isRegistrant() {
    return isEmailConfirmed() && !isWithdrawn();
  }

  public boolean isLocked(OffsetDateTime now) {
    return lockedUntil != null && now.isBefore(lockedUntil);
  }

  public void recordFailedSignIn(OffsetDateTime now, LockoutRule rule) {
    if (isLocked(now)) {
      return;
    }
    failedSignIns++;
    if (failedSignIns >= rule.maxFailures()) {
      lockedUntil = now.plus(rule.lockFor());
      failedSignIns = 0;
    }
  }

  public void recordSuccessfulSignIn() {
    failedSignIns = 0;
    lockedUntil = null;
  }

  public void changePassword(String newPasswordHash) {
    requireActive();
    passwordHash = Objects.requireNonNull(newPasswordHash);
    recordSuccessfulSignIn();
  }

  public void updateProfile(String newDisplayName, Profile newProfile) {
    requireActive();
    if (!Objects.requireNonNull(newDisplayName).equals(displayName)) {
      displayName = newDisplayName;
      displayNameKey = NameRules.duplicateKey(newDisplayName);
    }
    profile = Objects.requireNonNull(newProfile);
  }

  /** Whether this is a different name from the participant's own. */
  public boolean isNewName(String name) {
    return !name.equals(displayName);
  }

  /**
   * Closes the account and erases its personal data: address, password, display name, profile and
   * roles. The confirmation date stays, so past statistics do not change.
   */
  public void withdraw(OffsetDateTime now) {
    requireActive();
    email = null;
    passwordHash = null;
    displayName = null;
    displayNameKey = null;
    profile = Profile.unanswered();
    roles.clear();
    failedSignIns = 0;
    lockedUntil = null;
    withdrawnAt = now;
  }

  public boolean grant(Role role, OffsetDateTime now) {
    requireActive();
    return roles.add(new RoleGrant(role, now));
  }

  public boolean revoke(Role role) {
    return roles.removeIf(g -> g.role() == role);
  }

  public Set<Role> roles() {
    Set<Role> result = EnumSet.noneOf(Role.class);
    roles.forEach(g -> result.add(g.role()));
    return result;
  }

  public boolean has(Role role) {
    return roles().contains(role);
  }

  private void requireActive() {
    if (isWithdrawn()) {
      throw new BusinessRuleException("account_withdrawn", "problem.accountWithdrawn");
    }
  }

  public Long id() {
    return id;
  }

  public String email() {
    return email;
  }

  public String passwordHash() {
    return passwordHash;
  }

  public String displayName() {
    return displayName;
  }

  public Profile profile() {
    return profile == null ? Profile.unanswered() : profile;
  }

  public OffsetDateTime emailConfirmedAt() {
    return emailConfirmedAt;
  }

  public OffsetDateTime lockedUntil() {
    return lockedUntil;
  }

  public OffsetDateTime registeredAt() {
    return registeredAt;
  }

  public OffsetDateTime withdrawnAt() {
    return withdrawnAt;
  }

  public long version() {
    return version;
  }
}
