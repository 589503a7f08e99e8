package jp.kyodo.comment;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import jp.kyodo.platform.KyodoException;
import jp.kyodo.platform.ResourceNotFoundException;
import jp.kyodo.platform.web.Pages;
import jp.kyodo.security.CurrentActor;
import jp.kyodo.topic.TopicQueries;
import jp.kyodo.topic.TopicView;

/**
 * comment.xhtml?id=…: the permalink of a comment, with the path above it, its replies, the reply
 * form, and editing or deleting for its author.
 */
@Named
@ViewScoped
public class CommentPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject transient ThreadService threads;
  @Inject transient CommentService comments;
  @Inject transient ReactionService reactions;
  @Inject transient TopicQueries topics;
  @Inject transient CurrentActor currentActor;

  private String idParam;
  private String cursor;
  private long id;
  private ThreadService.CommentContext context;
  private ThreadService.RepliesPage replies;
  private TopicView topic;
  private String replyBody;
  private String editBody;

  public void load() {
    Long parsed = Pages.parseId(idParam);
    if (parsed == null) {
      Pages.notFound();
      return;
    }
    id = parsed;
    try {
      context = threads.context(id);
      replies = cursor == null ? context.replies() : threads.replies(id, cursor, null);
      topic = topics.view(context.comment().topicId());
      editBody = context.comment().body();
    } catch (ResourceNotFoundException e) {
      Pages.notFound();
    } catch (KyodoException e) {
      replies = context.replies();
      Pages.show("replyForm", e);
    }
  }

  public void reply() {
    try {
      CommentView created = comments.reply(id, new CommentRequests.NewReply(replyBody));
      Pages.redirect("/comment.xhtml?id=" + id + "#c" + created.id());
    } catch (KyodoException e) {
      Pages.show("replyForm", e);
    }
  }

  public void edit() {
    try {
      comments.edit(id, new CommentRequests.Edit(editBody, context.comment().version()));
      Pages.redirect("/comment.xhtml?id=" + id);
    } catch (KyodoException e) {
      Pages.show("editForm", e);
    }
  }

  public void delete() {
    try {
      comments.delete(id);
      Pages.redirect("/topic.xhtml?id=" + context.comment().topicId() + "#c" + id);
    } catch (KyodoException e) {
      Pages.show("editForm", e);
    }
  }

  public void react(long commentId, String kind) {
    try {
      reactions.react(commentId, new CommentRequests.Reaction(kind));
      Pages.redirect("/comment.xhtml?id=" + id + "#c" + commentId);
    } catch (KyodoException e) {
      Pages.show("replyForm", e);
    }
  }

  public boolean isCanReact() {
    return topic != null && topic.acceptingComments() && currentActor.get().isAuthenticated();
  }

  public boolean isCanReply() {
    return isCanReact() && !context.comment().deleted();
  }

  public boolean isAuthor() {
    return context != null
        && !context.comment().deleted()
        && context.comment().author().id() != null
        && currentActor.get().is(context.comment().author().id());
  }

  public String getNextUrl() {
    return replies == null || replies.nextCursor() == null
        ? null
        : "comment.xhtml?id=" + id + "&cursor=" + replies.nextCursor() + "#replies";
  }

  public ThreadService.CommentContext getContext() {
    return context;
  }

  public ThreadService.RepliesPage getReplies() {
    return replies;
  }

  public TopicView getTopic() {
    return topic;
  }

  public String getIdParam() {
    return idParam;
  }

  public void setIdParam(String idParam) {
    this.idParam = idParam;
  }

  public String getCursor() {
    return cursor;
  }

  public void setCursor(String cursor) {
    this.cursor = cursor;
  }

  public String getReplyBody() {
    return replyBody;
  }

  public void setReplyBody(String replyBody) {
    this.replyBody = replyBody;
  }

  public String getEditBody() {
    return editBody;
  }

  public void setEditBody(String editBody) {
    this.editBody = editBody;
  }
}
