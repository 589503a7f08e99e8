package jp.kyodo.moderation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jp.kyodo.audit.AuditLog;
import jp.kyodo.platform.InputValidator;
import jp.kyodo.platform.InvalidInputException;
import jp.kyodo.platform.InvalidInputException.FieldError;
import jp.kyodo.platform.ResourceNotFoundException;
import jp.kyodo.platform.Text;
import jp.kyodo.platform.Versions;
import jp.kyodo.security.Actor;
import jp.kyodo.security.CurrentActor;
import jp.kyodo.security.ForumPolicy;

/** The decision templates: moderators read them, administrators write them. */
@ApplicationScoped
public class DecisionTemplates {
  @PersistenceContext(unitName = "kyodo")
  EntityManager em;

  @Inject CurrentActor currentActor;
  @Inject ForumPolicy policy;
  @Inject InputValidator validator;
  @Inject AuditLog audit;

  @Transactional
  public List<DecisionTemplate.View> list(boolean includeInactive) {
    Actor actor = currentActor.get();
    policy.require(policy.canModerate(actor) || policy.canManageModerationRules(actor), actor);
    return all(includeInactive).stream().map(DecisionTemplate::view).toList();
  }

  /** Active templates for one action, for the decision form. */
  public List<DecisionTemplate> forAction(Decision action) {
    return all(false).stream().filter(t -> t.action() == action).toList();
  }

  List<DecisionTemplate> all(boolean includeInactive) {
    return em.createQuery(
            "select t from DecisionTemplate t"
                + (includeInactive ? "" : " where t.active = true")
                + " order by t.action, t.id",
            DecisionTemplate.class)
        .getResultList();
  }

  /** The active template for the action, or a 400 on {@code templateId}. */
  DecisionTemplate forDecision(long id, Decision action) {
    DecisionTemplate t = em.find(DecisionTemplate.class, id);
    if (t == null || !t.active() || t.action() != action) {
      throw InvalidInputException.of("templateId", "validation.template.mismatch");
    }
    return t;
  }

  @Transactional
  public DecisionTemplate.View create(ModerationRequests.Template request) {
    Actor actor = admin();
    DecisionTemplate t = new DecisionTemplate(content(request));
    em.persist(t);
    em.flush();
    audit.record(actor, "moderation.template.create", "moderation_template", t.id(), null, null);
    return t.view();
  }

  @Transactional
  public DecisionTemplate.View update(long id, ModerationRequests.Template request) {
    Actor actor = admin();
    DecisionTemplate t = em.find(DecisionTemplate.class, id);
    if (t == null) {
      throw new ResourceNotFoundException("moderation_template");
    }
    DecisionTemplate.Content content = content(request);
    Versions.require(request.version(), t.version());
    t.apply(content);
    em.flush();
    audit.record(actor, "moderation.template.update", "moderation_template", id, null, null);
    return t.view();
  }

  private Actor admin() {
    Actor actor = currentActor.get();
    policy.require(policy.canManageModerationRules(actor), actor);
    return actor;
  }

  private DecisionTemplate.Content content(ModerationRequests.Template r) {
    List<FieldError> errors = new ArrayList<>(validator.violations(r));
    Decision action = Decision.fromCode(r.action()).orElse(null);
    if (r.action() != null && action == null) {
      errors.add(new FieldError("action", "validation.code.unknown", Map.of()));
    }
    ModerationReason reason = ModerationReason.fromCode(r.reason()).orElse(null);
    if (r.reason() != null && reason == null) {
      errors.add(new FieldError("reason", "validation.code.unknown", Map.of()));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    return new DecisionTemplate.Content(
        action,
        reason,
        Text.normalize(r.titleJa()),
        Text.normalize(r.titleEn()),
        Text.normalize(r.textJa()),
        Text.normalize(r.textEn()),
        r.active() == null || r.active());
  }
}
