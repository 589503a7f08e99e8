package jp.kyodo.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MessagesTest {

  @Test
  void countsAreWrittenAsEachLanguageWritesThem() {
    assertEquals(
        "2,000 文字以内で入力してください。",
        Messages.format(Locale.JAPANESE, "validation.text.tooLong", Map.of("max", 2000)));
    assertEquals(
        "2,000 文字以内で入力してください。",
        Messages.format(Locale.JAPANESE, "validation.text.tooLong", Map.of("max", 2000L)));
  }

  @Test
  void identifiersAreWrittenAsTheyAre() {
    String text = Messages.format(Locale.ENGLISH, "no.such.key {id}", Map.of("id", 12345L));
    assertEquals("no.such.key 12345", text);
  }
}
