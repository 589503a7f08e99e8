package jp.kyodo.moderation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jp.kyodo.comment.Comment;
import jp.kyodo.comment.CommentRepository;
import jp.kyodo.comment.CommentStates;
import jp.kyodo.platform.ResourceNotFoundException;
import jp.kyodo.platform.ThreadChanged;
import jp.kyodo.topic.Topic;
import jp.kyodo.topic.TopicRepository;

/**
 * Carries a case's new state over to the item itself. For comments, {@link CommentStates} makes the
 * transition and changes the counters with it: a hidden comment stops counting, a restored or
 * approved one counts again (even on a closed topic).
 */
@ApplicationScoped
public class ModerationTargets {
  @Inject CommentRepository comments;
  @Inject TopicRepository topics;
  @Inject CommentStates states;
  @Inject Event<ThreadChanged> changed;

  public void apply(ModerationCase c, CaseState from) {
    CaseState to = c.state();
    if (from == to) {
      return;
    }
    if ("topic".equals(c.targetType())) {
      applyToTopic(c, to);
      changed.fire(ThreadChanged.topic(c.topicId()));
    } else {
      applyToComment(c, to);
      changed.fire(ThreadChanged.withdrawn(c.topicId()));
    }
  }

  private void applyToComment(ModerationCase c, CaseState to) {
    Comment comment =
        comments.find(c.targetId()).orElseThrow(() -> new ResourceNotFoundException("comment"));
    if (comment.isDeleted()) {
      return; // the author deleted it meanwhile: the placeholder stays a deletion
    }
    switch (to) {
      case HIDDEN -> states.hide(comment, c.reason());
      case RESTORED -> states.restore(comment);
      case APPROVED -> states.approve(comment);
      case REJECTED -> states.reject(comment, c.reason());
      default -> {}
    }
    comments.flush();
  }

  private void applyToTopic(ModerationCase c, CaseState to) {
    Topic topic =
        topics.find(c.targetId()).orElseThrow(() -> new ResourceNotFoundException("topic"));
    switch (to) {
      case HIDDEN -> topic.hide(c.reason());
      case RESTORED -> topic.restore();
      default -> {}
    }
    topics.flush();
  }
}
