package jp.kyodo.moderation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import jp.kyodo.platform.TextFolding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Folding, watched-word matching, the individual-number check digit and the personal-data guard.
 */
class ScreeningRulesTest {

  @Test
  void foldingIgnoresWidthCaseAndKana() {
    assertEquals("bad", TextFolding.fold("ｂａｄ"));
    assertEquals("bad", TextFolding.fold("ＢＡＤ"));
    assertEquals("ばか", TextFolding.fold("ﾊﾞｶ"));
    assertEquals("ばか", TextFolding.fold("バカ"));
    assertEquals("123", TextFolding.fold("１２３"));
  }

  @Test
  void aWatchedWordMatchesInsideALongerJapaneseRunAndTheStrongestActionWins() {
    WordMatcher matcher =
        new WordMatcher(
            List.of(
                new WordMatcher.Match("ばか", WatchedWord.Action.FLAG),
                new WordMatcher.Match("ＢＡＤ", WatchedWord.Action.BLOCK),
                new WordMatcher.Match("あほ", WatchedWord.Action.HOLD)));
    assertEquals(
        Optional.of(new WordMatcher.Match("ばか", WatchedWord.Action.FLAG)),
        matcher.strongest("区のやり方はバカげている"));
    assertEquals(WatchedWord.Action.BLOCK, matcher.strongest("ｂａｄなアホだ").orElseThrow().action());
    assertEquals(WatchedWord.Action.HOLD, matcher.strongest("ｱﾎらしい").orElseThrow().action());
    assertTrue(matcher.strongest("公園を増やしてほしい").isEmpty());
    assertTrue(new WordMatcher(List.of()).strongest("なんでも").isEmpty());
  }

  @ParameterizedTest
  @ValueSource(strings = {"123456789018", "000000000000", "111111111118"})
  void validIndividualNumbers(String number) {
    assertTrue(MyNumber.isValid(number), number);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"123456789012", "123456789019", "12345678901", "1234567890180", "abcdefghijkl"})
  void invalidIndividualNumbers(String number) {
    assertFalse(MyNumber.isValid(number), number);
  }

  @Test
  void theCheckDigitFollowsThePublishedWeights() {
    // 1 2 3 4 5 6 7 8 9 0 1: Σ P×Q = 212, 212 mod 11 = 3, 11 - 3 = 8
    assertEquals(8, MyNumber.checkDigit("12345678901"));
    // remainders 0 and 1 give 0
    assertEquals(0, MyNumber.checkDigit("00000000000"));
  }

  @ParameterizedTest
  @CsvSource({
    "'私の番号は 1234-5678-9018 です', MY_NUMBER",
    "'電話 090-1234-5678', PHONE",
    "'０３－１２３４－５６７８にどうぞ', PHONE",
    "'連絡先は03(1234)5678まで', PHONE",
    "'携帯０９０ー１２３４ー５６７８', PHONE",
    "'TEL 03 1234 5678', PHONE",
    "'+81 3-1234-5678 (代表)', PHONE",
    "'番号は090.1234.5678です', PHONE",
    "'mail: hanako@example.co.jp', EMAIL",
    "'世田谷区太子堂一丁目2番3号', ADDRESS",
    "'三軒茶屋2-11-22に住んでいます', ADDRESS",
    "'ひばりが丘3-4-5の公園', ADDRESS",
    "'住所は太子堂4丁目5-6です', ADDRESS"
  })
  void personalInformationIsFound(String text, PersonalInfoGuard.Kind kind) {
    assertEquals(Optional.of(kind), PersonalInfoGuard.find(text));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "公園を増やしてほしいです",
        "2026年11月22日の説明会に参加しました",
        "受付番号 123456789012",
        "予算は 3,000 万円です",
        "バス停は 3 番乗り場",
        "2024年に3000人、2025年に4500人が参加し、予算は120万円でした",
        "資料のページ 1-2-3 を参照",
        "ver.1-2-3 の手順"
      })
  void ordinaryTextIsNotPersonalInformation(String text) {
    assertEquals(Optional.empty(), PersonalInfoGuard.find(text));
  }

  @ParameterizedTest
  @CsvSource({
    "'2024年に3000人、2025年に4500人', 4",
    "'03-1234-5678', 10",
    "'03 (1234) 5678', 10",
    "'12345     67890', 5",
    "'意見 12 件目、番号 345', 3",
    "'内線x1234 と 5678', 4"
  })
  void digitRunsSpanPunctuationButNotLetters(String text, int digits) {
    assertEquals(digits, PersonalInfoGuard.longestDigitRun(text));
  }
}
