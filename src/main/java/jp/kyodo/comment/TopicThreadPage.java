package jp.kyodo.comment;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;
import jp.kyodo.platform.KyodoException;
import jp.kyodo.platform.ResourceNotFoundException;
import jp.kyodo.platform.web.Pages;
import jp.kyodo.security.CurrentActor;
import jp.kyodo.security.ForumPolicy;
import jp.kyodo.topic.TopicQueries;
import jp.kyodo.topic.TopicView;

/**
 * topic.xhtml?id=…: the topic, the ward's answer, the thread page, and the opinion form. Request
 * scoped on purpose: an anonymous reader gets no HTTP session, so a crowd of readers costs no
 * server memory. Forms carry the ids they act on as hidden fields.
 */
@Named
@RequestScoped
public class TopicThreadPage {
  @Inject TopicQueries topics;
  @Inject ThreadService threads;
  @Inject CommentService comments;
  @Inject ReactionService reactions;
  @Inject CurrentActor currentActor;
  @Inject ForumPolicy policy;

  private Long id;
  private String sort;
  private TopicView topic;
  private ThreadService.ThreadPage thread;
  private KyodoException badAddress;
  private String body;
  private String stance;

  /** Reads what the request names: the address on a GET, hidden fields on a form post. */
  @PostConstruct
  void read() {
    id = Pages.parseId(Pages.param("id"));
    sort = Pages.param("sort");
    if (id == null) {
      return;
    }
    try {
      topic = topics.view(id);
      thread = threads.topicThread(id, sort, Pages.param("cursor"), null);
    } catch (ResourceNotFoundException e) {
      topic = null;
    } catch (KyodoException e) {
      badAddress = e;
      sort = null;
      thread = threads.topicThread(id, null, null, null);
    }
  }

  /** On a GET: 404 for an unknown topic, the reason for an unusable sort or cursor. */
  public void load() {
    if (topic == null) {
      Pages.notFound();
    } else if (badAddress != null) {
      Pages.show("postForm", badAddress);
    }
  }

  public void post() {
    try {
      CommentView created = comments.post(id, new CommentRequests.NewOpinion(body, stance));
      if (created.held()) {
        heldNotice(created);
        Pages.redirect("/topic.xhtml?id=" + id);
        return;
      }
      Pages.done("thread.posted", "/topic.xhtml?id=" + id + "#c" + created.id());
    } catch (KyodoException e) {
      Pages.show("postForm", e);
    }
  }

  /** Tells the author, after the redirect, that the post waits for a moderator and why. */
  static void heldNotice(CommentView held) {
    Pages.keepMessages();
    Pages.info(
        "thread.heldNotice",
        Map.of("reason", Pages.text("moderation.reason." + held.moderationReason())));
  }

  /** The comment comes from the form's own hidden field, never from the row position. */
  public void react(String kind) {
    Long commentId = Pages.parseId(Pages.param("comment"));
    if (commentId == null) {
      return;
    }
    try {
      reactions.react(commentId, new CommentRequests.Reaction(kind));
      Pages.redirect(
          "/topic.xhtml?id=" + id + (sort == null ? "" : "&sort=" + sort) + "#c" + commentId);
    } catch (KyodoException e) {
      Pages.show("postForm", e);
    }
  }

  /** Reaction buttons show for signed-in readers while the topic takes comments. */
  public boolean isCanReact() {
    return topic != null && topic.acceptingComments() && policy.canReact(currentActor.get());
  }

  /** Why a signed-in reader may not write (a suspension or ban, with its end), or null. */
  public String getWriteRefusal() {
    return policy.writeRefusal(currentActor.get()).map(Pages::message).orElse(null);
  }

  public boolean isSignedIn() {
    return currentActor.get().isAuthenticated();
  }

  public String getNextUrl() {
    if (thread == null || thread.nextCursor() == null) {
      return null;
    }
    return "topic.xhtml?id="
        + id
        + "&sort="
        + thread.sort()
        + "&cursor="
        + thread.nextCursor()
        + "#comments";
  }

  public TopicView getTopic() {
    return topic;
  }

  public ThreadService.ThreadPage getThread() {
    return thread;
  }

  public Long getId() {
    return id;
  }

  public String getSort() {
    return sort;
  }

  public String getBody() {
    return body;
  }

  public void setBody(String body) {
    this.body = body;
  }

  public String getStance() {
    return stance;
  }

  public void setStance(String stance) {
    this.stance = stance;
  }
}
