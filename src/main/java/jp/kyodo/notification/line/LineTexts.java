package jp.kyodo.notification.line;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;
import jp.kyodo.notification.NotificationTexts;

/**
 * A LINE notification in the recipient's language: the notification's sentence ({@link
 * NotificationTexts}, the same words as the site and mails, with a long topic title shortened) and
 * the address on the site to read it (LINE shows it as a link).
 */
@ApplicationScoped
public class LineTexts {
  /** Topic titles are cut here, so that the message stays a short notice. */
  static final int TITLE_MAX = 60;

  @Inject NotificationTexts texts;

  public String of(Locale locale, NotificationTexts.Item item) {
    NotificationTexts.Item shortened =
        new NotificationTexts.Item(
            item.kind(),
            item.detail(),
            item.topicId(),
            item.topicTitle() == null ? null : shorten(item.topicTitle()),
            item.commentId(),
            item.count());
    return NotificationTexts.sentence(locale, shortened) + "\n" + texts.link(item);
  }

  private static String shorten(String title) {
    return title.codePointCount(0, title.length()) <= TITLE_MAX
        ? title
        : title.substring(0, title.offsetByCodePoints(0, TITLE_MAX - 1)) + "…";
  }
}
