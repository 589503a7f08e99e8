package jp.kyodo.participant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import jp.kyodo.notification.MailOutbox;
import jp.kyodo.platform.Messages;
import jp.kyodo.platform.PublicUrl;

/** The account mails, in the participant's language, with links to the public site. */
@ApplicationScoped
public class AccountMails {
  @Inject MailOutbox outbox;

  @Inject PublicUrl publicUrl;

  public void confirmation(Participant p, String token) {
    send(p, "mail.confirm", link("/confirm.xhtml", token));
  }

  public void passwordReset(Participant p, String token) {
    send(p, "mail.reset", link("/password-reset.xhtml", token));
  }

  private void send(Participant p, String key, String link) {
    Locale locale = Messages.ofPreference(p.profile().preferredLanguage());
    Map<String, Object> args = Map.of("name", p.displayName(), "link", link);
    outbox.enqueue(
        p.email(),
        Messages.format(locale, key + ".subject", args),
        Messages.format(locale, key + ".body", args));
  }

  private String link(String page, String token) {
    return publicUrl.of(page + "?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8));
  }
}
