package jp.kyodo.notification.line;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Logger;
import jp.kyodo.notification.Channel;
import jp.kyodo.notification.digest.DigestDelivery;
import jp.kyodo.notification.digest.DigestItem;
import jp.kyodo.notification.digest.DigestMail;
import jp.kyodo.notification.digest.DigestPeriod;
import jp.kyodo.notification.digest.DigestRecipient;
import jp.kyodo.platform.Messages;
import jp.kyodo.platform.PublicUrl;

/**
 * A digest as one LINE message: the digest's subject, its notifications grouped as in the mail (at
 * most {@link #LISTED}, the rest counted with a link to the site's list), and the settings link.
 * The retry key is named after the digest, so a batch rolled back after LINE accepted its message
 * sends it again under the same key and LINE does not show it twice. A participant with no LINE
 * account linked (any more) gets nothing; the digest is settled all the same.
 */
@ApplicationScoped
public class LineDigestDelivery implements DigestDelivery {
  private static final Logger LOG = Logger.getLogger(LineDigestDelivery.class.getName());

  /** Notifications listed in one message: a LINE text holds 5,000 characters. */
  static final int LISTED = 20;

  @Inject LinePush push;
  @Inject PublicUrl publicUrl;

  @Override
  public Channel channel() {
    return Channel.LINE;
  }

  @Override
  public void deliver(
      long digestId, DigestRecipient r, DigestPeriod period, List<DigestItem> items) {
    LinePush.Result result =
        push.send(
            r.participantId(), text(r, period, items), LinePush.retryKey("digest:" + digestId));
    switch (result.outcome()) {
      case SENT, NOT_LINKED -> {}
      case REFUSED ->
          LOG.warning(() -> "LINE refused digest " + digestId + ": " + result.lineStatus());
      case RETRY_LATER ->
          throw new IllegalStateException(
              "LINE did not take digest " + digestId + " (" + result.lineStatus() + ")");
    }
  }

  String text(DigestRecipient r, DigestPeriod period, List<DigestItem> items) {
    Locale l = Messages.ofPreference(r.preferredLanguage());
    return DigestMail.subject(l, period, r.displayName(), items.size())
        + DigestMail.groups(l, items, LISTED, publicUrl::of)
        + "\n\n"
        + Messages.format(
            l,
            "digest.line.footer",
            Map.of("settings", publicUrl.of("/notification-settings.xhtml")));
  }
}
