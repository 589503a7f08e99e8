package jp.kyodo.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The two bundles say the same things: every key once (a repeated key silently replaces the first
 * text, wherever it is used), and every key in both languages.
 */
class MessageBundlesTest {
  private static final Path DIR = Path.of("src/main/resources/jp/kyodo/i18n");

  @Test
  void noKeyIsWrittenTwice() throws IOException {
    for (String lang : List.of("ja", "en")) {
      List<String> keys = keys(lang);
      Set<String> seen = new LinkedHashSet<>();
      List<String> twice = new ArrayList<>();
      for (String k : keys) {
        if (!seen.add(k)) {
          twice.add(k);
        }
      }
      assertEquals(List.of(), twice, "keys written twice in messages_" + lang);
    }
  }

  @Test
  void bothLanguagesHaveTheSameKeys() throws IOException {
    Set<String> ja = new TreeSet<>(keys("ja"));
    Set<String> en = new TreeSet<>(keys("en"));
    Set<String> onlyJa = new TreeSet<>(ja);
    onlyJa.removeAll(en);
    Set<String> onlyEn = new TreeSet<>(en);
    onlyEn.removeAll(ja);
    assertEquals(Set.of(), onlyJa, "in Japanese only");
    assertEquals(Set.of(), onlyEn, "in English only");
  }

  private static List<String> keys(String lang) throws IOException {
    List<String> keys = new ArrayList<>();
    for (String line :
        Files.readAllLines(
            DIR.resolve("messages_" + lang + ".properties"), StandardCharsets.UTF_8)) {
      String l = line.strip();
      if (l.isEmpty() || l.startsWith("#") || l.startsWith("!")) {
        continue;
      }
      int eq = l.indexOf('=');
      keys.add((eq < 0 ? l : l.substring(0, eq)).strip());
    }
    return keys;
  }
}
