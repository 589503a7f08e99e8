package jp.kyodo.moderation;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;
import jp.kyodo.platform.KyodoException;
import jp.kyodo.platform.web.Pages;

/** admin/moderation-templates.xhtml: administrators edit the wording of decisions. */
@Named
@RequestScoped
public class TemplatesPage {
  @Inject DecisionTemplates templates;

  private List<DecisionTemplate.View> all;
  private Long id;
  private String action;
  private String reason;
  private String titleJa;
  private String titleEn;
  private String textJa;
  private String textEn;
  private boolean active = true;
  private Long version;

  @PostConstruct
  void read() {
    all = templates.list(true);
    id = Pages.parseId(Pages.param("id"));
    all.stream()
        .filter(t -> id != null && t.id() == id)
        .findFirst()
        .ifPresent(
            t -> {
              action = t.action();
              reason = t.reason();
              titleJa = t.titleJa();
              titleEn = t.titleEn();
              textJa = t.textJa();
              textEn = t.textEn();
              active = t.active();
              version = t.version();
            });
    // on a save, the version the form was filled from: a change made meanwhile is a conflict
    Long posted = Pages.parseId(Pages.param("version"));
    if (posted != null) {
      version = posted;
    }
  }

  public void save() {
    ModerationRequests.Template request =
        new ModerationRequests.Template(
            action, reason, titleJa, titleEn, textJa, textEn, active, version);
    try {
      if (id == null) {
        templates.create(request);
      } else {
        templates.update(id, request);
      }
      Pages.done("templates.saved", "/admin/moderation-templates.xhtml");
    } catch (KyodoException e) {
      Pages.show("templateForm", e);
    }
  }

  public List<DecisionTemplate.View> getAll() {
    return all;
  }

  /**
   * The reason a template gives, in words; approving, restoring and dismissing give none (the item
   * keeps the reason it was held or reported for).
   */
  public String reasonOf(DecisionTemplate.View t) {
    boolean finds = Decision.fromCode(t.action()).map(Decision::findsReason).orElse(true);
    return finds
        ? Pages.text("moderation.reason." + t.reason())
        : Pages.text("templates.reason.kept");
  }

  public List<String> getActions() {
    return Arrays.stream(Decision.values()).map(Decision::code).toList();
  }

  public List<String> getReasons() {
    return Arrays.stream(ModerationReason.values()).map(ModerationReason::code).toList();
  }

  public Long getId() {
    return id;
  }

  public Long getVersion() {
    return version;
  }

  public String getAction() {
    return action;
  }

  public void setAction(String action) {
    this.action = action;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public String getTitleJa() {
    return titleJa;
  }

  public void setTitleJa(String titleJa) {
    this.titleJa = titleJa;
  }

  public String getTitleEn() {
    return titleEn;
  }

  public void setTitleEn(String titleEn) {
    this.titleEn = titleEn;
  }

  public String getTextJa() {
    return textJa;
  }

  public void setTextJa(String textJa) {
    this.textJa = textJa;
  }

  public String getTextEn() {
    return textEn;
  }

  public void setTextEn(String textEn) {
    this.textEn = textEn;
  }

  public boolean isActive() {
    return active;
  }

  public void setActive(boolean active) {
    this.active = active;
  }
}
