package jp.kyodo.moderation;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import jp.kyodo.platform.KyodoException;
import jp.kyodo.platform.ResourceNotFoundException;
import jp.kyodo.platform.web.Pages;

/**
 * moderation/case.xhtml?id=…: one case with its item in context, the reports, the history and the
 * author's record; the decision form carries the version the moderator saw, so a decision made
 * meanwhile by someone else is refused instead of overwritten.
 */
@Named
@RequestScoped
public class CasePage {
  @Inject CaseQueries queries;
  @Inject DecisionService decisions;
  @Inject DecisionTemplates templates;
  @Inject SanctionService sanctions;

  private Long id;
  private CaseQueries.CaseDetail detail;
  private Long templateId;
  private String note;
  private String sanctionKind;
  private String sanctionUntil;
  private String sanctionReason;
  private List<DecisionTemplate> possibleTemplates;

  @PostConstruct
  void read() {
    id = Pages.parseId(Pages.param("id"));
    if (id == null) {
      return;
    }
    try {
      detail = queries.detail(id);
    } catch (ResourceNotFoundException e) {
      detail = null;
    }
  }

  public void load() {
    if (detail == null) {
      Pages.notFound();
    }
  }

  public void decide() {
    Long version = Pages.parseId(Pages.param("version"));
    try {
      // any active template: if the case moved on meanwhile, the service answers with a conflict
      DecisionTemplate template =
          templates.all(false).stream()
              .filter(t -> t.id().equals(templateId))
              .findFirst()
              .orElse(null);
      String action = template == null ? "" : template.action().code();
      decisions.decide(id, new ModerationRequests.Decide(action, templateId, note, version));
      Pages.keepMessages();
      Pages.info("moderation.decided");
      Pages.redirect("/moderation/case.xhtml?id=" + id);
    } catch (KyodoException e) {
      Pages.show("decisionForm", e);
    }
  }

  public void sanction() {
    try {
      sanctions.issue(
          detail.item().authorId(),
          new ModerationRequests.Sanction(sanctionKind, sanctionReason, sanctionUntil));
      Pages.keepMessages();
      Pages.info("moderation.sanctioned");
      Pages.redirect("/moderation/case.xhtml?id=" + id);
    } catch (KyodoException e) {
      Pages.show("sanctionForm", e);
    }
  }

  /** Templates for the decisions possible from the case's current state. */
  public List<DecisionTemplate> getTemplates() {
    if (possibleTemplates == null) {
      Set<Decision> possible = detail == null ? Set.of() : possible(detail.moderationCase());
      possibleTemplates =
          templates.all(false).stream().filter(t -> possible.contains(t.action())).toList();
    }
    return possibleTemplates;
  }

  private static Set<Decision> possible(CaseQueries.CaseSummary c) {
    return switch (CaseState.of(c.state())) {
      case PENDING -> EnumSet.of(Decision.HIDE, Decision.DISMISS);
      case HIDDEN ->
          c.awaitingDecision()
              ? EnumSet.of(Decision.HIDE, Decision.RESTORE)
              : EnumSet.of(Decision.RESTORE);
      case HELD -> EnumSet.of(Decision.APPROVE, Decision.REJECT);
      case REJECTED ->
          c.awaitingDecision()
              ? EnumSet.of(Decision.APPROVE, Decision.REJECT)
              : EnumSet.noneOf(Decision.class);
      default -> EnumSet.noneOf(Decision.class);
    };
  }

  /**
   * A history line's note in words: what the system found when it held or flagged the item (「電話番号」,
   * 「該当語句：…」) rather than its code; a moderator's note as written.
   */
  public String note(CaseQueries.HistoryLine h) {
    if (h.note() == null || h.actorId() != null) {
      return h.note();
    }
    if (ModerationReason.PERSONAL_INFO.code().equals(h.reason())) {
      return Arrays.stream(PersonalInfoGuard.Kind.values())
          .map(k -> k.name().toLowerCase(Locale.ROOT))
          .filter(h.note()::equals)
          .findFirst()
          .map(k -> Pages.text("moderation.found." + k))
          .orElse(h.note());
    }
    if (ModerationReason.WATCHED_WORD.code().equals(h.reason())) {
      return Pages.text("moderation.found.word", Map.of("word", h.note()));
    }
    return h.note();
  }

  public String templateLabel(DecisionTemplate t) {
    return Pages.text("moderation.action." + t.action().code()) + ": " + t.title(Pages.locale());
  }

  public Long getId() {
    return id;
  }

  public CaseQueries.CaseDetail getDetail() {
    return detail;
  }

  public Long getTemplateId() {
    return templateId;
  }

  public void setTemplateId(Long templateId) {
    this.templateId = templateId;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }

  public String getSanctionKind() {
    return sanctionKind;
  }

  public void setSanctionKind(String sanctionKind) {
    this.sanctionKind = sanctionKind;
  }

  public String getSanctionUntil() {
    return sanctionUntil;
  }

  public void setSanctionUntil(String sanctionUntil) {
    this.sanctionUntil = sanctionUntil;
  }

  public String getSanctionReason() {
    return sanctionReason;
  }

  public void setSanctionReason(String sanctionReason) {
    this.sanctionReason = sanctionReason;
  }
}
