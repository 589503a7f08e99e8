package jp.kyodo.comment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import jp.kyodo.platform.SqlValues;
import jp.kyodo.security.Actor;

/**
 * Reads comment threads with a fixed number of statements per page, whatever the number of
 * comments: one for the page of top-level comments, one for the first replies of all of them (a
 * lateral join), one for the reader's own reactions. This is also the one place that decides which
 * comments the public sees.
 */
@ApplicationScoped
public class ThreadReader {
  /**
   * The public sees visible comments and the placeholders of deleted and hidden ones; held and
   * rejected comments do not exist for it, and the text of a placeholder is never read.
   */
  static final String PUBLIC = CommentStatus.sqlCondition("c.status", CommentStatus::inThread);

  private static final String COLUMNS =
      "c.id, c.topic_id, c.parent_id, c.root_id, c.in_reply_to_id, c.depth, c.author_id,"
          + " a.display_name, a.withdrawn_at is not null, c.author_is_staff,"
          + " case when c.status = 'visible' then c.body end, c.stance,"
          + " c.status = 'deleted', c.created_at, c.edited_at, c.reply_count, c.agree_count,"
          + " c.disagree_count, c.version, ta.id, ta.display_name,"
          + " ta.withdrawn_at is not null, t.author_is_staff, c.status, c.moderation_reason,"
          + " c.channel, pe.received_on, pe.place, t.channel";

  /** How many columns {@link #COLUMNS} has: what a query adds after them starts here. */
  private static final int COLUMN_COUNT = 29;

  /** The columns as the author reads them: their own text also while held or hidden. */
  private static final String AUTHOR_COLUMNS =
      COLUMNS.replace(
          "case when c.status = 'visible' then c.body end",
          "case when c.status <> 'deleted' then c.body end");

  private static final String JOINS =
      " join participant a on a.id = c.author_id"
          + " left join comment t on t.id = c.in_reply_to_id"
          + " left join participant ta on ta.id = t.author_id"
          + " left join proxy_entry pe on pe.comment_id = c.id";

  @PersistenceContext(unitName = "kyodo")
  EntityManager em;

  /** A page of top-level comments after the cursor, plus one extra to tell whether more follow. */
  public List<CommentView> roots(long topicId, ThreadSort sort, ThreadCursor after, int limit) {
    StringBuilder sql =
        new StringBuilder("select ")
            .append(COLUMNS)
            .append(" from comment c")
            .append(JOINS)
            .append(" where c.topic_id = ?1 and c.depth = 0 and ")
            .append(PUBLIC);
    if (after != null) {
      sql.append(
          switch (sort) {
            case OLDEST -> " and c.id > ?2";
            case NEWEST -> " and c.id < ?2";
            case AGREED -> " and (c.agree_count, c.id) < (?3, ?2)";
          });
    }
    sql.append(
        switch (sort) {
          case OLDEST -> " order by c.id";
          case NEWEST -> " order by c.id desc";
          case AGREED -> " order by c.agree_count desc, c.id desc";
        });
    sql.append(" limit ").append(limit + 1);
    Query q = em.createNativeQuery(sql.toString()).setParameter(1, topicId);
    if (after != null) {
      q.setParameter(2, after.id());
      if (sort == ThreadSort.AGREED) {
        q.setParameter(3, after.agreeCount());
      }
    }
    return rows(q);
  }

  /** The first {@code perParent} replies of each given comment, oldest first. */
  public Map<Long, List<CommentView>> firstReplies(Collection<Long> parentIds, int perParent) {
    if (parentIds.isEmpty()) {
      return Map.of();
    }
    Query q =
        em.createNativeQuery(
                "select "
                    + COLUMNS
                    + " from unnest(string_to_array(?1, ',')::bigint[]) as p(id)"
                    + " cross join lateral (select * from comment c where c.parent_id = p.id and "
                    + PUBLIC
                    + " order by c.id limit ?2) c"
                    + JOINS
                    + " order by c.parent_id, c.id")
            .setParameter(1, join(parentIds))
            .setParameter(2, perParent);
    return rows(q).stream()
        .collect(Collectors.groupingBy(CommentView::parentId, HashMap::new, Collectors.toList()));
  }

  /** Replies of one comment after the cursor, oldest first, plus one extra. */
  public List<CommentView> replies(long parentId, ThreadCursor after, int limit) {
    Query q =
        em.createNativeQuery(
                "select "
                    + COLUMNS
                    + " from comment c"
                    + JOINS
                    + " where c.parent_id = ?1 and c.id > ?2 and "
                    + PUBLIC
                    + " order by c.id limit "
                    + (limit + 1))
            .setParameter(1, parentId)
            .setParameter(2, after == null ? 0L : after.id());
    return rows(q);
  }

  public Optional<CommentView> one(long id) {
    Query q =
        em.createNativeQuery(
                "select " + COLUMNS + " from comment c" + JOINS + " where c.id = ?1 and " + PUBLIC)
            .setParameter(1, id);
    return rows(q).stream().findFirst();
  }

  /**
   * A comment just saved, as its author sees it. A top-level opinion is built from the entity, as
   * the read below would return it (posting is the busiest write); a reply is read back for the
   * name of the comment's author it answers.
   */
  public CommentView asAuthor(Comment saved, Actor author) {
    if (saved.inReplyToId() != null) {
      return asAuthor(saved.id()).orElseThrow();
    }
    return new CommentView(
        saved.id(),
        saved.topicId(),
        saved.parentId(),
        saved.rootId(),
        null,
        saved.depth(),
        new CommentView.Author(
            author.id(), author.displayName(), saved.authorIsStaff(), false, null),
        null,
        saved.body(),
        saved.stance(),
        false,
        false,
        saved.createdAt(),
        null,
        0,
        0,
        0,
        null,
        saved.version(),
        saved.status().code(),
        saved.moderationReason(),
        saved.channel().code(),
        null);
  }

  /**
   * The author's own view of a comment in any state, with its text even when held or hidden (the
   * author may see why, and ask for a review). Callers must have checked that the actor wrote it.
   */
  public Optional<CommentView> asAuthor(long id) {
    Query q =
        em.createNativeQuery(
                "select " + AUTHOR_COLUMNS + " from comment c" + JOINS + " where c.id = ?1")
            .setParameter(1, id);
    return rows(q).stream().findFirst();
  }

  /** A comment in a participant's activity, with the title of the topic it belongs to. */
  public record Activity(CommentView comment, String topicTitle) {}

  /**
   * What the participant wrote, newest first, in every state and with its text, as its author sees
   * it (held and rejected ones too, with their status), before the cursor id; one extra row tells
   * whether more follow.
   */
  public List<Activity> writtenBy(long authorId, Long beforeId, int limit) {
    Query q =
        em.createNativeQuery(
                "select "
                    + AUTHOR_COLUMNS
                    + ", tp.title from comment c"
                    + JOINS
                    + " join topic tp on tp.id = c.topic_id"
                    + " where c.author_id = ?1 and c.id < ?2 and c.status <> 'deleted'"
                    + " order by c.id desc limit "
                    + (limit + 1))
            .setParameter(1, authorId)
            .setParameter(2, beforeId == null ? Long.MAX_VALUE : beforeId);
    return activity(q);
  }

  /** Replies others wrote to the participant's comments, as the public sees them, newest first. */
  public List<Activity> repliesTo(long authorId, Long beforeId, int limit) {
    Query q =
        em.createNativeQuery(
                "select "
                    + COLUMNS
                    + ", tp.title from comment c"
                    + JOINS
                    + " join topic tp on tp.id = c.topic_id"
                    + " where t.author_id = ?1 and c.author_id <> ?1 and c.id < ?2 and "
                    + PUBLIC
                    + " order by c.id desc limit "
                    + (limit + 1))
            .setParameter(1, authorId)
            .setParameter(2, beforeId == null ? Long.MAX_VALUE : beforeId);
    return activity(q);
  }

  @SuppressWarnings("unchecked")
  private static List<Activity> activity(Query q) {
    List<Object[]> rows = q.getResultList();
    return rows.stream().map(r -> new Activity(view(r), (String) r[COLUMN_COUNT])).toList();
  }

  /** The comment's ancestors from the top-level comment down to its parent. */
  public List<CommentView> ancestors(long id) {
    Query q =
        em.createNativeQuery(
                "with recursive up(id, parent_id, n) as ("
                    + " select id, parent_id, 0 from comment where id = ?1"
                    + " union all select p.id, p.parent_id, up.n + 1 from comment p"
                    + " join up on p.id = up.parent_id)"
                    + " select "
                    + COLUMNS
                    + " from up join comment c on c.id = up.id"
                    + JOINS
                    + " where up.n > 0 and "
                    + PUBLIC
                    + " order by up.n desc")
            .setParameter(1, id);
    return rows(q);
  }

  /** The reader's reactions on the given comments: comment id → agree | disagree. */
  @SuppressWarnings("unchecked")
  public Map<Long, String> reactionsOf(long participantId, Collection<Long> commentIds) {
    if (commentIds.isEmpty()) {
      return Map.of();
    }
    List<Object[]> rows =
        em.createNativeQuery(
                "select comment_id, kind from reaction where participant_id = ?1"
                    + " and comment_id = any(string_to_array(?2, ',')::bigint[])")
            .setParameter(1, participantId)
            .setParameter(2, join(commentIds))
            .getResultList();
    Map<Long, String> result = new HashMap<>();
    rows.forEach(r -> result.put(((Number) r[0]).longValue(), (String) r[1]));
    return result;
  }

  private static String join(Collection<Long> ids) {
    return ids.stream().map(String::valueOf).collect(Collectors.joining(","));
  }

  @SuppressWarnings("unchecked")
  private static List<CommentView> rows(Query q) {
    List<Object[]> rows = q.getResultList();
    return rows.stream().map(ThreadReader::view).toList();
  }

  private static CommentView view(Object[] r) {
    String channel = (String) r[25];
    CommentView.Author author = author(r[6], r[7], r[8], r[9], channel);
    CommentView.Author replyTo =
        r[19] == null ? null : author(r[19], r[20], r[21], r[22], (String) r[28]);
    CommentView.Provenance provenance =
        CommentChannel.WEB.code().equals(channel)
            ? null
            : new CommentView.Provenance(channel, day(r[26]), (String) r[27]);
    OffsetDateTime editedAt = SqlValues.time(r[14]);
    return new CommentView(
        SqlValues.asLong(r[0]),
        SqlValues.asLong(r[1]),
        SqlValues.asLong(r[2]),
        SqlValues.asLong(r[3]),
        SqlValues.asLong(r[4]),
        ((Number) r[5]).intValue(),
        author,
        replyTo,
        (String) r[10],
        (String) r[11],
        (Boolean) r[12],
        editedAt != null,
        SqlValues.time(r[13]),
        editedAt,
        ((Number) r[15]).intValue(),
        ((Number) r[16]).intValue(),
        ((Number) r[17]).intValue(),
        null,
        SqlValues.asLong(r[18]),
        (String) r[23],
        (String) r[24],
        channel,
        provenance);
  }

  /**
   * A withdrawn author has no id (pages say 「退会したユーザー」); an opinion received outside the web has
   * neither id nor name, only its channel (pages say how it was received).
   */
  private static CommentView.Author author(
      Object id, Object name, Object withdrawn, Object staff, String channel) {
    if (channel != null && !CommentChannel.WEB.code().equals(channel)) {
      return new CommentView.Author(null, null, false, false, channel);
    }
    boolean gone = Boolean.TRUE.equals(withdrawn);
    return new CommentView.Author(
        gone ? null : SqlValues.asLong(id), (String) name, Boolean.TRUE.equals(staff), gone, null);
  }

  private static LocalDate day(Object value) {
    if (value == null) {
      return null;
    }
    return value instanceof LocalDate d ? d : ((java.sql.Date) value).toLocalDate();
  }
}
