package jp.kyodo.home;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import jp.kyodo.participant.AccountService;
import jp.kyodo.participant.AccountView;
import jp.kyodo.platform.ThreadChanges;
import jp.kyodo.platform.web.CachedPage;
import jp.kyodo.security.CurrentActor;

/**
 * The home page may be kept: it is a list of topics (open topics, the ward's latest answers,
 * totals). Anonymous readers have no place of their own; a signed-in reader's page also lists the
 * topics of their district or area, so it is kept per reader class and place ({@link HomePage}
 * reads the place given here when it renders the page for the class).
 */
@ApplicationScoped
public class HomeHtmlPage implements CachedPage {
  static final String PLACE = HomeHtmlPage.class.getName() + ".place";

  @Inject AccountService accounts;
  @Inject CurrentActor currentActor;

  /** Where a resident said they live or work: the nearby topics are chosen by it. */
  record Place(String areaCode, String districtCode) {}

  @Override
  public List<String> paths() {
    return List.of("/", "/index.xhtml");
  }

  @Override
  public OptionalLong topic(HttpServletRequest request) {
    return OptionalLong.of(ThreadChanges.LISTS);
  }

  @Override
  public Optional<String> readerClass(HttpServletRequest request, String readerClass) {
    AccountView me = accounts.view(currentActor.get().id());
    Place place = new Place(me.areaCode(), me.districtCode());
    request.setAttribute(PLACE, place);
    return Optional.of(readerClass + " " + place.areaCode() + "/" + place.districtCode());
  }
}
