package jp.kyodo.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Whether a notification's topic and comment can still be seen by its recipient: a comment hidden,
 * held, rejected or deleted since the event (or a topic hidden or back to draft) is not announced,
 * listed or counted. The recipient still hears of their own comment's moderation: an author sees
 * their own hidden or held comment. One rule for the site's list, every channel and digest: as an
 * SQL condition for queries over notifications, and as a check of one row.
 */
@ApplicationScoped
public class Visibility {
  @PersistenceContext(unitName = "kyodo")
  EntityManager em;

  /**
   * What the public may see of a topic, as an SQL condition over a topic row aliased {@code t}:
   * published (open, closed or archived: not a draft) and not hidden by a moderator. Notifications
   * and search both read it from here.
   */
  public static String publicTopic(String t) {
    return "(" + t + ".status <> 'draft' and " + t + ".hidden_reason is null)";
  }

  /**
   * What the public may read of a comment {@code c} on topic {@code t}: visible (not held, hidden,
   * rejected or deleted) on a public topic. A withdrawn author's comments stay, without a name.
   */
  public static String publicComment(String c, String t) {
    return "(" + c + ".status = 'visible' and " + publicTopic(t) + ")";
  }

  /**
   * The opinions a {@code topic_comment} row aliased {@code n} tells of: the visible opinions of
   * others on its topic from the row's first one until it was read or delivered.
   */
  private static final String NEW_OPINIONS =
      " from comment ac where ac.topic_id = n.topic_id and ac.depth = 0"
          + " and ac.id >= n.since_comment_id and ac.status = 'visible'"
          + " and ac.author_id <> n.participant_id"
          + " and ac.created_at <= coalesce(n.read_at, n.delivered_at, now())";

  /**
   * How many things a notification row tells of, over a row aliased {@code n}: for new opinions on
   * a followed topic ({@code topic_comment}) {@link #NEW_OPINIONS}, counted; for the rest the row's
   * count.
   */
  public static final String COUNT =
      "(case when n.kind = 'topic_comment' then (select count(*)"
          + NEW_OPINIONS
          + ") else n.count end)";

  /**
   * The rule as an SQL condition over a notification row aliased {@code n} (its {@code
   * participant_id}, {@code topic_id}, {@code comment_id}, and for new opinions whether any is
   * left: when every one of them was hidden since, there is nothing left to tell). Asked of every
   * unread row for the header's count on every page a signed-in reader opens, so new opinions are
   * looked for, not counted: counting them read every opinion of a busy topic since the row was
   * written (0.46 s per page for a follower of the benchmark's hot topics).
   */
  public static final String SHOWN =
      "(n.kind <> 'topic_comment' or exists (select 1"
          + NEW_OPINIONS
          + ")) and (n.comment_id is null or exists (select 1 from comment vc join topic vt on vt.id ="
          + " vc.topic_id where vc.id = n.comment_id and "
          + publicTopic("vt")
          + " and (vc.status = 'visible'"
          + " or (vc.author_id = n.participant_id and vc.status <> 'deleted'))))"
          + " and (n.topic_id is null or exists (select 1 from topic vt where vt.id = n.topic_id and "
          + publicTopic("vt")
          + "))";

  /** Must run in a transaction (the caller's). */
  public boolean canSee(long recipientId, Long topicId, Long commentId) {
    Number seen =
        (Number)
            em.createNativeQuery(
                    "select count(*) from (select cast(?1 as bigint) participant_id,"
                        + " cast(?2 as bigint) topic_id, cast(?3 as bigint) comment_id,"
                        + " 'one' kind, 1 count, cast(null as bigint) since_comment_id,"
                        + " cast(null as timestamptz) read_at,"
                        + " cast(null as timestamptz) delivered_at) n where "
                        + SHOWN)
                .setParameter(1, recipientId)
                .setParameter(2, topicId)
                .setParameter(3, commentId)
                .getSingleResult();
    return seen.longValue() > 0;
  }
}
