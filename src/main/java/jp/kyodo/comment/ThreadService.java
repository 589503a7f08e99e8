package jp.kyodo.comment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jp.kyodo.platform.InvalidInputException;
import jp.kyodo.platform.ResourceNotFoundException;
import jp.kyodo.security.Actor;
import jp.kyodo.security.CurrentActor;
import jp.kyodo.security.ForumPolicy;
import jp.kyodo.topic.TopicRepository;

/** Reading threads: a topic's top-level comments with their first replies, and more replies. */
@ApplicationScoped
public class ThreadService {
  @Inject CurrentActor currentActor;
  @Inject ForumPolicy policy;
  @Inject CommentSettings settings;
  @Inject TopicRepository topics;
  @Inject ThreadReader reader;

  /** A top-level comment with its first replies. */
  public record ThreadItem(CommentView comment, List<CommentView> replies) {}

  /** A page of a topic's thread; nextCursor is null on the last page. */
  public record ThreadPage(String sort, List<ThreadItem> items, String nextCursor) {}

  /** A page of a comment's replies. */
  public record RepliesPage(List<CommentView> items, String nextCursor) {}

  /** One comment with where it sits: its ancestors from the top and its first replies. */
  public record CommentContext(
      CommentView comment, List<CommentView> ancestors, RepliesPage replies) {}

  public ThreadPage topicThread(long topicId, String sortCode, String cursor, Integer limit) {
    Actor actor = currentActor.get();
    topics.visible(topicId, policy.canSeeDraftTopics(actor));
    ThreadSort sort =
        ThreadSort.fromCode(sortCode == null ? "oldest" : sortCode)
            .orElseThrow(() -> InvalidInputException.of("sort", "validation.code.unknown"));
    ThreadCursor after = ThreadCursor.decode(cursor, sort);
    int size = pageSize(limit);
    List<CommentView> roots = reader.roots(topicId, sort, after, size);
    boolean more = roots.size() > size;
    if (more) {
      roots = roots.subList(0, size);
    }
    Map<Long, List<CommentView>> replies =
        reader.firstReplies(
            roots.stream().map(CommentView::id).toList(), settings.previewReplies());
    List<CommentView> all = new ArrayList<>(roots);
    replies.values().forEach(all::addAll);
    Map<Long, String> mine = myReactions(actor, all);
    List<ThreadItem> items =
        roots.stream()
            .map(
                r ->
                    new ThreadItem(
                        withMine(r, mine),
                        replies.getOrDefault(r.id(), List.of()).stream()
                            .map(c -> withMine(c, mine))
                            .toList()))
            .toList();
    String next = null;
    if (more) {
      CommentView last = roots.get(roots.size() - 1);
      next = new ThreadCursor(sort, last.agreeCount(), last.id()).encode();
    }
    return new ThreadPage(sort.code(), items, next);
  }

  public RepliesPage replies(long commentId, String cursor, Integer limit) {
    Actor actor = currentActor.get();
    CommentView parent = visible(commentId, actor);
    return repliesOf(
        parent, ThreadCursor.decode(cursor, ThreadSort.OLDEST), pageSize(limit), actor);
  }

  public CommentContext context(long commentId) {
    Actor actor = currentActor.get();
    CommentView comment = visible(commentId, actor);
    List<CommentView> ancestors = reader.ancestors(commentId);
    Map<Long, String> mine = myReactions(actor, List.of(comment));
    return new CommentContext(
        withMine(comment, mine), ancestors, repliesOf(comment, null, settings.pageSize(), actor));
  }

  private RepliesPage repliesOf(CommentView parent, ThreadCursor after, int size, Actor actor) {
    List<CommentView> replies = reader.replies(parent.id(), after, size);
    boolean more = replies.size() > size;
    if (more) {
      replies = replies.subList(0, size);
    }
    Map<Long, String> mine = myReactions(actor, replies);
    String next =
        more ? new ThreadCursor(ThreadSort.OLDEST, 0, replies.get(size - 1).id()).encode() : null;
    return new RepliesPage(replies.stream().map(c -> withMine(c, mine)).toList(), next);
  }

  private CommentView visible(long commentId, Actor actor) {
    CommentView comment =
        reader.one(commentId).orElseThrow(() -> new ResourceNotFoundException("comment"));
    topics.visible(comment.topicId(), policy.canSeeDraftTopics(actor));
    return comment;
  }

  private int pageSize(Integer limit) {
    if (limit == null) {
      return settings.pageSize();
    }
    if (limit < 1 || limit > settings.maxPageSize()) {
      throw InvalidInputException.of(
          "limit", "validation.range", Map.of("min", 1, "max", settings.maxPageSize()));
    }
    return limit;
  }

  private Map<Long, String> myReactions(Actor actor, List<CommentView> comments) {
    if (!actor.isAuthenticated() || comments.isEmpty()) {
      return Map.of();
    }
    return reader.reactionsOf(actor.id(), comments.stream().map(CommentView::id).toList());
  }

  private static CommentView withMine(CommentView c, Map<Long, String> mine) {
    String reaction = mine.get(c.id());
    return reaction == null ? c : c.withMyReaction(reaction);
  }
}
