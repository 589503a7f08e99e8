package jp.kyodo.stats;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import jp.kyodo.comment.CommentChannel;
import jp.kyodo.platform.SqlValues;

/**
 * The one owner of counting opinions and people by channel (web, paper, post, phone, workshop,
 * counter): for a topic, and ward-wide. What counts is what the topic's totals count — visible
 * comments (not deleted, hidden, held or rejected), top-level opinions and replies.
 *
 * <p>People: on the web, each distinct author once. Outside the web, each entry without a
 * participant is one person (a sheet of paper, a call); an entry that names a registered
 * participant counts that participant once — in a channel's row and, across channels, once in the
 * total, also when they wrote on the web too. The proxy author (the participant row standing for
 * people outside the web) is never counted as a person.
 *
 * <p>The figures are raw: no permission check and no small-cell suppression here. Callers check
 * their reader's permission ({@code ForumPolicy}) and pass every figure shown to anyone through
 * {@link Suppression} (a channel's comments with {@code Suppression.count(comments, people)}, its
 * people with {@code Suppression.people(people)}).
 */
@ApplicationScoped
public class ChannelCounts {
  /**
   * Who a visible comment's person is: its author on the web; outside the web the participant the
   * entry names, else the entry itself (negative, so it never equals a participant id). Over {@code
   * comment c left join proxy_entry pe on pe.comment_id = c.id}; the topic report counts people
   * with it too.
   */
  static final String PERSON =
      "case when c.channel = 'web' then c.author_id else coalesce(pe.participant_id, -c.id) end";

  private static final String SELECT =
      "select c.channel, count(*), count(*) filter (where c.depth = 0), count(distinct "
          + PERSON
          + ") from comment c left join proxy_entry pe on pe.comment_id = c.id"
          + " where c.status = 'visible'";

  private static final String GROUPS = " group by grouping sets ((c.channel), ())";

  @PersistenceContext(unitName = "kyodo")
  EntityManager em;

  /**
   * One channel's figures.
   *
   * @param comments visible comments: top-level opinions and replies (what {@code
   *     topic.comment_count} counts)
   * @param opinions of those, the top-level opinions (what {@code topic.root_comment_count}
   *     counts); outside the web every comment is one
   * @param people the distinct people behind the comments (see the class comment)
   */
  public record ChannelCount(CommentChannel channel, long comments, long opinions, long people) {}

  /**
   * Every channel in {@link CommentChannel} order (zeros included), and the totals over all
   * channels; {@code people} in the totals counts a person who took part through several channels
   * once, so it may be less than the sum of the channels' people.
   */
  public record Breakdown(List<ChannelCount> channels, long comments, long opinions, long people) {
    /** The figures of one channel. */
    public ChannelCount of(CommentChannel channel) {
      return channels.get(channel.ordinal());
    }
  }

  /**
   * A topic's comments and people by channel. Any topic id may be asked for (an unknown one has
   * zeros): load the topic through the visibility rules first.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Breakdown forTopic(long topicId) {
    return breakdown(
        em.createNativeQuery(SELECT + " and c.topic_id = ?1" + GROUPS).setParameter(1, topicId));
  }

  /**
   * Every topic's comments and people by channel, ward-wide and all-time (the statistics page).
   * Reads every visible comment: for the administrators' statistics, not for public pages.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Breakdown wardWide() {
    return breakdown(em.createNativeQuery(SELECT + GROUPS));
  }

  @SuppressWarnings("unchecked")
  private static Breakdown breakdown(Query query) {
    List<Object[]> rows = query.getResultList();
    Map<CommentChannel, long[]> byChannel = new EnumMap<>(CommentChannel.class);
    long[] total = new long[3];
    for (Object[] r : rows) {
      long[] figures = {SqlValues.asLong(r[1]), SqlValues.asLong(r[2]), SqlValues.asLong(r[3])};
      if (r[0] == null) {
        total = figures;
      } else {
        CommentChannel.fromCode((String) r[0]).ifPresent(c -> byChannel.put(c, figures));
      }
    }
    List<ChannelCount> channels = new ArrayList<>();
    for (CommentChannel c : CommentChannel.values()) {
      long[] f = byChannel.getOrDefault(c, new long[3]);
      channels.add(new ChannelCount(c, f[0], f[1], f[2]));
    }
    return new Breakdown(List.copyOf(channels), total[0], total[1], total[2]);
  }
}
