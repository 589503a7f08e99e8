package jp.kyodo.comment;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.kyodo.platform.KyodoException;
import jp.kyodo.platform.ResourceNotFoundException;
import jp.kyodo.platform.web.Pages;
import jp.kyodo.security.CurrentActor;
import jp.kyodo.security.ForumPolicy;
import jp.kyodo.topic.TopicQueries;
import jp.kyodo.topic.TopicView;

/**
 * comment.xhtml?id=…: the permalink of a comment, with the path above it, its replies, the reply
 * form, and editing or deleting for its author. Request scoped like the topic page, so anonymous
 * readers get no session; the edit form carries the version the author saw.
 */
@Named
@RequestScoped
public class CommentPage {
  @Inject ThreadService threads;
  @Inject CommentService comments;
  @Inject ReactionService reactions;
  @Inject TopicQueries topics;
  @Inject CurrentActor currentActor;
  @Inject ForumPolicy policy;
  @Inject ThreadReader reader;

  private Long id;
  private ThreadService.CommentContext context;
  private ThreadService.RepliesPage replies;
  private TopicView topic;
  private KyodoException badAddress;
  private String replyBody;
  private String editBody;
  private CommentView ownModerated;

  @PostConstruct
  void read() {
    id = Pages.parseId(Pages.param("id"));
    if (id == null) {
      return;
    }
    try {
      context = threads.context(id);
      topic = topics.view(context.comment().topicId());
      editBody = context.comment().body();
      String cursor = Pages.param("cursor");
      replies = cursor == null ? context.replies() : threads.replies(id, cursor, null);
    } catch (ResourceNotFoundException e) {
      context = null;
    } catch (KyodoException e) {
      badAddress = e;
      replies = context.replies();
    }
  }

  public void load() {
    if (context == null || topic == null) {
      Pages.notFound();
    } else if (badAddress != null) {
      Pages.show("replyForm", badAddress);
    }
  }

  public void reply() {
    try {
      CommentView created = comments.reply(id, new CommentRequests.NewReply(replyBody));
      if (created.held()) {
        TopicThreadPage.heldNotice(created);
        Pages.redirect("/comment.xhtml?id=" + id);
        return;
      }
      Pages.done("thread.replied", "/comment.xhtml?id=" + id + "#c" + created.id());
    } catch (KyodoException e) {
      Pages.show("replyForm", e);
    }
  }

  public void edit() {
    Long version = Pages.parseId(Pages.param("version"));
    try {
      CommentView edited = comments.edit(id, new CommentRequests.Edit(editBody, version));
      if (edited.held()) {
        TopicThreadPage.heldNotice(edited);
        Pages.redirect("/comment.xhtml?id=" + id);
        return;
      }
      Pages.done("thread.saved", "/comment.xhtml?id=" + id + "#c" + id);
    } catch (KyodoException e) {
      Pages.show("editForm", e);
    }
  }

  public void delete() {
    try {
      comments.delete(id);
      Pages.done(
          "thread.deletedDone", "/topic.xhtml?id=" + context.comment().topicId() + "#c" + id);
    } catch (KyodoException e) {
      Pages.show("editForm", e);
    }
  }

  public void react(String kind) {
    Long commentId = Pages.parseId(Pages.param("comment"));
    if (commentId == null) {
      return;
    }
    try {
      reactions.react(commentId, new CommentRequests.Reaction(kind));
      Pages.redirect("/comment.xhtml?id=" + id + "#c" + commentId);
    } catch (KyodoException e) {
      Pages.show("replyForm", e);
    }
  }

  public boolean isCanReact() {
    return topic != null && topic.acceptingComments() && policy.canReact(currentActor.get());
  }

  public boolean isCanReply() {
    return isCanReact() && context.comment().body() != null && getWriteRefusal() == null;
  }

  public boolean isSignedIn() {
    return currentActor.get().isAuthenticated();
  }

  /** Why a signed-in reader may not write (a suspension or ban, with its end), or null. */
  public String getWriteRefusal() {
    return policy.writeRefusal(currentActor.get()).map(Pages::message).orElse(null);
  }

  /** Why there is no reply form: closed, nothing left to answer, sanctioned, or not signed in. */
  public String getReplyUnavailable() {
    if (!topic.acceptingComments()) {
      return Pages.text("thread.closed");
    }
    if (context.comment().body() == null) {
      return Pages.text("thread.cannotReply");
    }
    String refusal = getWriteRefusal();
    if (refusal != null) {
      return refusal;
    }
    return Pages.text("thread.signInToReply");
  }

  /** The author of a comment that is still theirs to edit or delete. */
  public boolean isAuthor() {
    return isOwnComment() && context.comment().body() != null;
  }

  /** The edit form: the author, unless a sanction stops them writing (they may still delete). */
  public boolean isCanEdit() {
    return isAuthor() && policy.canEditComment(currentActor.get(), context.comment().author().id());
  }

  public boolean isOwnComment() {
    return context != null
        && context.comment().author().id() != null
        && currentActor.get().is(context.comment().author().id());
  }

  /** The author still reads a comment that moderation hid; nobody else does. */
  public CommentView getOwnModerated() {
    if (ownModerated == null && isOwnComment() && context.comment().hidden()) {
      ownModerated = reader.asAuthor(id).orElse(null);
    }
    return ownModerated;
  }

  public String getNextUrl() {
    return replies == null || replies.nextCursor() == null
        ? null
        : "comment.xhtml?id=" + id + "&cursor=" + replies.nextCursor() + "#replies";
  }

  public Long getId() {
    return id;
  }

  /** The reaction forms of the shared comment include ask for it; replies have no sort. */
  public String getSort() {
    return null;
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
