package jp.kyodo.notification.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import jp.kyodo.notification.EventKind;
import jp.kyodo.notification.Frequency;
import org.junit.jupiter.api.Test;

class DigestMailTest {
  private static final DigestPeriod DAY =
      DigestPeriod.containing(Frequency.DAILY, LocalDate.of(2026, 11, 26));

  private static List<DigestItem> items() {
    return List.of(
        new DigestItem(
            1,
            EventKind.NEW_TOPIC,
            null,
            10L,
            "下北沢駅周辺の自転車",
            null,
            1,
            OffsetDateTime.parse("2026-11-26T01:30:00Z")),
        new DigestItem(
            2,
            EventKind.REPLY,
            null,
            10L,
            "下北沢駅周辺の自転車",
            77L,
            1,
            OffsetDateTime.parse("2026-11-26T14:59:00Z")),
        new DigestItem(
            3,
            EventKind.TOPIC_COMMENT,
            null,
            11L,
            "公園",
            null,
            2000,
            OffsetDateTime.parse("2026-11-26T03:00:00Z")));
  }

  private static DigestMail.Text write(Locale l, DigestPeriod p) {
    return DigestMail.write(
        new DigestMail.Content(
            l, "はなこ", p, items(), "https://k.example/profile.xhtml", "https://k.example/u?x"),
        path -> "https://k.example" + path);
  }

  @Test
  void writesJapaneseGroupedByKindWithTokyoTimesAndLinks() {
    DigestMail.Text t = write(Locale.JAPANESE, DAY);
    assertEquals("【世田谷区 協働プラットフォーム】2026/11/26 のお知らせ（3 件）", t.subject());
    String b = t.body();
    assertTrue(b.startsWith("はなこ 様\n\n2026/11/26 のお知らせ"), b);
    // replies come before new topics (the order of EventKind), whatever the order of the items
    assertTrue(b.indexOf("■ あなたの意見への返信（1 件）") < b.indexOf("■ 新しい議題（1 件）"), b);
    // 14:59 UTC is 23:59 in Tokyo
    assertTrue(b.contains("・2026/11/26 23:59 「下北沢駅周辺の自転車」で、あなたの意見に返信がありました。"), b);
    assertTrue(b.contains("\n  https://k.example/comment.xhtml?id=77"), b);
    assertTrue(b.contains("\n  https://k.example/topic.xhtml?id=10"), b);
    assertTrue(b.contains("フォロー中の議題「公園」に新しい意見が 2,000 件あります。"), b);
    assertTrue(b.contains("毎日のまとめメールの配信を停止する：https://k.example/u?x"), b);
    assertTrue(b.contains("通知の設定を変える：https://k.example/profile.xhtml"), b);
  }

  @Test
  void writesEnglishAndNamesTheWeek() {
    DigestPeriod week = DigestPeriod.containing(Frequency.WEEKLY, LocalDate.of(2026, 12, 30));
    DigestMail.Text t = write(Locale.ENGLISH, week);
    assertEquals(
        "[Setagaya Collaboration Platform] Your notifications for the week 2026/12/28 to"
            + " 2027/01/03 (3)",
        t.subject());
    assertTrue(t.body().contains("2,000 new opinion(s) on \"公園\", a topic you follow."), t.body());
    assertTrue(t.body().contains("Unsubscribe from the weekly digest: https://k.example/u?x"));
    assertFalse(t.body().contains("{"), "no placeholder left: " + t.body());
  }

  @Test
  void groupsListAtMostSoManyAndCountTheRestWithTheListsLink() {
    String g = DigestMail.groups(Locale.JAPANESE, items(), 2, path -> "https://k.example" + path);
    assertTrue(g.contains("■ あなたの意見への返信（1 件）"), g);
    assertTrue(g.contains("■ 新しい議題（1 件）"), g);
    // the third (in kind order: the followed topic's opinions) is counted, not listed
    assertFalse(g.contains("■ フォロー中の議題への意見"), g);
    assertTrue(g.endsWith("ほか 1 件は、サイトのお知らせでご覧ください：https://k.example/notifications.xhtml"), g);
    String all = DigestMail.groups(Locale.JAPANESE, items(), 3, path -> "https://k.example" + path);
    assertTrue(all.contains("■ フォロー中の議題への意見（1 件）"), all);
    assertFalse(all.contains("ほか"), all);
  }
}
