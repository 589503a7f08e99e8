package jp.kyodo.moderation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import jp.kyodo.comment.Comment;
import jp.kyodo.comment.CommentRepository;
import jp.kyodo.platform.BusinessRuleException;
import jp.kyodo.platform.ConflictException;
import jp.kyodo.platform.InputValidator;
import jp.kyodo.platform.InvalidInputException;
import jp.kyodo.platform.InvalidInputException.FieldError;
import jp.kyodo.platform.Text;
import jp.kyodo.security.Actor;
import jp.kyodo.security.CurrentActor;
import jp.kyodo.security.ForumPolicy;
import jp.kyodo.topic.Topic;
import jp.kyodo.topic.TopicRepository;

/**
 * A participant reports a comment or a topic: the item's case is opened or reopened, the report
 * counted once per participant, and at the threshold of distinct reporters the item is hidden until
 * a moderator decides.
 */
@ApplicationScoped
public class ReportService {
  @Inject CurrentActor currentActor;
  @Inject ForumPolicy policy;
  @Inject InputValidator validator;
  @Inject CommentRepository comments;
  @Inject TopicRepository topics;
  @Inject CaseRepository cases;
  @Inject ModerationTargets targets;
  @Inject ModerationNotices notices;
  @Inject ModerationSettings settings;
  @Inject Clock clock;

  /** What the reporter learns: only that the report was taken, never others' reports. */
  public record Receipt(long caseId, String reason) {}

  @Transactional
  public Receipt reportComment(long commentId, ModerationRequests.Report request) {
    Actor actor = currentActor.get();
    policy.requireWriter(actor);
    ModerationReason reason = reason(request);
    Comment comment = comments.visible(commentId);
    if (comment.isDeleted()) {
      throw new BusinessRuleException("comment_deleted", "problem.comment.deleted");
    }
    return report(
        actor,
        new CaseRepository.Target("comment", comment.id(), comment.topicId(), comment.authorId()),
        reason,
        request.text());
  }

  @Transactional
  public Receipt reportTopic(long topicId, ModerationRequests.Report request) {
    Actor actor = currentActor.get();
    policy.requireWriter(actor);
    ModerationReason reason = reason(request);
    Topic topic = topics.visible(topicId, false);
    return report(
        actor,
        new CaseRepository.Target("topic", topic.id(), topic.id(), topic.createdBy()),
        reason,
        request.text());
  }

  private Receipt report(
      Actor actor, CaseRepository.Target target, ModerationReason reason, String text) {
    if (actor.is(target.authorId())) {
      throw new BusinessRuleException("own_content", "problem.moderation.ownContent");
    }
    OffsetDateTime now = OffsetDateTime.now(clock);
    ModerationCase c = cases.lockOrOpen(target, reason, now);
    if (cases.hasReported(c.id(), actor.id())) {
      throw new ConflictException("already_reported", "problem.moderation.alreadyReported");
    }
    cases.addReport(c.id(), actor.id(), reason, Text.normalize(text), now);
    CaseState before = c.state();
    List<CaseEvent> events = c.report(actor.id(), reason, settings.autoHideReports(), now);
    cases.record(events);
    cases.flush();
    if (c.state() != before) {
      targets.apply(c, before);
      notices.caseDecided(c, null, null);
    }
    return new Receipt(c.id(), reason.code());
  }

  private ModerationReason reason(ModerationRequests.Report request) {
    validator.check(request);
    ModerationReason reason =
        ModerationReason.fromCode(request.reason())
            .filter(ModerationReason.REPORTABLE::contains)
            .orElseThrow(
                () ->
                    new InvalidInputException(
                        List.of(new FieldError("reason", "validation.code.unknown", Map.of()))));
    if (reason == ModerationReason.OTHER && (request.text() == null || request.text().isBlank())) {
      throw new InvalidInputException(
          List.of(new FieldError("text", "validation.report.otherNeedsText", Map.of())));
    }
    return reason;
  }
}
