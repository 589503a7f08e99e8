package jp.kyodo.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The audit log in words: actions, people, targets and details, never their codes. */
class AuditLinesTest {
  private static final OffsetDateTime AT = OffsetDateTime.parse("2026-12-10T09:30Z");
  private static final AuditSubjects.Subjects SUBJECTS =
      new AuditSubjects.Subjects(
          Map.of(
              7L, new AuditSubjects.Person(7, "モデ太郎"),
              8L, new AuditSubjects.Person(8, null),
              9L, new AuditSubjects.Person(9, "はなこ")),
          Map.of(5L, new AuditSubjects.TopicRef(5, "下書きの議題", "draft")),
          Map.of(
              30L, new AuditSubjects.CommentRef(30, 4, "公園の使い方", "open", "visible"),
              31L, new AuditSubjects.CommentRef(31, 4, "公園の使い方", "open", "held")),
          Map.of());

  private static AuditLines lines(Locale l, boolean moderates) {
    return new AuditLines(l, new AuditLines.Reader(moderates, false), SUBJECTS);
  }

  private static AuditLog.AuditEntryView entry(
      Long actor, String action, String type, String id, String reason, String details) {
    return new AuditLog.AuditEntryView(1, AT, actor, action, type, id, reason, details);
  }

  @Test
  void aModerationDecisionReadsAsWordsWithTheModeratorsName() {
    AuditLines.Line l =
        lines(Locale.JAPANESE, true)
            .line(
                entry(
                    7L,
                    "moderation.approve",
                    "comment",
                    "30",
                    "personal_info: 店の電話番号です",
                    "case=12 held->approved"));
    assertEquals("2026/12/10 18:30", l.time());
    assertEquals("モデ太郎（#7）", l.actor());
    assertEquals("モデレーション：承認", l.action());
    assertEquals("議題「公園の使い方」へのコメント（#30）", l.target());
    assertEquals("/comment.xhtml?id=30", l.targetLink());
    assertEquals("個人情報：店の電話番号です", l.reason());
    assertEquals("案件 #12：公開保留 → 承認", l.details());
    assertEquals("/moderation/case.xhtml?id=12", l.detailsLink());

    AuditLines.Line en =
        lines(Locale.ENGLISH, false)
            .line(
                entry(
                    7L, "moderation.approve", "comment", "31", "other", "case=12 held->approved"));
    assertEquals("Moderation: approve", en.action());
    assertEquals("Case #12: Held for review → Approved", en.details());
    assertNull(en.detailsLink(), "only moderators open cases");
    assertNull(en.targetLink(), "a held comment has no public page");
  }

  @Test
  void peopleAreNamedWithdrawnOrSystemNeverByIdAlone() {
    AuditLines ja = lines(Locale.JAPANESE, false);
    assertEquals("退会したユーザー（#8）", ja.person(8L));
    assertEquals("システム", ja.person(null));
    AuditLines.Line role =
        ja.line(entry(9L, "role.granted", "participant", "7", "担当になったため", "staff"));
    assertEquals("参加者 モデ太郎（#7）", role.target());
    assertEquals("区職員", role.details());
    assertEquals("担当になったため", role.reason());
  }

  @Test
  void aSuspensionsEndIsTheDayItLastsThrough() {
    AuditLines.Line l =
        lines(Locale.JAPANESE, false)
            .line(
                entry(
                    7L,
                    "sanction.suspend",
                    "participant",
                    "9",
                    "繰り返しの誹謗中傷",
                    "until=2026-12-18T00:00+09:00"));
    assertEquals("措置：期限付き利用停止", l.action());
    assertEquals("2026/12/17 まで", l.details());
    AuditLines.Line draft =
        lines(Locale.JAPANESE, false).line(entry(7L, "topic.publish", "topic", "5", null, null));
    assertEquals("議題「下書きの議題」", draft.target());
    assertNull(draft.targetLink(), "a draft opens for staff only");
  }
}
