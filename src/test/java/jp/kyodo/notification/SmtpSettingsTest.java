package jp.kyodo.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** With SMTP configured, queued mail really leaves — checked against a local SMTP server. */
class SmtpSettingsTest {
  @RegisterExtension
  static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

  private static SmtpSettings settings(Optional<String> host, int port) {
    SmtpSettings s = new SmtpSettings();
    s.host = host;
    s.port = port;
    s.username = Optional.empty();
    s.password = Optional.empty();
    s.starttls = false;
    s.from = "no-reply@kyodo.test";
    s.connect();
    return s;
  }

  @Test
  void sendsJapaneseMailThroughTheConfiguredServer() throws Exception {
    SmtpSettings s = settings(Optional.of("127.0.0.1"), SMTP.getSmtp().getPort());
    assertTrue(s.enabled());
    s.send("hanako@example.jp", "【協働】メールアドレスの確認", "はなこ 様\n\nリンクを開いてください。");

    MimeMessage[] received = SMTP.getReceivedMessages();
    assertEquals(1, received.length);
    assertEquals("【協働】メールアドレスの確認", received[0].getSubject());
    assertEquals("hanako@example.jp", received[0].getAllRecipients()[0].toString());
    assertTrue(String.valueOf(received[0].getContent()).contains("リンクを開いてください。"));
  }

  @Test
  void aNotificationMailCarriesOneClickUnsubscribeAsRfc8058Asks() throws Exception {
    SmtpSettings s = settings(Optional.of("127.0.0.1"), SMTP.getSmtp().getPort());
    String link =
        "https://kyodo.example/api/v1/unsubscribe?key=3f1c0e0a-1b2c-4d5e-8f90-123456789abc&kind=reply";
    s.send("hanako@example.jp", "【協働】返信がありました", "はなこ 様\n\n返信です。", link);

    MimeMessage m = SMTP.getReceivedMessages()[0];
    assertEquals("<" + link + ">", m.getHeader("List-Unsubscribe", null));
    assertEquals("List-Unsubscribe=One-Click", m.getHeader("List-Unsubscribe-Post", null));
    assertTrue(m.getContentType().startsWith("text/plain"), m.getContentType());
    assertTrue(m.getContentType().toUpperCase().contains("UTF-8"), m.getContentType());
    assertTrue(String.valueOf(m.getContent()).contains("返信です。"));
  }

  @Test
  void anAccountMailHasNoUnsubscribeHeaders() throws Exception {
    SmtpSettings s = settings(Optional.of("127.0.0.1"), SMTP.getSmtp().getPort());
    s.send("hanako@example.jp", "確認", "本文");
    MimeMessage m = SMTP.getReceivedMessages()[0];
    assertEquals(null, m.getHeader("List-Unsubscribe"));
    assertEquals(null, m.getHeader("List-Unsubscribe-Post"));
  }

  @Test
  void withoutAHostMailStaysInTheOutbox() {
    assertFalse(settings(Optional.empty(), 25).enabled());
  }
}
