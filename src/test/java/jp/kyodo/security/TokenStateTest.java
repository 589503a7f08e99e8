package jp.kyodo.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class TokenStateTest {
  private static final OffsetDateTime NOW =
      OffsetDateTime.of(2026, 11, 23, 3, 0, 0, 0, ZoneOffset.UTC);
  private static final Duration IDLE = Duration.ofDays(7);

  private static TokenState token(
      OffsetDateTime lastUsed, OffsetDateTime expires, OffsetDateTime revoked) {
    return new TokenState(1, lastUsed, expires, revoked);
  }

  @Test
  void aFreshTokenIsUsable() {
    assertTrue(token(NOW.minusMinutes(5), NOW.plusDays(30), null).isUsable(NOW, IDLE));
  }

  @Test
  void aRevokedTokenIsNot() {
    assertFalse(
        token(NOW.minusMinutes(5), NOW.plusDays(30), NOW.minusSeconds(1)).isUsable(NOW, IDLE));
  }

  @Test
  void anExpiredTokenIsNotEvenWhileInUse() {
    assertFalse(token(NOW.minusMinutes(5), NOW, null).isUsable(NOW, IDLE));
    assertTrue(token(NOW.minusMinutes(5), NOW.plusSeconds(1), null).isUsable(NOW, IDLE));
  }

  @Test
  void aTokenUnusedForLongerThanTheIdleLimitIsNot() {
    assertFalse(token(NOW.minus(IDLE), NOW.plusDays(30), null).isUsable(NOW, IDLE));
    assertTrue(token(NOW.minus(IDLE).plusSeconds(1), NOW.plusDays(30), null).isUsable(NOW, IDLE));
  }

  @Test
  void useIsRecordedAtMostOnceAnHour() {
    assertFalse(token(NOW.minusMinutes(59), NOW.plusDays(30), null).isUseDueAt(NOW));
    assertTrue(token(NOW.minusMinutes(61), NOW.plusDays(30), null).isUseDueAt(NOW));
  }
}
