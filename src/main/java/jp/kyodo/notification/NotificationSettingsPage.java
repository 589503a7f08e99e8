package jp.kyodo.notification;

import jakarta.annotation.PostConstruct;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import jp.kyodo.platform.KyodoException;
import jp.kyodo.platform.web.Pages;
import jp.kyodo.security.CurrentActor;
import jp.kyodo.security.Role;

/**
 * notification-settings.xhtml: for each kind of event its channel and frequency (the default marked
 * as such), whether commenting follows a topic, what I watch, a staff member's department, and the
 * topics I follow. One save for all of it; a refusal keeps what was chosen on the page.
 */
@Named
@ViewScoped
public class NotificationSettingsPage implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final String PATH = "/notification-settings.xhtml";

  @Inject transient NotificationSettings settings;
  @Inject transient Follows follows;
  @Inject transient WatchChoices watchChoices;
  @Inject transient LineAvailability line;
  @Inject transient CurrentActor currentActor;

  /** One kind's choice as the form edits it. */
  public static final class PreferenceRow implements Serializable {
    private static final long serialVersionUID = 1L;
    private final String kind;
    private final boolean chosen;
    private String channel;
    private String frequency;

    PreferenceRow(NotificationSettings.Preference p) {
      kind = p.kind();
      chosen = p.chosen();
      channel = p.channel();
      frequency = p.frequency();
    }

    public String getKind() {
      return kind;
    }

    /** False while the kind's default applies. */
    public boolean isChosen() {
      return chosen;
    }

    /** 「初期設定：メール・すぐに」. */
    public String getDefaultText() {
      EventKind k = EventKind.of(kind).orElseThrow();
      return Pages.text(
          "notificationSettings.default",
          java.util.Map.of(
              "channel", Pages.text("notificationSettings.channel." + k.defaultChannel().code()),
              "frequency",
                  Pages.text("notificationSettings.frequency." + k.defaultFrequency().code())));
    }

    public String getChannel() {
      return channel;
    }

    public void setChannel(String channel) {
      this.channel = channel;
    }

    public String getFrequency() {
      return frequency;
    }

    public void setFrequency(String frequency) {
      this.frequency = frequency;
    }
  }

  private List<PreferenceRow> preferences;
  private boolean followOnComment;
  private String department;
  private boolean staff;
  private boolean lineLinked;
  private List<WatchChoices.Area> areas;
  private List<WatchChoices.Choice> policyAreas;
  private List<Follows.Followed> followed;

  @PostConstruct
  void load() {
    NotificationSettings.Settings s = settings.settings();
    preferences = new ArrayList<>(s.preferences().stream().map(PreferenceRow::new).toList());
    followOnComment = s.followOnComment();
    department = s.department();
    staff = currentActor.get().has(Role.STAFF);
    lineLinked = line.available(currentActor.get().id());
    NotificationSettings.Watches watched = settings.watches();
    Locale locale = Pages.locale();
    areas = watchChoices.areas(locale, watched);
    policyAreas = watchChoices.policyAreas(locale, watched.policyAreas());
    followed = follows.mine();
  }

  public void save() {
    try {
      settings.changeAll(
          new NotificationSettings.Change(
              preferences.stream()
                  .map(
                      p ->
                          new NotificationSettings.PreferenceChange(
                              p.getKind(), p.getChannel(), p.getFrequency()))
                  .toList(),
              followOnComment,
              staff ? (department == null ? "" : department) : null),
          WatchChoices.chosen(areas, policyAreas));
      Pages.done("notificationSettings.saved", PATH);
    } catch (KyodoException e) {
      Pages.show("settingsForm", e);
    }
  }

  public void unfollow(long topicId) {
    try {
      follows.unfollow(topicId);
      Pages.done("follow.unfollowed", PATH + "#follows");
    } catch (KyodoException e) {
      Pages.show("followsForm", e);
    }
  }

  /** サイト内のみ, メール, and LINE once it is linked. */
  public List<SelectItem> getChannels() {
    List<SelectItem> items = new ArrayList<>();
    for (Channel c : Channel.values()) {
      if (c != Channel.LINE || lineLinked) {
        items.add(new SelectItem(c.code(), Pages.text("notificationSettings.channel." + c.code())));
      }
    }
    return items;
  }

  /** すぐに, 毎日のまとめ, 毎週のまとめ, 受け取らない. */
  public List<SelectItem> getFrequencies() {
    List<SelectItem> items = new ArrayList<>();
    for (Frequency f : Frequency.values()) {
      items.add(new SelectItem(f.code(), Pages.text("notificationSettings.frequency." + f.code())));
    }
    return items;
  }

  public List<PreferenceRow> getPreferences() {
    return preferences;
  }

  public boolean isFollowOnComment() {
    return followOnComment;
  }

  public void setFollowOnComment(boolean followOnComment) {
    this.followOnComment = followOnComment;
  }

  public String getDepartment() {
    return department;
  }

  public void setDepartment(String department) {
    this.department = department;
  }

  public boolean isStaff() {
    return staff;
  }

  public boolean isLineLinked() {
    return lineLinked;
  }

  public List<WatchChoices.Area> getAreas() {
    return areas;
  }

  public List<WatchChoices.Choice> getPolicyAreas() {
    return policyAreas;
  }

  public List<Follows.Followed> getFollowed() {
    return followed;
  }
}
