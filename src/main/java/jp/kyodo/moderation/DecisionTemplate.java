package jp.kyodo.moderation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Wording a moderator picks when deciding; its reason category goes into the placeholder. */
@Entity
@Table(name = "moderation_template")
public class DecisionTemplate {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String action;
  private String reason;

  @Column(name = "title_ja")
  private String titleJa;

  @Column(name = "title_en")
  private String titleEn;

  @Column(name = "text_ja")
  private String textJa;

  @Column(name = "text_en")
  private String textEn;

  private boolean active;

  @Version private long version;

  protected DecisionTemplate() {}

  DecisionTemplate(Content content) {
    apply(content);
  }

  /** Validated content of a template. */
  record Content(
      Decision action,
      ModerationReason reason,
      String titleJa,
      String titleEn,
      String textJa,
      String textEn,
      boolean active) {}

  void apply(Content c) {
    action = c.action().code();
    reason = c.reason().code();
    titleJa = c.titleJa();
    titleEn = c.titleEn();
    textJa = c.textJa();
    textEn = c.textEn();
    active = c.active();
  }

  public Long id() {
    return id;
  }

  public Decision action() {
    return Decision.fromCode(action).orElseThrow();
  }

  public String reason() {
    return reason;
  }

  public boolean active() {
    return active;
  }

  public String title(Locale locale) {
    return "en".equals(locale.getLanguage()) ? titleEn : titleJa;
  }

  public String text(Locale locale) {
    return "en".equals(locale.getLanguage()) ? textEn : textJa;
  }

  /** What the API shows of a template. */
  @Schema(name = "DecisionTemplateView")
  public record View(
      long id,
      String action,
      String reason,
      String titleJa,
      String titleEn,
      String textJa,
      String textEn,
      boolean active,
      long version) {}

  public View view() {
    return new View(id, action, reason, titleJa, titleEn, textJa, textEn, active, version);
  }

  public long version() {
    return version;
  }
}
