package jp.kyodo.stats;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jp.kyodo.platform.Csv;
import jp.kyodo.platform.Messages;
import jp.kyodo.platform.SqlValues;
import jp.kyodo.security.Actor;
import jp.kyodo.security.CurrentActor;
import jp.kyodo.security.ForumPolicy;
import jp.kyodo.topic.Topic;
import jp.kyodo.topic.TopicRepository;

/** A topic's participation report and its anonymised comments, for the owning department. */
@ApplicationScoped
public class TopicReportService {
  private static final List<String> STANCES =
      List.of("agree", "oppose", "neutral", "question", "none");
  private static final List<String> COMMENT_COLUMNS =
      List.of(
          "comment_id",
          "in_reply_to",
          "depth",
          "stance",
          "posted_at",
          "by_ward_staff",
          "channel",
          "agree",
          "disagree",
          "body");

  @PersistenceContext(unitName = "kyodo")
  EntityManager em;

  @Inject CurrentActor currentActor;
  @Inject ForumPolicy policy;
  @Inject TopicRepository topics;
  @Inject StatsLabels labels;
  @Inject KpiSettings settings;
  @Inject ChannelCounts channels;

  @Transactional(Transactional.TxType.SUPPORTS)
  public TopicReport report(long topicId, Locale l) {
    Topic topic = load(topicId);
    Object[] counts =
        (Object[])
            em.createNativeQuery(
                    "select count(*), count(*) filter (where depth = 0), count(*) filter (where"
                        + " depth > 0) from comment where topic_id = ?1 and status = 'visible'")
                .setParameter(1, topicId)
                .getSingleResult();
    // the people behind the comments: web authors, and each person whose opinion staff entered
    ChannelCounts.Breakdown byChannel = channels.forTopic(topicId);
    long people = byChannel.people();
    List<StatTable> tables = new ArrayList<>();
    tables.add(stances(topicId, l));
    tables.add(reactions(topicId, l));
    for (String dimension : List.of("age_band", "area")) {
      tables.add(participants(topicId, dimension, l));
    }
    tables.add(table(ChannelTables.ID, l, ChannelTables.COLUMNS, ChannelTables.rows(byChannel, l)));
    return new TopicReport(
        topicId,
        topic.title(),
        topic.department(),
        topic.status().code(),
        Suppression.published(topic.commentCount()),
        Suppression.count(SqlValues.asLong(counts[1]), people),
        Suppression.count(SqlValues.asLong(counts[2]), people),
        Suppression.published(topic.participantCount()),
        tables);
  }

  /**
   * The topic's visible comments without their authors: id, the comment answered, depth, stance,
   * posting time (in the statistics zone), whether ward staff wrote it, reactions and the text;
   * headed, and the stance and staff columns written, in the reader's language.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  @SuppressWarnings("unchecked")
  public String anonymisedCommentsCsv(long topicId, Locale l) {
    load(topicId);
    ZoneId zone = settings.zone();
    List<Object[]> rows =
        em.createNativeQuery(
                "select id, in_reply_to_id, depth, stance, created_at, author_is_staff,"
                    + " agree_count, disagree_count, body, channel from comment where topic_id = ?1"
                    + " and status = 'visible' order by id")
            .setParameter(1, topicId)
            .getResultList();
    List<List<String>> out = new ArrayList<>();
    for (Object[] r : rows) {
      out.add(
          List.of(
              String.valueOf(r[0]),
              r[1] == null ? "" : String.valueOf(r[1]),
              String.valueOf(r[2]),
              r[3] == null ? "" : Messages.get(l, "stats.stance." + r[3]),
              SqlValues.time(r[4]).atZoneSameInstant(zone).toOffsetDateTime().toString(),
              Messages.get(l, Boolean.TRUE.equals(r[5]) ? "csv.yes" : "csv.no"),
              Messages.get(l, "channel." + r[9]),
              String.valueOf(r[6]),
              String.valueOf(r[7]),
              (String) r[8]));
    }
    return Csv.write(Csv.header(l, "csv.comments.", COMMENT_COLUMNS), out);
  }

  private Topic load(long topicId) {
    Actor actor = currentActor.get();
    policy.require(policy.canReadTopicReport(actor), actor);
    return topics.visible(topicId, true);
  }

  @SuppressWarnings("unchecked")
  private StatTable stances(long topicId, Locale l) {
    List<Object[]> rows =
        em.createNativeQuery(
                "select coalesce(c.stance, 'none'), count(*), count(distinct "
                    + ChannelCounts.PERSON
                    + ") from comment c left join proxy_entry pe on pe.comment_id = c.id"
                    + " where c.topic_id = ?1 and c.depth = 0 and c.status = 'visible'"
                    + " group by 1")
            .setParameter(1, topicId)
            .getResultList();
    Map<String, long[]> byStance = new LinkedHashMap<>();
    rows.forEach(
        r ->
            byStance.put(
                (String) r[0], new long[] {SqlValues.asLong(r[1]), SqlValues.asLong(r[2])}));
    List<StatTable.Row> out = new ArrayList<>();
    for (String s : STANCES) {
      long[] v = byStance.getOrDefault(s, new long[2]);
      out.add(
          new StatTable.Row(
              s,
              Messages.get(l, "stats.stance." + s),
              List.of(Suppression.count(v[0], v[1]), Suppression.people(v[1]))));
    }
    return table("stances", l, List.of("opinions", "people"), out);
  }

  @SuppressWarnings("unchecked")
  private StatTable reactions(long topicId, Locale l) {
    List<Object[]> rows =
        em.createNativeQuery(
                "select r.kind, count(*), count(distinct r.participant_id) from reaction r"
                    + " join comment c on c.id = r.comment_id where c.topic_id = ?1 group by r.kind")
            .setParameter(1, topicId)
            .getResultList();
    Map<String, long[]> byKind = new LinkedHashMap<>();
    rows.forEach(
        r ->
            byKind.put((String) r[0], new long[] {SqlValues.asLong(r[1]), SqlValues.asLong(r[2])}));
    List<StatTable.Row> out = new ArrayList<>();
    for (String kind : List.of("agree", "disagree")) {
      long[] v = byKind.getOrDefault(kind, new long[2]);
      out.add(
          new StatTable.Row(
              kind,
              Messages.get(l, "stats.reaction." + kind),
              List.of(Suppression.count(v[0], v[1]), Suppression.people(v[1]))));
    }
    return table("reactions", l, List.of("reactions", "people"), out);
  }

  @SuppressWarnings("unchecked")
  private StatTable participants(long topicId, String dimension, Locale l) {
    String column = dimension.equals("age_band") ? "age_band" : "area_code";
    // participants who wrote or whose opinion staff entered, by their profile (never the proxy
    // author), and each person whose opinion staff entered without a participant, by the answers
    // they gave: the people ChannelCounts counts
    String proxied =
        "select pe.participant_id, pe."
            + column
            + " from comment c join proxy_entry pe on pe.comment_id = c.id"
            + " where c.topic_id = ?1 and c.status = 'visible' and c.channel <> 'web'";
    List<Object[]> rows =
        em.createNativeQuery(
                "select g, count(*) from (select coalesce(p."
                    + column
                    + ", 'unanswered') g from participant p where not p.proxy_author and p.id in"
                    + " (select author_id from comment where topic_id = ?1 and status = 'visible'"
                    + " union select x.participant_id from ("
                    + proxied
                    + ") x where x.participant_id is not null)"
                    + " union all select coalesce(x."
                    + column
                    + ", 'unanswered') from ("
                    + proxied
                    + ") x where x.participant_id is null) people group by g")
            .setParameter(1, topicId)
            .getResultList();
    Map<String, Long> counts = new LinkedHashMap<>();
    rows.forEach(r -> counts.put((String) r[0], SqlValues.asLong(r[1])));
    List<StatTable.Row> out = new ArrayList<>();
    labels
        .groups(dimension, l)
        .forEach(
            (code, label) ->
                out.add(
                    new StatTable.Row(
                        code, label, List.of(Suppression.people(counts.getOrDefault(code, 0L))))));
    return table("participants-" + dimension, l, List.of("people"), out);
  }

  private static StatTable table(String id, Locale l, List<String> keys, List<StatTable.Row> rows) {
    return new StatTable(
        id,
        Messages.get(l, "stats.topicReport." + id),
        Messages.get(l, "stats.note.topicReport"),
        keys.stream()
            .map(k -> new StatTable.Column(k, Messages.get(l, "stats.column." + k)))
            .toList(),
        rows);
  }
}
