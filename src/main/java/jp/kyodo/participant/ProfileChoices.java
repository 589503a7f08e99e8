package jp.kyodo.participant;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.model.SelectItem;
import jakarta.faces.model.SelectItemGroup;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jp.kyodo.platform.web.Pages;
import jp.kyodo.reference.ReferenceData;

/** The profile choices in the page language, each list starting with 回答しない. */
@Named
@RequestScoped
public class ProfileChoices {
  @Inject ReferenceData reference;

  public List<SelectItem> getAgeBands() {
    return choices(reference.get().ageBands());
  }

  public List<SelectItem> getAreas() {
    return choices(reference.get().areas());
  }

  public List<SelectItem> getRelations() {
    return choices(reference.get().relations());
  }

  public List<SelectItem> getLanguages() {
    return choices(reference.get().languages());
  }

  /** Districts grouped under their area. */
  public List<SelectItem> getDistricts() {
    Locale locale = Pages.locale();
    List<SelectItem> items = new ArrayList<>();
    items.add(new SelectItem("", Pages.text("common.notAnswered")));
    for (ReferenceData.Choice area : reference.get().areas()) {
      List<SelectItem> districts = new ArrayList<>();
      for (ReferenceData.District d : reference.get().districts()) {
        if (d.areaCode().equals(area.code())) {
          districts.add(new SelectItem(d.code(), d.label(locale)));
        }
      }
      SelectItemGroup group = new SelectItemGroup(area.label(locale));
      group.setSelectItems(districts);
      items.add(group);
    }
    return items;
  }

  public String getAcceptTermsLabel() {
    return Pages.text("register.acceptTerms", Map.of("version", reference.get().termsVersion()));
  }

  public String getAcceptPrivacyLabel() {
    return Pages.text(
        "register.acceptPrivacy", Map.of("version", reference.get().privacyVersion()));
  }

  private static List<SelectItem> choices(List<ReferenceData.Choice> choices) {
    Locale locale = Pages.locale();
    List<SelectItem> items = new ArrayList<>();
    items.add(new SelectItem("", Pages.text("common.notAnswered")));
    choices.forEach(c -> items.add(new SelectItem(c.code(), c.label(locale))));
    return items;
  }
}
