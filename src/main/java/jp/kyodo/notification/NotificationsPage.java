package jp.kyodo.notification;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;
import jp.kyodo.platform.ResourceNotFoundException;
import jp.kyodo.platform.web.Pages;

/**
 * notifications.xhtml: my notifications, newest first, all or only the unread ones, paged by a link
 * ({@code ?before=}). A notification's link is {@code ?read=<id>}: the view action marks it read
 * and redirects to the notification's own page, so the link cannot lead anywhere else.
 */
@Named
@RequestScoped
public class NotificationsPage {
  @Inject Notifications notifications;

  private Notifications.NoticePage page;

  /** On a GET: {@code ?read=<id>} opens that notification; anything else shows the list. */
  public void load() {
    String read = Pages.param("read");
    if (read == null) {
      return;
    }
    Long id = Pages.parseId(read);
    if (id == null) {
      Pages.notFound();
      return;
    }
    try {
      Pages.redirect(notifications.open(id));
    } catch (ResourceNotFoundException e) {
      Pages.notFound();
    }
  }

  public void markAllRead() {
    notifications.markAllRead();
    Pages.done(
        "notifications.allRead", "/notifications.xhtml" + (isUnreadOnly() ? "?show=unread" : ""));
  }

  public boolean isUnreadOnly() {
    return "unread".equals(Pages.param("show"));
  }

  public Notifications.NoticePage getPage() {
    if (page == null) {
      page =
          notifications.list(Pages.locale(), isUnreadOnly(), Pages.parseId(Pages.param("before")));
    }
    return page;
  }

  /** 「未読は 3 件です。」 or 「未読のお知らせはありません。」. */
  public String getSummary() {
    long unread = getPage().unread();
    return unread == 0
        ? Pages.text("notifications.summary.none")
        : Pages.text("notifications.summary", Map.of("count", unread));
  }

  /** The link to the next page, keeping the filter. */
  public String getNextLink() {
    Long next = getPage().nextBefore();
    if (next == null) {
      return null;
    }
    return "?" + (isUnreadOnly() ? "show=unread&before=" : "before=") + next;
  }
}
