package jp.kyodo.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RepresentativenessTest {
  private static Map<String, Long> map(Object... pairs) {
    Map<String, Long> m = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      m.put((String) pairs[i], ((Number) pairs[i + 1]).longValue());
    }
    return m;
  }

  private static Representativeness.Group group(List<Representativeness.Group> gs, String code) {
    return gs.stream().filter(g -> g.code().equals(code)).findFirst().orElseThrow();
  }

  @Test
  void comparesSharesAndFlagsTheLowestRatios() {
    // population split evenly; participants 100 / 300 / 600
    List<Representativeness.Group> gs =
        Representativeness.compare(
            map("young", 100, "middle", 300, "old", 600),
            map("young", 1000, "middle", 1000, "old", 1000));
    Representativeness.Group young = group(gs, "young");
    assertEquals(new BigDecimal("10.0"), young.participantShare());
    assertEquals(new BigDecimal("33.3"), young.populationShare());
    assertEquals(new BigDecimal("0.30"), young.ratio());
    assertTrue(young.highlighted());
    assertEquals(new BigDecimal("0.90"), group(gs, "middle").ratio());
    assertFalse(group(gs, "middle").highlighted(), "0.90 is not under 0.80");
    assertEquals(new BigDecimal("1.80"), group(gs, "old").ratio());
    assertFalse(group(gs, "old").highlighted());
    assertEquals(List.of("young", "middle", "old"), gs.stream().map(g -> g.code()).toList());
  }

  @Test
  void highlightsAtMostThreeLowest() {
    List<Representativeness.Group> gs =
        Representativeness.compare(
            map("a", 10, "b", 20, "c", 30, "d", 40, "e", 900),
            map("a", 100, "b", 100, "c", 100, "d", 100, "e", 100));
    assertEquals(
        List.of("a", "b", "c"),
        gs.stream().filter(Representativeness.Group::highlighted).map(g -> g.code()).toList());
  }

  @Test
  void suppressesSmallGroupsButStillFlagsThemWhenSurelyUnderRepresented() {
    // 5 of 1,000 participants against half the population: even 9 would be far under
    List<Representativeness.Group> gs =
        Representativeness.compare(map("small", 5, "big", 995), map("small", 500, "big", 500));
    Representativeness.Group small = group(gs, "small");
    assertTrue(small.suppressed());
    assertNull(small.ratio());
    assertNull(small.participantShare());
    assertEquals(new BigDecimal("50.0"), small.populationShare());
    assertTrue(small.highlighted());
  }

  @Test
  void doesNotFlagASuppressedGroupThatCouldBeFine() {
    // 3 of 20 participants, 10 % of the population: 9 would be 45 %, so nothing is certain
    List<Representativeness.Group> gs =
        Representativeness.compare(map("small", 3, "big", 17), map("small", 100, "big", 900));
    assertFalse(group(gs, "small").highlighted());
  }

  @Test
  void missingGroupsCountAsZero() {
    List<Representativeness.Group> gs =
        Representativeness.compare(map("a", 50), map("a", 100, "b", 100));
    assertTrue(group(gs, "b").suppressed());
    assertEquals(0, group(gs, "b").participants());
  }
}
