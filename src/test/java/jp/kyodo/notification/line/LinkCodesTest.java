package jp.kyodo.notification.line;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LinkCodesTest {
  @Test
  void codesAreEightCharactersWithoutLookAlikes() {
    for (int i = 0; i < 1000; i++) {
      String code = LinkCodes.generate();
      assertEquals(8, code.length());
      assertTrue(code.matches("[A-HJKMNP-Z2-9]{8}"), code);
    }
  }

  @Test
  void codesDiffer() {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 1000; i++) {
      seen.add(LinkCodes.generate());
    }
    assertEquals(1000, seen.size());
  }

  @Test
  void readsWhatPeopleTypeIntoLine() {
    assertEquals(Optional.of("ABCD2345"), LinkCodes.read("ABCD2345"));
    assertEquals(Optional.of("ABCD2345"), LinkCodes.read(" abcd-2345 "));
    assertEquals(Optional.of("ABCD2345"), LinkCodes.read("ＡＢＣＤ ２３４５"));
  }

  @Test
  void refusesWhatCannotBeACode() {
    assertEquals(Optional.empty(), LinkCodes.read(null));
    assertEquals(Optional.empty(), LinkCodes.read("こんにちは"));
    assertEquals(Optional.empty(), LinkCodes.read("ABCD234"));
    assertEquals(Optional.empty(), LinkCodes.read("ABCD23456"));
    assertEquals(Optional.empty(), LinkCodes.read("ABCD1230")); // 1 and 0 are never in a code
    assertEquals(Optional.empty(), LinkCodes.read("A".repeat(100)));
  }

  @Test
  void onlyTheHashIsKeptAndItIsTheSameForTheSameCode() {
    assertEquals(64, LinkCodes.hash("ABCD2345").length());
    assertEquals(LinkCodes.hash("ABCD2345"), LinkCodes.hash("ABCD2345"));
    assertNotEquals(LinkCodes.hash("ABCD2345"), LinkCodes.hash("ABCD2346"));
  }
}
