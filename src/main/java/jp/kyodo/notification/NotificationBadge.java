package jp.kyodo.notification;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;
import jp.kyodo.platform.web.Pages;
import jp.kyodo.platform.web.PersonalMarks;

/**
 * The header's link to the notification list, with the unread count written in words (「お知らせ（未読 3
 * 件）」), so that it is read out and not only seen. One indexed count per page view, for signed-in
 * participants only (the header asks only when someone is signed in). In a page kept for a class of
 * readers the count is a mark ({@link NotificationMarks}).
 */
@Named
@RequestScoped
public class NotificationBadge {
  @Inject Notifications notifications;
  @Inject PersonalMarks marks;

  private Long unread;

  public long getUnread() {
    if (unread == null) {
      unread = marks.isTemplate() ? 0 : notifications.unreadCount();
    }
    return unread;
  }

  /** The label with unread notifications (the count a mark in a kept page). */
  public String getLabel() {
    if (marks.isTemplate()) {
      return Pages.text(
          "notifications.nav.unread", Map.of("count", marks.value(NotificationMarks.UNREAD, "")));
    }
    long n = getUnread();
    return n == 0
        ? Pages.text("notifications.nav")
        : Pages.text("notifications.nav.unread", Map.of("count", n));
  }
}
