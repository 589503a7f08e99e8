package jp.kyodo.notification;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Properties;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The SMTP connection from configuration (KYODO_SMTP_HOST and friends); absent means outbox only.
 */
@ApplicationScoped
public class SmtpSettings {
  @Inject
  @ConfigProperty(name = "kyodo.smtp.host")
  Optional<String> host;

  @Inject
  @ConfigProperty(name = "kyodo.smtp.port", defaultValue = "587")
  int port;

  @Inject
  @ConfigProperty(name = "kyodo.smtp.username")
  Optional<String> username;

  @Inject
  @ConfigProperty(name = "kyodo.smtp.password")
  Optional<String> password;

  @Inject
  @ConfigProperty(name = "kyodo.smtp.starttls", defaultValue = "true")
  boolean starttls;

  @Inject
  @ConfigProperty(name = "kyodo.mail.from", defaultValue = "no-reply@kyodo.localhost")
  String from;

  private Session session;

  @PostConstruct
  void connect() {
    if (host.isEmpty()) {
      return;
    }
    Properties props = new Properties();
    props.put("mail.smtp.host", host.get());
    props.put("mail.smtp.port", String.valueOf(port));
    props.put("mail.smtp.starttls.enable", String.valueOf(starttls));
    props.put("mail.smtp.connectiontimeout", "10000");
    props.put("mail.smtp.timeout", "10000");
    Authenticator auth = null;
    if (username.isPresent()) {
      props.put("mail.smtp.auth", "true");
      auth =
          new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
              return new PasswordAuthentication(username.get(), password.orElse(""));
            }
          };
    }
    session = Session.getInstance(props, auth);
  }

  public boolean enabled() {
    return session != null;
  }

  void send(String to, String subject, String body) throws MessagingException {
    send(to, subject, body, null);
  }

  /**
   * One plain-text part in UTF-8. A notification mail carries its one-click unsubscribe link as RFC
   * 8058 asks: {@code List-Unsubscribe: <https://…>} and {@code List-Unsubscribe-Post:
   * List-Unsubscribe=One-Click}, so that mail providers can offer the button and POST to it.
   */
  void send(String to, String subject, String body, String listUnsubscribe)
      throws MessagingException {
    MimeMessage message = new MimeMessage(session);
    message.setFrom(new InternetAddress(from));
    message.setRecipient(Message.RecipientType.TO, new InternetAddress(to));
    message.setSubject(subject, StandardCharsets.UTF_8.name());
    message.setText(body, StandardCharsets.UTF_8.name());
    if (listUnsubscribe != null) {
      message.setHeader("List-Unsubscribe", "<" + listUnsubscribe + ">");
      message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
    }
    Transport.send(message);
  }
}
