package jp.kyodo.comment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jp.kyodo.platform.InputValidator;
import jp.kyodo.platform.InvalidInputException;
import jp.kyodo.platform.InvalidInputException.FieldError;
import jp.kyodo.platform.Limits;
import jp.kyodo.platform.Text;
import jp.kyodo.platform.ThreadChanged;
import jp.kyodo.platform.Versions;
import jp.kyodo.security.Actor;
import jp.kyodo.security.CurrentActor;
import jp.kyodo.security.ForumPolicy;
import jp.kyodo.security.Role;
import jp.kyodo.topic.Topic;
import jp.kyodo.topic.TopicRepository;

/** Writing comments: opinions, replies, edits and deletions by their authors. */
@ApplicationScoped
public class CommentService {
  @Inject CurrentActor currentActor;
  @Inject ForumPolicy policy;
  @Inject InputValidator validator;
  @Inject CommentSettings settings;
  @Inject CommentRepository comments;
  @Inject TopicRepository topics;
  @Inject CommentStates states;
  @Inject ThreadReader reader;
  @Inject Clock clock;
  @Inject Event<ThreadChanged> changed;
  @Inject Event<CommentScreen.Screened> screened;
  @Inject CommentScreen screen;
  @Inject Limits limits;

  @Transactional
  public CommentView post(long topicId, CommentRequests.NewOpinion request) {
    Actor actor = writer();
    List<FieldError> errors = new ArrayList<>(validator.violations(request));
    Stance stance = null;
    if (request.stance() != null && !request.stance().isBlank()) {
      stance = Stance.fromCode(request.stance().strip()).orElse(null);
      if (stance == null) {
        errors.add(new FieldError("stance", "validation.code.unknown", Map.of()));
      }
    }
    String body = body(request.body(), errors);
    Topic topic = topics.visible(topicId, false);
    topic.requireAcceptingComments(now());
    CommentScreen.Screening screening = screen.screen(topic, actor, body, false);
    limits.comment(actor.id());
    Comment comment = Comment.opinion(topicId, author(actor), body, stance, now());
    return save(comment, screening, actor);
  }

  @Transactional
  public CommentView reply(long targetId, CommentRequests.NewReply request) {
    Actor actor = writer();
    String body =
        body(
            request == null ? null : request.body(),
            new ArrayList<>(validator.violations(request)));
    Comment target = comments.visible(targetId);
    Topic topic = topics.visible(target.topicId(), false);
    topic.requireAcceptingComments(now());
    Comment reply = Comment.replyTo(target, settings.maxDepth(), author(actor), body, now());
    CommentScreen.Screening screening = screen.screen(topic, actor, body, false);
    limits.comment(actor.id());
    return save(reply, screening, actor);
  }

  @Transactional
  public CommentView edit(long id, CommentRequests.Edit request) {
    Actor actor = writer(); // a sanctioned author learns why, and until when
    Comment comment = comments.visible(id);
    policy.require(policy.canEditComment(actor, comment.authorId()), actor);
    List<FieldError> errors = new ArrayList<>(validator.violations(request));
    String body = body(request.body(), errors);
    comment.requireVisible();
    Versions.require(request.version(), comment.version());
    Topic topic = topics.visible(comment.topicId(), false);
    topic.requireAcceptingComments(now());
    CommentScreen.Screening screening = screen.screen(topic, actor, body, true);
    String previous = comment.edit(body, now());
    comments.addRevision(id, previous, now());
    if (screening.holds()) {
      states.hold(comment, screening.reason());
    }
    comments.flush();
    announce(comment, screening, ThreadChanged.withdrawn(comment.topicId()));
    return reader.asAuthor(id).orElseThrow();
  }

  /** Authors may delete their own comments even after the topic closed: it is their text. */
  @Transactional
  public void delete(long id) {
    Actor actor = currentActor.get();
    Comment comment = comments.visible(id);
    policy.require(policy.canDeleteComment(actor, comment.authorId()), actor);
    states.delete(comment, now());
    comments.flush();
    changed.fire(ThreadChanged.withdrawn(comment.topicId()));
  }

  /**
   * A held comment is saved but not counted, and nobody but its author sees it until approved. The
   * topic's counters are updated last: that row lock is what posts on a hot topic queue for, so it
   * is held only from there to the commit.
   */
  private CommentView save(Comment comment, CommentScreen.Screening screening, Actor actor) {
    states.add(comment, screening.holds() ? screening.reason() : null);
    announce(comment, screening, ThreadChanged.added(comment.topicId()));
    CommentView view = reader.asAuthor(comment, actor);
    states.countAdded(comment);
    return view;
  }

  /** Opens a case for what the screen held or flagged; tells readers of a change they may see. */
  void announce(Comment comment, CommentScreen.Screening screening, ThreadChanged change) {
    if (screening.verdict() != CommentScreen.Screening.Verdict.PUBLISH) {
      screened.fire(
          new CommentScreen.Screened(
              comment.id(), comment.topicId(), comment.authorId(), screening));
    }
    if (comment.isVisible() || screening.holds()) {
      changed.fire(change);
    }
  }

  private Actor writer() {
    Actor actor = currentActor.get();
    policy.requireWriter(actor);
    return actor;
  }

  private static Comment.Author author(Actor actor) {
    return new Comment.Author(actor.id(), actor.has(Role.STAFF));
  }

  /** Normalised text within the configured length; throws with every field error found. */
  String body(String raw, List<FieldError> errors) {
    String body = Text.normalize(raw);
    if (body != null
        && errors.stream().noneMatch(e -> e.field().equals("body"))
        && Text.length(body) > settings.maxLength()) {
      errors.add(
          new FieldError("body", "validation.text.tooLong", Map.of("max", settings.maxLength())));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    return body;
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock);
  }
}
