package jp.kyodo.insight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class KeyTermsTest {
  private static final KeyTerms.Cutter CUTTER = KeyTerms.load().cutter();

  private static Set<String> keys(String text) {
    return CUTTER.terms(text).keySet();
  }

  @Test
  void findsNounsAndJoinsThemIntoCompoundNouns() {
    Set<String> terms = keys("児童館職員の配置を増やしてほしいです。");
    assertTrue(terms.containsAll(Set.of("児童館職員", "児童館", "職員", "配置")), terms.toString());
    assertFalse(terms.contains("児童館職員の配置"), terms.toString());
  }

  @Test
  void aCompoundOfTheDictionaryStaysWholeAndGrowsWithTheNextNoun() {
    Set<String> terms = keys("駅前の駐輪場が足りないので駐輪場整備をしてください");
    assertTrue(terms.containsAll(Set.of("駅前", "駐輪場", "整備", "駐輪場整備")), terms.toString());
  }

  @Test
  void dropsParticlesVerbsFormalNounsNumbersAndStopWords() {
    Set<String> terms = keys("区の意見を言うことはためになると思いますが、3丁目の田中さんのように考える方もいます");
    assertEquals(Set.of("田中"), terms);
  }

  @Test
  void dropsSingleKanaAndTextWithoutLetters() {
    assertEquals(Set.of(), keys("ア、イ、ウ。1234 !!"));
    assertTrue(keys("駅が遠い").contains("駅"), "one kanji may name a thing");
  }

  @Test
  void punctuationEndsACompound() {
    Set<String> terms = keys("利便性、無料化");
    assertTrue(terms.containsAll(Set.of("利便性", "無料化")), terms.toString());
    assertFalse(terms.contains("利便性無料化"), terms.toString());
    // full-width ： is ':' after NFKC, which IPADIC takes for a noun
    assertEquals(Set.of("公園", "道路"), keys("意見 12：公園や道路"));
  }

  @Test
  void placeNamesOfTheWardStayWhole() {
    Set<String> terms = keys("三軒茶屋の街灯が暗い。砧公園にも街灯を。");
    assertTrue(terms.containsAll(Set.of("三軒茶屋", "街灯", "砧公園")), terms.toString());
    assertFalse(terms.contains("茶屋"), terms.toString());
  }

  @Test
  void katakanaAndHiraganaSpellingsAreOneTermThatKeepsItsSpelling() {
    Map<String, String> terms = CUTTER.terms("ゴミの分別ルール");
    assertEquals("ゴミ", terms.get("ごみ"));
    assertEquals("分別ルール", terms.get("分別るーる"));
    assertEquals("ごみ", CUTTER.terms("ごみの分別").get("ごみ"));
  }

  @Test
  void addressesAreNotTerms() {
    assertEquals(Set.of("資料"), keys("資料は https://example.jp/kyodo/docs にあります"));
  }
}
