package jp.kyodo.moderation;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.kyodo.platform.KyodoException;
import jp.kyodo.platform.web.Pages;
import jp.kyodo.security.CurrentActor;
import jp.kyodo.security.ForumPolicy;

/** The switch on a topic's page with which staff and moderators turn pre-moderation on or off. */
@Named
@RequestScoped
public class PremoderationPage {
  @Inject PremoderationService premoderation;
  @Inject CurrentActor currentActor;
  @Inject ForumPolicy policy;

  public boolean isCanSet() {
    return policy.canSetPremoderation(currentActor.get());
  }

  public void set(boolean enabled) {
    Long topicId = Pages.parseId(Pages.param("id"));
    if (topicId == null) {
      return;
    }
    try {
      premoderation.set(topicId, new ModerationRequests.Premoderation(enabled));
      Pages.done(
          enabled ? "premoderation.switchedOn" : "premoderation.switchedOff",
          "/topic.xhtml?id=" + topicId);
    } catch (KyodoException e) {
      Pages.show("premoderationForm", e);
    }
  }
}
