package jp.kyodo.document;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AcceptancesTest {
  private static final Map<String, String> IN_FORCE =
      Map.of("terms", "2026-10-01", "privacy", "2026-04-01");

  private static Acceptances.Accepted accepted(String kind, String version) {
    return new Acceptances.Accepted(kind, version);
  }

  @Test
  void aNewVersionOfAnAcceptedDocumentIsDue() {
    assertEquals(
        Map.of("terms", "2026-10-01"),
        Acceptances.due(
            IN_FORCE, List.of(accepted("terms", "2026-04-01"), accepted("privacy", "2026-04-01"))));
  }

  @Test
  void nothingIsDueOnceTheVersionsInForceAreAccepted() {
    assertEquals(
        Map.of(),
        Acceptances.due(
            IN_FORCE,
            List.of(
                accepted("terms", "2026-04-01"),
                accepted("privacy", "2026-04-01"),
                accepted("terms", "2026-10-01"))));
  }

  @Test
  void anAccountThatNeverAcceptedIsNotAsked() {
    assertEquals(Map.of(), Acceptances.due(IN_FORCE, List.of()));
    assertEquals(
        Map.of("terms", "2026-10-01"),
        Acceptances.due(IN_FORCE, List.of(accepted("terms", "2026-04-01"))));
  }
}
