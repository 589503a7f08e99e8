package jp.kyodo.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SuppressionTest {
  @ParameterizedTest
  @ValueSource(longs = {0, 1, 5, 9})
  void suppressesFewerThanTenPeople(long people) {
    Cell cell = Suppression.people(people);
    assertTrue(cell.suppressed());
    assertNull(cell.value());
    assertEquals("", cell.text());
  }

  @ParameterizedTest
  @ValueSource(longs = {10, 11, 28950})
  void showsTenPeopleOrMore(long people) {
    Cell cell = Suppression.people(people);
    assertFalse(cell.suppressed());
    assertEquals(people, cell.value().longValue());
  }

  @Test
  void suppressesAFigureByThePeopleBehindItNotByItsSize() {
    assertTrue(Suppression.count(500, 9).suppressed(), "500 comments by 9 people");
    assertNull(Suppression.count(500, 9).value());
    assertEquals(3, Suppression.count(3, 12).value().intValue(), "3 comments by 12 people? shown");
    assertEquals(new BigDecimal("12.5"), Suppression.count(new BigDecimal("12.5"), 10).value());
  }

  @Test
  void referenceFiguresAreNeverSuppressed() {
    assertFalse(Suppression.reference(3).suppressed());
    assertEquals(3, Suppression.reference(3).value().intValue());
  }
}
