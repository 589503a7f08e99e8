package jp.kyodo.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Optional;
import jp.kyodo.platform.Messages;
import org.junit.jupiter.api.Test;

class UnsubscribeTargetTest {
  private static final EffectivePreference EMAIL_INSTANT =
      new EffectivePreference(Channel.EMAIL, Frequency.INSTANT);
  private static final EffectivePreference EMAIL_WEEKLY =
      new EffectivePreference(Channel.EMAIL, Frequency.WEEKLY);

  @Test
  void parsesEveryKindAndBothDigestsAndNothingElse() {
    for (String code : UnsubscribeTarget.CODES) {
      assertEquals(code, UnsubscribeTarget.parse(code).orElseThrow().code());
    }
    for (String bad :
        new String[] {"digest-instant", "digest-off", "digest-", "REPLY", "all", ""}) {
      assertEquals(Optional.empty(), UnsubscribeTarget.parse(bad), bad);
    }
  }

  @Test
  void aKindsLinkStopsOnlyThatKindAndOnlyByMail() {
    UnsubscribeTarget reply = UnsubscribeTarget.of(EventKind.REPLY);
    assertTrue(reply.covers(EventKind.REPLY, EMAIL_INSTANT));
    assertTrue(reply.covers(EventKind.REPLY, EMAIL_WEEKLY));
    assertFalse(reply.covers(EventKind.ANSWER, EMAIL_INSTANT));
    assertFalse(
        reply.covers(EventKind.REPLY, new EffectivePreference(Channel.LINE, Frequency.INSTANT)),
        "a kind moved to LINE is not the mail's to stop");
    assertFalse(
        reply.covers(EventKind.REPLY, new EffectivePreference(Channel.EMAIL, Frequency.OFF)));
  }

  @Test
  void aDigestsLinkStopsTheKindsInThatDigest() {
    UnsubscribeTarget weekly = UnsubscribeTarget.digestOf(Frequency.WEEKLY);
    assertTrue(weekly.covers(EventKind.NEW_TOPIC, EMAIL_WEEKLY));
    assertTrue(weekly.covers(EventKind.REPLY, EMAIL_WEEKLY));
    assertFalse(weekly.covers(EventKind.REPLY, EMAIL_INSTANT));
    assertFalse(
        weekly.covers(
            EventKind.NEW_TOPIC, new EffectivePreference(Channel.LINE, Frequency.WEEKLY)));
  }

  @Test
  void everyTargetIsWordedInBothLanguages() {
    for (String code : UnsubscribeTarget.CODES) {
      String key = UnsubscribeTarget.parse(code).orElseThrow().messageKey();
      for (Locale l : Messages.SUPPORTED) {
        assertTrue(Messages.has(l, key), l + " " + key);
      }
    }
    for (EventKind k : EventKind.values()) {
      for (Locale l : Messages.SUPPORTED) {
        assertTrue(Messages.has(l, "digest.kind." + k.code()), l + " " + k);
        assertTrue(Messages.has(l, "notification." + k.code()), l + " " + k);
      }
    }
  }
}
