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

/** topic.xhtml?id=…: the topic, the ward's answer, the thread page, and the opinion form. */
@Named
@ViewScoped
public class TopicThreadPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject transient TopicQueries topics;
  @Inject transient ThreadService threads;
  @Inject transient CommentService comments;
  @Inject transient ReactionService reactions;
  @Inject transient CurrentActor currentActor;

  private String idParam;
  private long id;
  private String sort;
  private String cursor;
  private TopicView topic;
  private ThreadService.ThreadPage thread;
  private String body;
  private String stance;

  /** Loads once per view; a malformed or unknown id is a 404 page. */
  public void load() {
    Long parsed = Pages.parseId(idParam);
    if (parsed == null) {
      Pages.notFound();
      return;
    }
    id = parsed;
    try {
      topic = topics.view(id);
      thread = threads.topicThread(id, sort, cursor, null);
    } catch (ResourceNotFoundException e) {
      Pages.notFound();
    } catch (KyodoException e) {
      sort = null;
      cursor = null;
      thread = threads.topicThread(id, null, null, null);
      Pages.show("postForm", e);
    }
  }

  public void post() {
    try {
      CommentView created = comments.post(id, new CommentRequests.NewOpinion(body, stance));
      Pages.redirect("/topic.xhtml?id=" + id + "#c" + created.id());
    } catch (KyodoException e) {
      Pages.show("postForm", e);
    }
  }

  public void react(long commentId, String kind) {
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
    return topic != null && topic.acceptingComments() && isSignedIn();
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

  public long getId() {
    return id;
  }

  public String getIdParam() {
    return idParam;
  }

  public void setIdParam(String idParam) {
    this.idParam = idParam;
  }

  public String getSort() {
    return sort;
  }

  public void setSort(String sort) {
    this.sort = sort;
  }

  public String getCursor() {
    return cursor;
  }

  public void setCursor(String cursor) {
    this.cursor = cursor;
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
