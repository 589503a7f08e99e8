package jp.kyodo.notification;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.kyodo.platform.KyodoException;
import jp.kyodo.platform.web.Pages;
import jp.kyodo.security.CurrentActor;

/**
 * The follow switch on a topic's page (a form post, never a link). The topic comes from the form's
 * hidden {@code id} field, as on the rest of the topic page.
 */
@Named
@RequestScoped
public class TopicFollowPage {
  @Inject Follows follows;
  @Inject CurrentActor currentActor;

  private Boolean following;

  public boolean isCanFollow() {
    return currentActor.get().isAuthenticated();
  }

  public boolean isFollowing() {
    if (following == null) {
      Long topicId = Pages.parseId(Pages.param("id"));
      following = topicId != null && follows.follows(topicId);
    }
    return following;
  }

  public void follow() {
    change(true);
  }

  public void unfollow() {
    change(false);
  }

  private void change(boolean follow) {
    Long topicId = Pages.parseId(Pages.param("id"));
    if (topicId == null) {
      return;
    }
    try {
      if (follow) {
        follows.follow(topicId);
      } else {
        follows.unfollow(topicId);
      }
      Pages.done(
          follow ? "follow.followed" : "follow.unfollowed",
          "/topic.xhtml?id=" + topicId + "#follow");
    } catch (KyodoException e) {
      Pages.show("followForm", e);
    }
  }
}
