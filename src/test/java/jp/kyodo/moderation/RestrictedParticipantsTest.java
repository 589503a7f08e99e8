package jp.kyodo.moderation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import jp.kyodo.security.Actor;
import org.junit.jupiter.api.Test;

class RestrictedParticipantsTest {
  private static final OffsetDateTime NOW =
      OffsetDateTime.of(2026, 11, 23, 4, 0, 0, 0, ZoneOffset.UTC);

  private static Sanction sanction(
      long participant, String kind, String reason, OffsetDateTime end) {
    return new Sanction(participant, kind, reason, end, 99, NOW.minusDays(1));
  }

  @Test
  void aBanOutranksASuspensionAndTheLaterEndOfTwoSuspensionsCounts() {
    Map<Long, Actor.Restriction> inForce =
        RestrictedParticipants.inForce(
            List.of(
                sanction(1, "suspend", "short", NOW.plusDays(1)),
                sanction(1, "ban", "ban", null),
                sanction(1, "suspend", "long", NOW.plusDays(9)),
                sanction(2, "suspend", "short", NOW.plusDays(1)),
                sanction(2, "suspend", "long", NOW.plusDays(9))),
            NOW);
    assertEquals("ban", inForce.get(1L).kind());
    assertEquals("long", inForce.get(2L).reason());
    assertEquals(NOW.plusDays(9), inForce.get(2L).until());
  }

  @Test
  void warningsAndEndedSuspensionsRestrictNobody() {
    Map<Long, Actor.Restriction> inForce =
        RestrictedParticipants.inForce(
            List.of(
                sanction(3, "warn", "warned", null),
                sanction(4, "suspend", "over", NOW.minusSeconds(1))),
            NOW);
    assertNull(inForce.get(3L));
    assertNull(inForce.get(4L));
    assertEquals(0, inForce.size());
  }
}
