package jp.kyodo.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextTest {
  @Test
  void normalisesToNfcAndTrimsIdeographicSpace() {
    assertEquals("が", Text.normalize("\u3000か\u3099 "));
    assertEquals("一行目\n二行目", Text.normalize("一行目\r\n二行目"));
    assertNull(Text.normalizeOptional("　"));
  }

  @Test
  void countsCodePointsNotUtf16Units() {
    assertEquals(3, Text.length("😀😀😀"));
    assertEquals(2, Text.length("𠮷野"));
  }

  @Test
  void foldsFullWidthEmailAddresses() {
    assertEquals("taro@example.jp", Text.normalizeEmail("ｔａｒｏ＠ｅｘａｍｐｌｅ．ｊｐ"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"a\u0000b", "a\u0007b", "a\u202Eb", "a\u2066b", "a\uFFFEb", "a\u0085b"})
  void rejectsControlAndBidiOverrideCharacters(String text) {
    assertTrue(Text.hasForbiddenCharacters(text, true));
  }

  @Test
  void lineBreaksOnlyWhereMultiLineTextIsAllowed() {
    assertFalse(Text.hasForbiddenCharacters("一行目\n二行目", true));
    assertTrue(Text.hasForbiddenCharacters("一行目\n二行目", false));
    assertFalse(Text.hasForbiddenCharacters("絵文字😀と𠮷", false));
  }

  @Test
  void unpairedSurrogatesAreForbidden() {
    assertTrue(Text.hasForbiddenCharacters("a\uD800b", false));
  }

  @Test
  void anExcerptIsOneLineCutByCodePoints() {
    assertEquals("", Text.excerpt(null, 5));
    assertEquals("一行目 二行目", Text.excerpt("一行目\r\n二行目", 10));
    assertEquals("あいう…", Text.excerpt("あいうえお", 3));
    assertEquals("𠮷野家", Text.excerpt("𠮷野家", 3), "a surrogate pair is one character");
    assertEquals("𠮷野…", Text.excerpt("𠮷野家です", 2));
  }
}
