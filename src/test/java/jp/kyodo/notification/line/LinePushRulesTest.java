package jp.kyodo.notification.line;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import jp.kyodo.notification.NotificationTexts;
import org.junit.jupiter.api.Test;

class LinePushRulesTest {
  @Test
  void acceptedAndAlreadyAcceptedAreDeliveredServerTroubleIsRetriedTheRestIsRefused() {
    assertEquals(LineClient.Sent.ACCEPTED, LineClient.classify(200));
    assertEquals(LineClient.Sent.ACCEPTED, LineClient.classify(409));
    assertEquals(LineClient.Sent.RETRY, LineClient.classify(429));
    assertEquals(LineClient.Sent.RETRY, LineClient.classify(500));
    assertEquals(LineClient.Sent.RETRY, LineClient.classify(503));
    assertEquals(LineClient.Sent.REFUSED, LineClient.classify(400));
    assertEquals(LineClient.Sent.REFUSED, LineClient.classify(401));
    assertEquals(LineClient.Sent.REFUSED, LineClient.classify(403));
  }

  @Test
  void theRetryKeyIsTheSameForEveryAttemptOfTheSameMessage() {
    String name = LineNotifications.retryKeyName(42, 1);
    assertEquals(LinePush.retryKey(name), LinePush.retryKey(name));
    assertEquals(3, LinePush.retryKey(name).version());
    assertNotEquals(
        LinePush.retryKey(name), LinePush.retryKey(LineNotifications.retryKeyName(43, 1)));
    assertNotEquals(
        LinePush.retryKey(name), LinePush.retryKey(LineNotifications.retryKeyName(42, 2)));
  }

  @Test
  void retriesWaitLongerEachTimeUpToAnHour() {
    LineSettings settings = new LineSettings();
    settings.retryDelay = Duration.ofSeconds(30);
    assertEquals(Duration.ofSeconds(30), settings.retryDelay(1));
    assertEquals(Duration.ofSeconds(60), settings.retryDelay(2));
    assertEquals(Duration.ofSeconds(120), settings.retryDelay(3));
    assertEquals(Duration.ofHours(1), settings.retryDelay(9));
    assertEquals(Duration.ofHours(1), settings.retryDelay(50));
  }

  @Test
  void lineIsOffUnlessBothTokenAndSecretAreSet() {
    LineSettings settings = new LineSettings();
    settings.accessToken = java.util.Optional.of("token");
    settings.channelSecret = java.util.Optional.empty();
    assertFalse(settings.enabled());
    settings.channelSecret = java.util.Optional.of(" ");
    assertFalse(settings.enabled());
    settings.channelSecret = java.util.Optional.of("secret");
    assertTrue(settings.enabled());
  }

  @Test
  void unlinkWordsAreReadLoosely() {
    assertTrue(LineWebhook.isUnlink("解除"));
    assertTrue(LineWebhook.isUnlink(" 解除 "));
    assertTrue(LineWebhook.isUnlink("unlink"));
    assertTrue(LineWebhook.isUnlink("ＵＮＬＩＮＫ"));
    assertFalse(LineWebhook.isUnlink("解除しないで"));
  }

  @Test
  void notificationsLinkToWhatTheyAreAbout() {
    assertEquals("/comment.xhtml?id=7", NotificationTexts.path(item("reply", 3L, 7L)));
    assertEquals("/topic.xhtml?id=3", NotificationTexts.path(item("topic_comment", 3L, 7L)));
    assertEquals("/topic.xhtml?id=3", NotificationTexts.path(item("answer", 3L, null)));
    assertEquals("/profile.xhtml#moderation", NotificationTexts.path(item("moderation", 3L, 7L)));
  }

  private static NotificationTexts.Item item(String kind, Long topic, Long comment) {
    return new NotificationTexts.Item(kind, null, topic, "議題", comment, 1);
  }
}
