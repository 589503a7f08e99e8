package jp.kyodo.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;
import jp.kyodo.platform.PublicUrl;

/**
 * The one owner of unsubscribe links. {@link #link} is the RFC 8058 one-click address for the
 * {@code List-Unsubscribe} header (a POST there unsubscribes; a GET only shows the page); {@link
 * #page} is the address to print in a mail's text, a page that says what will stop and asks for a
 * button press. The key is {@code participant.unsubscribe_key}: it can change that participant's
 * notification settings and nothing else.
 */
@ApplicationScoped
public class Unsubscribe {
  static final String API_PATH = "/api/v1/unsubscribe";
  static final String PAGE_PATH = "/unsubscribe.xhtml";

  @Inject PublicUrl publicUrl;

  /** One-click link for the mails of one kind of event. */
  public String link(UUID participantKey, EventKind kind) {
    return link(participantKey, UnsubscribeTarget.of(kind));
  }

  /** One-click link for a digest or a kind. */
  public String link(UUID participantKey, UnsubscribeTarget target) {
    return publicUrl.of(API_PATH + query(participantKey, target));
  }

  /** The page to show in the mail's text for a kind of event. */
  public String page(UUID participantKey, EventKind kind) {
    return page(participantKey, UnsubscribeTarget.of(kind));
  }

  /** The page to show in the mail's text. */
  public String page(UUID participantKey, UnsubscribeTarget target) {
    return publicUrl.of(PAGE_PATH + query(participantKey, target));
  }

  static String query(UUID participantKey, UnsubscribeTarget target) {
    return "?key=" + participantKey + "&kind=" + target.code();
  }
}
