package jp.kyodo.moderation;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import jp.kyodo.platform.KyodoException;
import jp.kyodo.platform.web.Pages;
import jp.kyodo.security.CurrentActor;
import jp.kyodo.security.ForumPolicy;

/** The profile page's section on the participant's own moderated posts and review requests. */
@Named
@RequestScoped
public class MyModerationPage {
  @Inject CaseQueries queries;
  @Inject DecisionService decisions;
  @Inject ForumPolicy policy;
  @Inject CurrentActor currentActor;

  private List<CaseQueries.MyCase> cases;
  private String reviewText;

  public List<CaseQueries.MyCase> getCases() {
    if (cases == null) {
      cases = queries.mine();
    }
    return cases;
  }

  /**
   * Why and until when the participant may not write, or null (the sanction comes with the actor).
   */
  public String getRestrictionText() {
    return policy.writeRefusal(currentActor.get()).map(Pages::message).orElse(null);
  }

  public void requestReview() {
    Long caseId = Pages.parseId(Pages.param("case"));
    if (caseId == null) {
      return;
    }
    try {
      decisions.requestReview(caseId, new ModerationRequests.ReviewRequest(reviewText));
      Pages.keepMessages();
      Pages.info("moderation.reviewReceived");
      Pages.redirect("/profile.xhtml#moderation");
    } catch (KyodoException e) {
      Pages.show("reviewForm", e);
    }
  }

  public String getReviewText() {
    return reviewText;
  }

  public void setReviewText(String reviewText) {
    this.reviewText = reviewText;
  }
}
