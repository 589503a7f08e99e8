package jp.kyodo.comment;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.kyodo.platform.web.Pages;

/** activity.xhtml: my opinions and replies, and the replies I received, each paged by a link. */
@Named("activityPage")
@RequestScoped
public class ActivityPageBean {
  @Inject ActivityService activity;

  private ActivityService.ActivityPage written;
  private ActivityService.ActivityPage received;

  public ActivityService.ActivityPage getWritten() {
    if (written == null) {
      written = activity.written(Pages.parseId(Pages.param("written")));
    }
    return written;
  }

  public ActivityService.ActivityPage getReceived() {
    if (received == null) {
      received = activity.repliesReceived(Pages.parseId(Pages.param("received")));
    }
    return received;
  }
}
