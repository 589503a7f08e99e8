package jp.kyodo.moderation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import jp.kyodo.audit.AuditLog;
import jp.kyodo.platform.InputValidator;
import jp.kyodo.platform.InvalidInputException;
import jp.kyodo.platform.Messages;
import jp.kyodo.platform.ResourceNotFoundException;
import jp.kyodo.platform.Text;
import jp.kyodo.platform.Versions;
import jp.kyodo.security.Actor;
import jp.kyodo.security.CurrentActor;
import jp.kyodo.security.ForumPolicy;

/**
 * Moderators decide cases; authors ask once for a review. The case row is locked and the version
 * the moderator saw is compared, so of two moderators deciding at once the second gets 409.
 */
@ApplicationScoped
public class DecisionService {
  @Inject CurrentActor currentActor;
  @Inject ForumPolicy policy;
  @Inject InputValidator validator;
  @Inject CaseRepository cases;
  @Inject DecisionTemplates templates;
  @Inject ModerationTargets targets;
  @Inject ModerationNotices notices;
  @Inject AuditLog audit;
  @Inject Clock clock;

  @Transactional
  public CaseQueries.CaseSummary decide(long caseId, ModerationRequests.Decide request) {
    Actor actor = currentActor.get();
    policy.require(policy.canModerate(actor), actor);
    validator.check(request);
    Decision decision =
        Decision.fromCode(request.action().strip())
            .orElseThrow(() -> InvalidInputException.of("action", "validation.code.unknown"));
    DecisionTemplate template = templates.forDecision(request.templateId(), decision);
    ModerationCase c = cases.locked(caseId);
    Versions.require(request.version(), c.version());
    CaseState before = c.state();
    String note = Text.normalize(request.note());
    String explanation = template.text(Messages.JAPANESE) + (note == null ? "" : "\n" + note);
    cases.record(
        List.of(
            c.decide(
                decision, template.reason(), actor.id(), explanation, OffsetDateTime.now(clock))));
    cases.flush();
    targets.apply(c, before);
    if (c.state() != before) {
      notices.caseDecided(c, template, note);
    }
    audit.record(
        actor,
        "moderation." + decision.code(),
        c.targetType(),
        c.targetId(),
        c.reason() + (note == null ? "" : ": " + note),
        "case=" + c.id() + " " + before.code() + "->" + c.state().code());
    return CaseQueries.CaseSummary.of(c);
  }

  @Transactional
  public CaseQueries.CaseSummary requestReview(long caseId, ModerationRequests.ReviewRequest r) {
    Actor actor = currentActor.get();
    policy.require(actor.isAuthenticated(), actor);
    validator.check(r);
    ModerationCase c = cases.locked(caseId);
    if (!actor.is(c.authorId())) {
      // cases are not public: only the author and moderators know this one exists
      throw new ResourceNotFoundException("moderation_case");
    }
    cases.record(List.of(c.requestReview(Text.normalize(r.text()), OffsetDateTime.now(clock))));
    cases.flush();
    return CaseQueries.CaseSummary.of(c);
  }
}
