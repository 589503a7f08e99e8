package jp.kyodo.notification.digest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import jp.kyodo.notification.Channel;
import jp.kyodo.notification.MailOutbox;
import jp.kyodo.notification.Unsubscribe;
import jp.kyodo.notification.UnsubscribeTarget;
import jp.kyodo.platform.Messages;
import jp.kyodo.platform.PublicUrl;

/** A digest by e-mail, through the outbox, with the digest's one-click unsubscribe link. */
@ApplicationScoped
public class MailDigestDelivery implements DigestDelivery {
  @Inject MailOutbox outbox;
  @Inject Unsubscribe unsubscribe;
  @Inject PublicUrl publicUrl;

  @Override
  public Channel channel() {
    return Channel.EMAIL;
  }

  @Override
  public void deliver(
      long digestId, DigestRecipient r, DigestPeriod period, List<DigestItem> items) {
    Locale locale = Messages.ofPreference(r.preferredLanguage());
    UnsubscribeTarget target = UnsubscribeTarget.digestOf(period.frequency());
    DigestMail.Text text =
        DigestMail.write(
            new DigestMail.Content(
                locale,
                r.displayName(),
                period,
                items,
                publicUrl.of("/notification-settings.xhtml"),
                unsubscribe.page(r.unsubscribeKey(), target)),
            publicUrl::of);
    outbox.enqueue(
        r.email(), text.subject(), text.body(), unsubscribe.link(r.unsubscribeKey(), target));
  }
}
