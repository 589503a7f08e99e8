package jp.kyodo.notification;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;
import jp.kyodo.platform.web.Pages;

/**
 * The header's link to the notification list, with the unread count written in words (「お知らせ（未読 3
 * 件）」), so that it is read out and not only seen. One indexed count per page view, for signed-in
 * participants only (the header asks only when someone is signed in).
 */
@Named
@RequestScoped
public class NotificationBadge {
  @Inject Notifications notifications;

  private Long unread;

  public long getUnread() {
    if (unread == null) {
      unread = notifications.unreadCount();
    }
    return unread;
  }

  public String getLabel() {
    long n = getUnread();
    return n == 0
        ? Pages.text("notifications.nav")
        : Pages.text("notifications.nav.unread", Map.of("count", n));
  }
}
