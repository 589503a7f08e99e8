package jp.kyodo.participant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NameRulesTest {
  /** The terms the migration seeds. */
  private static final List<NameRules.Term> SEEDED =
      List.of(
              "世田谷区",
              "区長",
              "区役所",
              "区職員",
              "職員",
              "公式",
              "運営",
              "管理者",
              "管理人",
              "モデレーター",
              "スタッフ",
              "事務局",
              "区議",
              "総合支所",
              "admin",
              "administrator",
              "official",
              "staff",
              "moderator",
              "Setagaya City")
          .stream()
          .map(NameRules.Term::of)
          .toList();

  @ParameterizedTest(name = "{0} contains {1}")
  @CsvSource({
    "世田谷区長, 世田谷区",
    "区職員 山本, 区職員",
    "区 職 員やまもと, 区職員",
    "ｽﾀｯﾌ, スタッフ",
    "すたっふ太郎, スタッフ",
    "ＡＤＭＩＮ, admin",
    "admin_taro, admin",
    "TaroAdmin, admin",
    "Staff Mary, staff",
    "mary.staff, staff",
    "Administrator1, administrator",
    "公式アカウント, 公式",
    "協働運営チーム, 運営",
    "ﾓﾃﾞﾚｰﾀｰ花子, モデレーター",
    "ＳｅｔａｇａｙａＣｉｔｙ, Setagaya City",
    "setagaya-city-news, Setagaya City",
  })
  void refusesNamesThatPassForTheWard(String name, String term) {
    Optional<NameRules.Term> found = NameRules.reservedTermIn(name, SEEDED);
    assertTrue(found.isPresent(), name);
    assertEquals(term, found.get().term());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"はなこ", "世田谷　たろう", "経堂のパン屋", "badminton_club", "Mary", "まちの声", "三軒茶屋2丁目住民"})
  void acceptsOrdinaryNames(String name) {
    assertEquals(Optional.empty(), NameRules.reservedTermIn(name, SEEDED), name);
  }

  @Test
  void foldsWidthCaseKanaAndDropsSpacesAndPunctuation() {
    assertEquals("すたっふ", NameRules.skeleton("ｽﾀｯﾌ"));
    assertEquals("admin", NameRules.skeleton("Ａ・Ｄ・Ｍ Ｉ Ｎ"));
    assertEquals("区長", NameRules.skeleton("区　長！"));
  }

  @Test
  void duplicatesAreTheSameNameFolded() {
    assertEquals(NameRules.duplicateKey("はなこ"), NameRules.duplicateKey("ハナコ"));
    assertEquals(NameRules.duplicateKey("はなこ"), NameRules.duplicateKey("ﾊﾅｺ"));
    assertEquals(NameRules.duplicateKey("Hanako Y"), NameRules.duplicateKey("ｈａｎａｋｏ　ｙ"));
    assertNotEquals(NameRules.duplicateKey("はなこ"), NameRules.duplicateKey("はなこ2"));
  }
}
