package jp.kyodo.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jp.kyodo.platform.Messages;
import jp.kyodo.reference.ReferenceData;
import jp.kyodo.topic.PolicyAreas;

/**
 * What one can watch, as checkboxes in the page language: the areas with their districts, and the
 * policy areas. Used by the settings page and the registration form.
 */
@ApplicationScoped
public class WatchChoices {
  @Inject ReferenceData reference;
  @Inject PolicyAreas policyAreas;

  /** One checkbox: a code, its label, and whether it is ticked. */
  public static final class Choice implements Serializable {
    private static final long serialVersionUID = 1L;
    private final String code;
    private final String label;
    private boolean selected;

    Choice(String code, String label, boolean selected) {
      this.code = code;
      this.label = label;
      this.selected = selected;
    }

    public String getCode() {
      return code;
    }

    public String getLabel() {
      return label;
    }

    public boolean isSelected() {
      return selected;
    }

    public void setSelected(boolean selected) {
      this.selected = selected;
    }
  }

  /** An area's name, the area itself as a choice (「世田谷地域 全体」), and its districts. */
  public record Area(String name, Choice area, List<Choice> districts) implements Serializable {}

  public List<Area> areas(Locale locale, NotificationSettings.Watches watched) {
    ReferenceData.Snapshot s = reference.get();
    return s.areas().stream()
        .map(
            a ->
                new Area(
                    a.label(locale),
                    new Choice(
                        a.code(),
                        Messages.format(
                            locale,
                            "notificationSettings.watches.wholeArea",
                            Map.of("area", a.label(locale))),
                        watched.areas().contains(a.code())),
                    s.districts().stream()
                        .filter(d -> d.areaCode().equals(a.code()))
                        .map(
                            d ->
                                new Choice(
                                    d.code(),
                                    d.label(locale),
                                    watched.districts().contains(d.code())))
                        .toList()))
        .toList();
  }

  public List<Choice> policyAreas(Locale locale, Collection<String> watched) {
    return policyAreas.active().stream()
        .map(p -> new Choice(p.code(), p.name(locale), watched.contains(p.code())))
        .toList();
  }

  /** The ticked codes. */
  public static List<String> chosen(List<Choice> choices) {
    return choices.stream().filter(Choice::isSelected).map(Choice::getCode).toList();
  }

  /** The ticked places: areas and districts. */
  public static NotificationSettings.Watches chosen(List<Area> areas, List<Choice> policy) {
    return new NotificationSettings.Watches(
        chosen(areas.stream().map(Area::area).toList()),
        chosen(areas.stream().flatMap(a -> a.districts().stream()).toList()),
        chosen(policy));
  }
}
