package jp.kyodo.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.stream.Stream;
import jp.kyodo.platform.AcceptanceRequiredException;
import jp.kyodo.platform.AccessDeniedException;
import jp.kyodo.platform.AuthenticationRequiredException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Actor × rule → allowed. The owner of the account in question is participant 1. */
class ForumPolicyTest {
  private static final ForumPolicy POLICY = new ForumPolicy();
  private static final long OWNER_ID = 1;

  static final Actor ANONYMOUS = Actor.ANONYMOUS;
  static final Actor OWNER = new Actor(OWNER_ID, "owner", Set.of());
  static final Actor OTHER = new Actor(2L, "other", Set.of());
  static final Actor STAFF = new Actor(3L, "staff", Set.of(Role.STAFF));
  static final Actor MODERATOR = new Actor(4L, "moderator", Set.of(Role.MODERATOR));
  static final Actor ADMIN = new Actor(5L, "admin", Set.of(Role.ADMINISTRATOR));

  static Stream<Arguments> table() {
    BiPredicate<ForumPolicy, Actor> view = (p, a) -> p.canViewAccount(a, OWNER_ID);
    BiPredicate<ForumPolicy, Actor> edit = (p, a) -> p.canEditAccount(a, OWNER_ID);
    BiPredicate<ForumPolicy, Actor> roles = ForumPolicy::canManageRoles;
    BiPredicate<ForumPolicy, Actor> outbox = ForumPolicy::canReadOutbox;
    BiPredicate<ForumPolicy, Actor> audit = ForumPolicy::canReadAuditLog;
    BiPredicate<ForumPolicy, Actor> list = ForumPolicy::canListParticipants;
    BiPredicate<ForumPolicy, Actor> moderate = ForumPolicy::canModerate;
    BiPredicate<ForumPolicy, Actor> rules = ForumPolicy::canManageModerationRules;
    BiPredicate<ForumPolicy, Actor> reportItem = ForumPolicy::canReport;
    BiPredicate<ForumPolicy, Actor> premoderate = ForumPolicy::canSetPremoderation;
    BiPredicate<ForumPolicy, Actor> stats = ForumPolicy::canReadStatistics;
    BiPredicate<ForumPolicy, Actor> report = ForumPolicy::canReadTopicReport;
    BiPredicate<ForumPolicy, Actor> profilePage = (p, a) -> p.canOpenPage(a, "/profile.xhtml");
    BiPredicate<ForumPolicy, Actor> adminPage = (p, a) -> p.canOpenPage(a, "/admin/audit.xhtml");
    BiPredicate<ForumPolicy, Actor> adminCsv = (p, a) -> p.canOpenPage(a, "/admin/audit-log.csv");
    BiPredicate<ForumPolicy, Actor> queuePage =
        (p, a) -> p.canOpenPage(a, "/moderation/queue.xhtml");
    BiPredicate<ForumPolicy, Actor> staffPage = (p, a) -> p.canOpenPage(a, "/staff/topics.xhtml");
    BiPredicate<ForumPolicy, Actor> publicReport =
        (p, a) -> p.canOpenPage(a, "/moderation-report.xhtml");
    BiPredicate<ForumPolicy, Actor> topicPage = (p, a) -> p.canOpenPage(a, "/topic.xhtml");
    BiPredicate<ForumPolicy, Actor> reportPage = (p, a) -> p.canOpenPage(a, "/reports/topic.xhtml");
    BiPredicate<ForumPolicy, Actor> editComment = (p, a) -> p.canEditComment(a, OWNER_ID);
    BiPredicate<ForumPolicy, Actor> deleteComment = (p, a) -> p.canDeleteComment(a, OWNER_ID);
    BiPredicate<ForumPolicy, Actor> documents = ForumPolicy::canManagePolicyDocuments;
    BiPredicate<ForumPolicy, Actor> reservedNames = ForumPolicy::canManageReservedNames;
    BiPredicate<ForumPolicy, Actor> consentPage = (p, a) -> p.canOpenPage(a, "/consent.xhtml");
    BiPredicate<ForumPolicy, Actor> noticesPage =
        (p, a) -> p.canOpenPage(a, "/notifications.xhtml");
    BiPredicate<ForumPolicy, Actor> noticeSettingsPage =
        (p, a) -> p.canOpenPage(a, "/notification-settings.xhtml");
    BiPredicate<ForumPolicy, Actor> termsPage = (p, a) -> p.canOpenPage(a, "/terms.xhtml");
    BiPredicate<ForumPolicy, Actor> onBehalf = ForumPolicy::canEnterOnBehalf;
    BiPredicate<ForumPolicy, Actor> proxyPage =
        (p, a) -> p.canOpenPage(a, "/staff/proxy-entry.xhtml");
    BiPredicate<ForumPolicy, Actor> importPage =
        (p, a) -> p.canOpenPage(a, "/staff/proxy-import.xhtml");
    BiPredicate<ForumPolicy, Actor> keyPoints = ForumPolicy::canCurateKeyPoints;
    BiPredicate<ForumPolicy, Actor> keyPointsPage =
        (p, a) -> p.canOpenPage(a, "/staff/key-points.xhtml");
    BiPredicate<ForumPolicy, Actor> results = ForumPolicy::canWriteResultsDocument;
    BiPredicate<ForumPolicy, Actor> resultsPage =
        (p, a) -> p.canOpenPage(a, "/staff/results-edit.xhtml");
    return Stream.of(
        //                           anonymous owner  other  staff  moderator admin
        row("view account", view, false, true, false, false, false, true),
        row("edit account", edit, false, true, false, false, false, false),
        row("manage roles", roles, false, false, false, false, false, true),
        row("read outbox", outbox, false, false, false, false, false, true),
        row("read audit log", audit, false, false, false, false, false, true),
        row("list participants", list, false, false, false, false, false, true),
        row("moderate", moderate, false, false, false, false, true, false),
        row("moderation rules", rules, false, false, false, false, false, true),
        row("report an item", reportItem, false, true, true, true, true, true),
        row("set pre-moderation", premoderate, false, false, false, true, true, false),
        row("read statistics", stats, false, false, false, false, false, true),
        row("read a topic report", report, false, false, false, true, false, true),
        row("open the profile page", profilePage, false, true, true, true, true, true),
        row("open an administration page", adminPage, false, false, false, false, false, true),
        row("download the audit CSV", adminCsv, false, false, false, false, false, true),
        row("open the review queue", queuePage, false, false, false, false, true, false),
        row("open a staff page", staffPage, false, false, false, true, false, false),
        row("open the public moderation report", publicReport, true, true, true, true, true, true),
        row("open a topic page", topicPage, true, true, true, true, true, true),
        row("open a topic report page", reportPage, false, false, false, true, false, true),
        row("edit the owner's comment", editComment, false, true, false, false, false, false),
        row("delete the owner's comment", deleteComment, false, true, false, false, false, false),
        row("publish policy documents", documents, false, false, false, false, false, true),
        row("keep reserved names", reservedNames, false, false, false, false, false, true),
        row("open the acceptance page", consentPage, false, true, true, true, true, true),
        row("open my notifications", noticesPage, false, true, true, true, true, true),
        row(
            "open my notification settings",
            noticeSettingsPage,
            false,
            true,
            true,
            true,
            true,
            true),
        row("read the terms", termsPage, true, true, true, true, true, true),
        row(
            "enter an opinion on someone's behalf",
            onBehalf,
            false,
            false,
            false,
            true,
            false,
            true),
        row("open the proxy entry page", proxyPage, false, false, false, true, false, true),
        row("open the proxy import page", importPage, false, false, false, true, false, true),
        row("curate key points", keyPoints, false, false, false, true, false, true),
        row("open the key points page", keyPointsPage, false, false, false, true, false, true),
        row("write results documents", results, false, false, false, true, false, false),
        row("open the results editor", resultsPage, false, false, false, true, false, false));
  }

  private static Arguments row(
      String name, BiPredicate<ForumPolicy, Actor> rule, boolean... allowed) {
    return Arguments.of(name, rule, allowed);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("table")
  void decides(String name, BiPredicate<ForumPolicy, Actor> rule, boolean[] allowed) {
    Actor[] actors = {ANONYMOUS, OWNER, OTHER, STAFF, MODERATOR, ADMIN};
    for (int i = 0; i < actors.length; i++) {
      assertEquals(
          allowed[i], rule.test(POLICY, actors[i]), name + " for " + actors[i].displayName());
    }
  }

  @Test
  void refusalIsUnauthenticatedForAnonymousAndForbiddenForOthers() {
    assertThrows(AuthenticationRequiredException.class, () -> POLICY.require(false, ANONYMOUS));
    assertThrows(AccessDeniedException.class, () -> POLICY.require(false, OTHER));
    POLICY.require(true, ANONYMOUS);
  }

  @Test
  void aSuspendedOrBannedParticipantMayNotWriteAndIsToldWhy() {
    Actor suspended =
        new Actor(
            7L,
            "suspended",
            Set.of(),
            new Actor.Restriction("suspend", "荒らし行為", OffsetDateTime.now().plusDays(1)));
    Actor expired =
        new Actor(
            8L,
            "expired",
            Set.of(),
            new Actor.Restriction("suspend", "過去の停止", OffsetDateTime.now().minusMinutes(1)));
    Actor banned = new Actor(9L, "banned", Set.of(), new Actor.Restriction("ban", "違法", null));
    assertEquals(false, POLICY.canPostComment(suspended));
    assertEquals(false, POLICY.canReact(banned));
    assertEquals(true, POLICY.canPostComment(expired));
    assertEquals(false, POLICY.canEditComment(suspended, 7L), "editing is writing");
    assertEquals(false, POLICY.canEditComment(banned, 9L));
    assertEquals(true, POLICY.canEditComment(expired, 8L));
    assertEquals(true, POLICY.canDeleteComment(suspended, 7L), "their own words, taken back");
    AccessDeniedException e =
        assertThrows(AccessDeniedException.class, () -> POLICY.requireWriter(suspended));
    assertEquals("sanctioned", e.code());
    assertEquals("荒らし行為", e.args().get("reason"));
    assertThrows(AuthenticationRequiredException.class, () -> POLICY.requireWriter(ANONYMOUS));
  }

  @Test
  void aParticipantWithANewVersionToAcceptMayNotWriteAndIsToldWhich() {
    Actor due = new Actor(10L, "due", Set.of(), null, Map.of("terms", "2026-10-01"));
    assertEquals(false, POLICY.canPostComment(due));
    assertEquals(false, POLICY.canReact(due));
    assertEquals(false, POLICY.canReport(due));
    assertEquals(false, POLICY.canEditComment(due, 10L));
    assertEquals(true, POLICY.canDeleteComment(due, 10L), "their own words, taken back");
    assertEquals(true, POLICY.canEditAccount(due, 10L), "the account stays theirs: withdraw");
    AcceptanceRequiredException e =
        assertThrows(AcceptanceRequiredException.class, () -> POLICY.requireWriter(due));
    assertEquals("terms_acceptance_required", e.code());
    assertEquals(Map.of("terms", "2026-10-01"), e.requiredVersions());
    assertEquals("problem.acceptanceRequired.terms", e.messageKey());
    Actor staffDue =
        new Actor(11L, "staff", Set.of(Role.STAFF), null, Map.of("privacy", "2026-10-01"));
    assertEquals(true, POLICY.canManageTopics(staffDue), "the ward's work is not held up");
    assertEquals(false, POLICY.canPostComment(staffDue));
  }

  @Test
  void aSanctionIsNamedBeforeTheDocuments() {
    Actor both =
        new Actor(
            12L,
            "both",
            Set.of(),
            new Actor.Restriction("ban", "違法", null),
            Map.of("terms", "2026-10-01"));
    assertEquals("sanctioned", POLICY.writeRefusal(both).orElseThrow().code());
  }
}
