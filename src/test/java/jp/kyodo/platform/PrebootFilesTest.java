package jp.kyodo.platform;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Production and development start Payara with the same protective settings. */
class PrebootFilesTest {
  private static final String LISTENER =
      "set configs.config.server-config.network-config.network-listeners.network-listener"
          + ".http-listener.";

  private static List<String> commands(String file) throws IOException {
    return Files.readAllLines(Path.of("config", file)).stream()
        .map(String::strip)
        .filter(l -> !l.isEmpty() && !l.startsWith("#"))
        .toList();
  }

  @Test
  void developmentCarriesEveryProductionSettingAndOnlyAddsTheLoopbackAddress() throws Exception {
    List<String> production = commands("payara-production.asadmin");
    List<String> development = commands("payara-preboot.asadmin");
    assertTrue(development.containsAll(production), development + " lacks some of " + production);
    List<String> extra = development.stream().filter(c -> !production.contains(c)).toList();
    assertTrue(extra.equals(List.of(LISTENER + "address=127.0.0.1")), "only loopback: " + extra);
    assertFalse(production.stream().anyMatch(c -> c.contains("127.0.0.1")));
  }

  @Test
  void theListenerClosedBeforeBootIsOpenedAfterDeployment() throws Exception {
    assertTrue(commands("payara-production.asadmin").contains(LISTENER + "enabled=false"));
    assertTrue(commands("payara-postdeploy.asadmin").contains(LISTENER + "enabled=true"));
  }

  @Test
  void metricsAreOff() throws Exception {
    assertTrue(
        commands("payara-production.asadmin")
            .contains(
                "set configs.config.server-config.microprofile-metrics-configuration"
                    + ".enabled=false"));
  }
}
