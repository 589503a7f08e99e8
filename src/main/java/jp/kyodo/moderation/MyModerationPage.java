package jp.kyodo.moderation;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import jp.kyodo.platform.KyodoException;
import jp.kyodo.platform.WardTime;
import jp.kyodo.platform.web.Pages;
import jp.kyodo.security.Actor;
import jp.kyodo.security.CurrentActor;

/** The profile page's section on the participant's own moderated posts and review requests. */
@Named
@RequestScoped
public class MyModerationPage {
  @Inject CaseQueries queries;
  @Inject DecisionService decisions;
  @Inject SanctionService sanctions;
  @Inject CurrentActor currentActor;

  private List<CaseQueries.MyCase> cases;
  private String reviewText;

  public List<CaseQueries.MyCase> getCases() {
    if (cases == null) {
      cases = queries.mine();
    }
    return cases;
  }

  /** The sanction in force, if any, so the participant sees why and until when. */
  public Actor.Restriction getRestriction() {
    var actor = currentActor.get();
    return actor.isAuthenticated() ? sanctions.activeRestriction(actor.id()).orElse(null) : null;
  }

  /** Why and until when the participant may not write, or null. */
  public String getRestrictionText() {
    Actor.Restriction r = getRestriction();
    if (r == null) {
      return null;
    }
    String what =
        r.until() == null
            ? Pages.text("profile.restriction.ban")
            : Pages.text(
                "profile.restriction.suspend", Map.of("until", WardTime.format(r.until())));
    return what + " " + Pages.text("profile.restriction.reason") + ": " + r.reason();
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
