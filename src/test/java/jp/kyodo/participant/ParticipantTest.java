package jp.kyodo.participant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Set;
import jp.kyodo.platform.BusinessRuleException;
import jp.kyodo.security.Role;
import org.junit.jupiter.api.Test;

class ParticipantTest {
  private static final OffsetDateTime NOW =
      OffsetDateTime.of(2026, 11, 22, 10, 0, 0, 0, ZoneOffset.UTC);
  private static final Participant.LockoutRule RULE =
      new Participant.LockoutRule(3, Duration.ofMinutes(15));

  private static Participant participant() {
    return new Participant(
        "hanako@example.jp",
        "hash",
        "はなこ",
        new Profile("30s", "setagaya", "kyodo", "resident", "ja"),
        NOW);
  }

  @Test
  void isARegistrantOnlyOnceConfirmedAndUntilWithdrawn() {
    Participant p = participant();
    assertFalse(p.isRegistrant());
    p.confirmEmail(NOW);
    assertTrue(p.isRegistrant());
    p.withdraw(NOW.plusDays(1));
    assertFalse(p.isRegistrant());
  }

  @Test
  void locksAfterTheConfiguredNumberOfFailuresInARow() {
    Participant p = participant();
    p.recordFailedSignIn(NOW, RULE);
    p.recordFailedSignIn(NOW, RULE);
    assertFalse(p.isLocked(NOW));
    p.recordFailedSignIn(NOW, RULE);
    assertTrue(p.isLocked(NOW.plusMinutes(14)));
    assertFalse(p.isLocked(NOW.plusMinutes(15)));
  }

  @Test
  void successResetsTheFailureCount() {
    Participant p = participant();
    p.recordFailedSignIn(NOW, RULE);
    p.recordFailedSignIn(NOW, RULE);
    p.recordSuccessfulSignIn();
    p.recordFailedSignIn(NOW, RULE);
    assertFalse(p.isLocked(NOW));
  }

  @Test
  void failuresWhileLockedDoNotExtendTheLock() {
    Participant p = participant();
    for (int i = 0; i < 3; i++) {
      p.recordFailedSignIn(NOW, RULE);
    }
    OffsetDateTime until = p.lockedUntil();
    p.recordFailedSignIn(NOW.plusMinutes(5), RULE);
    assertEquals(until, p.lockedUntil());
  }

  @Test
  void withdrawalErasesEveryPersonalField() {
    Participant p = participant();
    p.confirmEmail(NOW);
    p.grant(Role.STAFF, NOW);
    p.withdraw(NOW);
    assertNull(p.email());
    assertNull(p.passwordHash());
    assertNull(p.displayName());
    assertNull(p.profile().ageBand());
    assertNull(p.profile().districtCode());
    assertEquals(Set.of(), p.roles());
    assertEquals(NOW, p.emailConfirmedAt(), "kept so that past statistics do not change");
  }

  @Test
  void aWithdrawnAccountRefusesChanges() {
    Participant p = participant();
    p.withdraw(NOW);
    assertThrows(BusinessRuleException.class, () -> p.withdraw(NOW));
    assertThrows(BusinessRuleException.class, () -> p.updateProfile("x", Profile.unanswered()));
    assertThrows(BusinessRuleException.class, () -> p.grant(Role.MODERATOR, NOW));
    assertThrows(BusinessRuleException.class, () -> p.confirmEmail(NOW));
  }

  @Test
  void rolesAreGrantedOnceAndRevoked() {
    Participant p = participant();
    assertTrue(p.grant(Role.MODERATOR, NOW));
    assertFalse(p.grant(Role.MODERATOR, NOW));
    assertTrue(p.has(Role.MODERATOR));
    assertTrue(p.revoke(Role.MODERATOR));
    assertFalse(p.revoke(Role.MODERATOR));
  }
}
