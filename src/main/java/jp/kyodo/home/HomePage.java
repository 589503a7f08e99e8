package jp.kyodo.home;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import jp.kyodo.participant.AccountService;
import jp.kyodo.participant.AccountView;
import jp.kyodo.platform.web.Pages;
import jp.kyodo.reference.ReferenceData;
import jp.kyodo.security.Actor;
import jp.kyodo.security.CurrentActor;
import jp.kyodo.topic.ParticipationTotals;
import jp.kyodo.topic.TopicQueries;

/**
 * The home page, where a resident starts: topics open now (closing soon first), the ward's newest
 * answers, the resident's own area's topics once signed in, and how many people took part. The KPI
 * is the administrators' (their statistics page), not the residents'.
 */
@Named
@RequestScoped
public class HomePage {
  private static final int SHOWN = 5;

  @Inject TopicQueries topics;
  @Inject ParticipationTotals totals;
  @Inject CurrentActor currentActor;
  @Inject AccountService accounts;
  @Inject ReferenceData reference;
  @Inject HttpServletRequest request;

  private TopicQueries.TopicListing open;
  private List<TopicQueries.Answered> answered;
  private HomeHtmlPage.Place me;
  private TopicQueries.TopicListing nearby;

  public TopicQueries.TopicListing getOpen() {
    if (open == null) {
      open = topics.list(new TopicQueries.Filter("open", null, null, null, "closing", 1, SHOWN));
    }
    return open;
  }

  public List<TopicQueries.Answered> getAnswered() {
    if (answered == null) {
      answered = topics.recentlyAnswered(SHOWN);
    }
    return answered;
  }

  public ParticipationTotals.Totals getTotals() {
    return totals.get();
  }

  /** Open topics that concern the signed-in resident's district or area (ward-wide ones too). */
  public TopicQueries.TopicListing getNearby() {
    if (nearby == null && getPlace() != null) {
      nearby =
          topics.list(
              new TopicQueries.Filter(
                  "open", null, me.areaCode(), me.districtCode(), "closing", 1, SHOWN));
    }
    return nearby;
  }

  /** The resident's district (or area) as a name, or null when they gave none or are anonymous. */
  public String getPlace() {
    Actor actor = currentActor.get();
    if (!actor.isAuthenticated()) {
      return null;
    }
    if (me == null) {
      // the place a page kept for a class of readers is rendered for (HomeHtmlPage), else the
      // reader's
      if (request.getAttribute(HomeHtmlPage.PLACE) instanceof HomeHtmlPage.Place given) {
        me = given;
      } else {
        AccountView account = accounts.view(actor.id());
        me = new HomeHtmlPage.Place(account.areaCode(), account.districtCode());
      }
    }
    if (me.districtCode() != null) {
      return reference.district(me.districtCode()).map(d -> d.label(Pages.locale())).orElse(null);
    }
    if (me.areaCode() != null) {
      return reference.get().areas().stream()
          .filter(a -> a.code().equals(me.areaCode()))
          .findFirst()
          .map(a -> a.label(Pages.locale()))
          .orElse(null);
    }
    return null;
  }

  public String getTotalsText() {
    ParticipationTotals.Totals t = getTotals();
    return Pages.text(
        "home.totals",
        java.util.Map.of(
            "people", String.format("%,d", t.participants()),
            "comments", String.format("%,d", t.comments()),
            "topics", String.format("%,d", t.topics())));
  }
}
