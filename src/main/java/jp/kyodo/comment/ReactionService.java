package jp.kyodo.comment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.Set;
import jp.kyodo.platform.BusinessRuleException;
import jp.kyodo.platform.ConflictException;
import jp.kyodo.platform.InputValidator;
import jp.kyodo.platform.InvalidInputException;
import jp.kyodo.platform.ThreadChanged;
import jp.kyodo.security.Actor;
import jp.kyodo.security.CurrentActor;
import jp.kyodo.security.ForumPolicy;
import jp.kyodo.topic.TopicRepository;

/** Agree / disagree: one reaction per participant per comment, changeable and removable. */
@ApplicationScoped
public class ReactionService {
  private static final Set<String> KINDS = Set.of("agree", "disagree");

  @Inject CurrentActor currentActor;
  @Inject ForumPolicy policy;
  @Inject InputValidator validator;
  @Inject CommentRepository comments;
  @Inject TopicRepository topics;
  @Inject Clock clock;
  @Inject Event<ThreadChanged> changed;

  /** The reader's reaction and the comment's counts after the change. */
  public record ReactionState(String myReaction, int agreeCount, int disagreeCount) {}

  @Transactional
  public ReactionState react(long commentId, CommentRequests.Reaction request) {
    Actor actor = currentActor.get();
    policy.requireWriter(actor);
    validator.check(request);
    String kind = request.kind().strip();
    if (!KINDS.contains(kind)) {
      throw InvalidInputException.of("kind", "validation.code.unknown");
    }
    Comment comment = reactable(commentId, actor);
    Optional<String> previous = comments.lockReaction(commentId, actor.id());
    if (previous.isEmpty()) {
      if (!comments.insertReaction(commentId, actor.id(), kind, OffsetDateTime.now(clock))) {
        throw new ConflictException("concurrent_reaction", "problem.concurrentReaction");
      }
    } else if (!previous.get().equals(kind)) {
      comments.changeReaction(commentId, actor.id(), kind);
    }
    int[] counts =
        comments.adjustReactionCounts(
            comment.id(), delta("agree", previous, kind), delta("disagree", previous, kind));
    changed.fire(ThreadChanged.added(comment.topicId()));
    return new ReactionState(kind, counts[0], counts[1]);
  }

  @Transactional
  public ReactionState remove(long commentId) {
    Actor actor = currentActor.get();
    policy.requireWriter(actor);
    Comment comment = reactable(commentId, actor);
    Optional<String> previous = comments.lockReaction(commentId, actor.id());
    previous.ifPresent(p -> comments.deleteReaction(commentId, actor.id()));
    int[] counts =
        comments.adjustReactionCounts(
            comment.id(), delta("agree", previous, null), delta("disagree", previous, null));
    changed.fire(ThreadChanged.added(comment.topicId()));
    return new ReactionState(null, counts[0], counts[1]);
  }

  private Comment reactable(long commentId, Actor actor) {
    Comment comment = comments.visible(commentId);
    topics.visible(comment.topicId(), false).requireAcceptingComments(OffsetDateTime.now(clock));
    comment.requireVisible();
    if (comment.authorId() == actor.id()) {
      throw new BusinessRuleException("own_comment", "problem.reaction.ownComment");
    }
    return comment;
  }

  private static int delta(String counted, Optional<String> before, String after) {
    int was = before.filter(counted::equals).isPresent() ? 1 : 0;
    int is = counted.equals(after) ? 1 : 0;
    return is - was;
  }
}
