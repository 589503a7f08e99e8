package jp.kyodo.comment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import jp.kyodo.platform.InvalidInputException;
import jp.kyodo.platform.InvalidInputException.FieldError;
import jp.kyodo.platform.ThreadChanged;
import jp.kyodo.security.Actor;
import jp.kyodo.security.Role;
import jp.kyodo.topic.Topic;

/**
 * Opinions received outside the web and entered by staff, taken into the thread by the same rules
 * as a web opinion: the same text rules, the same screen (a blocked word refuses it; a held word or
 * personal information puts it in the moderation queue), the same state and counters. The caller
 * (the proxy feature) checks who may enter them and records where each came from.
 */
@ApplicationScoped
public class ReceivedOpinions {
  @Inject CommentService comments;
  @Inject CommentStates states;
  @Inject CommentScreen screen;
  @Inject ProxyAuthor proxyAuthor;
  @Inject ThreadReader reader;
  @Inject Clock clock;

  /**
   * The text as a web opinion's would be taken (normalised, within the length); its problems are
   * added to {@code errors} (field {@code body}) instead of thrown.
   */
  public String body(String raw, List<FieldError> errors) {
    try {
      return comments.body(raw, new ArrayList<>());
    } catch (InvalidInputException e) {
      errors.addAll(e.errors());
      return null;
    }
  }

  /**
   * What the screen says of the text, as for a web opinion written by the staff member who enters
   * it: watched words and personal information apply; pre-moderation and the first-posts hold,
   * which are about who writes on the web, do not. Throws 400 on {@code body} for a blocked word.
   */
  public CommentScreen.Screening screen(Topic topic, Actor enteredBy, String body) {
    // the ward's staff enter it (an administrator too): screened as staff's words are
    Actor asStaff = new Actor(enteredBy.id(), enteredBy.displayName(), Set.of(Role.STAFF));
    return screen.screen(topic, asStaff, body, false);
  }

  /**
   * Saves the opinion as the proxy author's and counts it in the topic's totals (also on a closed
   * topic: the caller checked it was received during the period); held for a moderator when the
   * screening says so. Returns the saved comment, with its id.
   */
  public Comment add(
      Topic topic, String body, CommentChannel channel, CommentScreen.Screening screening) {
    Comment comment =
        Comment.received(
            topic.id(),
            new Comment.Author(proxyAuthor.id(), false),
            body,
            channel,
            OffsetDateTime.now(clock));
    states.add(comment, screening.holds() ? screening.reason() : null);
    comments.announce(comment, screening, ThreadChanged.added(comment.topicId()));
    states.countAdded(comment, false);
    return comment;
  }

  /** The comment as the staff member who entered it sees it: in any state, with its text. */
  public CommentView view(long commentId) {
    return reader.asAuthor(commentId).orElseThrow();
  }
}
