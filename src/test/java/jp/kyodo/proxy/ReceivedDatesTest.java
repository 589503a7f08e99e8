package jp.kyodo.proxy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReceivedDatesTest {
  @ParameterizedTest
  @ValueSource(
      strings = {
        "2026-11-05",
        "2026/11/05",
        "2026/11/5",
        "2026年11月5日",
        "２０２６／１１／０５",
        " 2026-11-5 "
      })
  void readsTheWaysPeopleWriteADay(String written) {
    assertEquals(LocalDate.of(2026, 11, 5), ReceivedDates.parse(written).orElseThrow());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "yesterday", "2026-02-30", "2026-13-01", "11/05/2026", "20261105"})
  void refusesWhatIsNoDay(String written) {
    assertTrue(ReceivedDates.parse(written).isEmpty(), written);
  }
}
