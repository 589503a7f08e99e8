package jp.kyodo.moderation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.util.List;
import jp.kyodo.platform.BusinessRuleException;
import jp.kyodo.platform.ConflictException;
import org.junit.jupiter.api.Test;

/** The case state machine: legal transitions, refused ones, and the history each one writes. */
class ModerationCaseTest {
  private static final OffsetDateTime NOW = OffsetDateTime.parse("2026-11-22T10:00:00+09:00");

  private static ModerationCase pending() {
    return ModerationCase.opened(
        1, new CaseRepository.Target("comment", 10, 100, 7), ModerationReason.SPAM, NOW);
  }

  @Test
  void reportsFromDistinctParticipantsHideAtTheThreshold() {
    ModerationCase c = pending();
    assertEquals(1, c.report(1, ModerationReason.ABUSE, 3, NOW).size());
    assertEquals(1, c.report(2, ModerationReason.ABUSE, 3, NOW).size());
    assertEquals(CaseState.PENDING, c.state());
    List<CaseEvent> third = c.report(3, ModerationReason.ABUSE, 3, NOW);
    assertEquals(List.of("reported", "auto_hidden"), third.stream().map(CaseEvent::kind).toList());
    assertEquals(CaseState.HIDDEN, c.state());
    assertTrue(c.awaitingDecision(), "an automatic hide still waits for a person");
  }

  @Test
  void aModeratorMayConfirmAnAutomaticHideThenOnlyRestore() {
    ModerationCase c = pending();
    for (int i = 1; i <= 3; i++) {
      c.report(i, ModerationReason.SPAM, 3, NOW);
    }
    CaseEvent confirm = c.decide(Decision.HIDE, "spam", 9, null, NOW);
    assertEquals("hidden", confirm.toState());
    assertFalse(c.awaitingDecision());
    assertThrows(ConflictException.class, () -> c.decide(Decision.HIDE, "spam", 9, null, NOW));
    assertThrows(ConflictException.class, () -> c.decide(Decision.DISMISS, "other", 9, null, NOW));
    c.decide(Decision.RESTORE, "other", 9, null, NOW);
    assertEquals(CaseState.RESTORED, c.state());
  }

  @Test
  void afterAPersonDecidedReportsReopenButDoNotHideAgain() {
    ModerationCase c = pending();
    c.report(1, ModerationReason.SPAM, 1, NOW);
    assertEquals(CaseState.HIDDEN, c.state());
    c.decide(Decision.RESTORE, "other", 9, null, NOW);
    List<CaseEvent> again = c.report(2, ModerationReason.SPAM, 1, NOW);
    assertEquals(List.of("reported", "reopened"), again.stream().map(CaseEvent::kind).toList());
    assertEquals(CaseState.PENDING, c.state());
    assertTrue(c.awaitingDecision());
  }

  @Test
  void heldItemsAreApprovedOrRejectedAndAReviewIsAskedOnce() {
    ModerationCase c = pending();
    c.hold(ModerationReason.PREMODERATION, null, NOW);
    assertEquals(CaseState.HELD, c.state());
    assertThrows(ConflictException.class, () -> c.decide(Decision.HIDE, "spam", 9, null, NOW));
    assertThrows(BusinessRuleException.class, () -> c.requestReview("?", NOW));
    c.decide(Decision.REJECT, "off_topic", 9, null, NOW);
    c.requestReview("関係があります", NOW);
    assertTrue(c.awaitingDecision());
    assertThrows(ConflictException.class, () -> c.requestReview("もう一度", NOW));
    c.decide(Decision.APPROVE, "other", 9, null, NOW);
    assertEquals(CaseState.APPROVED, c.state());
  }

  @Test
  void approvingAHeldItemKeepsTheReasonItWasHeldFor() {
    ModerationCase c = pending();
    c.hold(ModerationReason.PERSONAL_INFO, "phone", NOW);
    CaseEvent approved = c.decide(Decision.APPROVE, "other", 9, null, NOW);
    assertEquals("personal_info", approved.reason(), "the report counts it under its own reason");
    assertEquals("personal_info", c.reason());
  }

  @Test
  void restoringOrDismissingKeepsTheReportedReasonWhileHidingStatesItsOwn() {
    ModerationCase dismissed = pending();
    dismissed.report(1, ModerationReason.ABUSE, 3, NOW);
    assertEquals("abuse", dismissed.decide(Decision.DISMISS, "other", 9, null, NOW).reason());

    ModerationCase hidden = pending();
    assertEquals("illegal", hidden.decide(Decision.HIDE, "illegal", 9, null, NOW).reason());
    assertEquals("illegal", hidden.decide(Decision.RESTORE, "other", 9, null, NOW).reason());
  }
}
