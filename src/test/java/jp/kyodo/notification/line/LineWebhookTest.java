package jp.kyodo.notification.line;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import jp.kyodo.notification.EventKind;
import jp.kyodo.platform.AuthenticationRequiredException;
import jp.kyodo.platform.Messages;
import jp.kyodo.platform.ResourceNotFoundException;
import org.junit.jupiter.api.Test;

class LineWebhookTest {
  private static final byte[] BODY = "{\"events\":[]}".getBytes(StandardCharsets.UTF_8);

  private static LineWebhook webhook(Optional<String> token, Optional<String> secret) {
    LineSettings settings = new LineSettings();
    settings.accessToken = token;
    settings.channelSecret = secret;
    LineWebhook webhook = new LineWebhook();
    webhook.settings = settings;
    return webhook;
  }

  @Test
  void isNotThereWhenLineIsNotConfigured() {
    LineWebhook off = webhook(Optional.empty(), Optional.empty());
    assertThrows(ResourceNotFoundException.class, () -> off.receive(BODY, "anything"));
  }

  @Test
  void refusesABadSignatureBeforeReadingTheBody() {
    LineWebhook on = webhook(Optional.of("token"), Optional.of("secret"));
    byte[] notJson = "not json".getBytes(StandardCharsets.UTF_8);
    AuthenticationRequiredException refused =
        assertThrows(AuthenticationRequiredException.class, () -> on.receive(notJson, "bad"));
    assertEquals("invalid_signature", refused.code());
    assertEquals(401, refused.status());
  }

  @Test
  void acknowledgesAWellSignedRequestWithoutEvents() {
    LineWebhook on = webhook(Optional.of("token"), Optional.of("secret"));
    on.receive(BODY, LineSignature.sign("secret", BODY));
  }

  @Test
  void everyKindOfEventHasItsLineTextInBothLanguages() {
    for (EventKind kind : EventKind.values()) {
      for (Locale locale : Messages.SUPPORTED) {
        assertTrue(Messages.has(locale, "notification." + kind.code()), kind + " in " + locale);
      }
    }
  }
}
