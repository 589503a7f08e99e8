package jp.kyodo.results;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.kyodo.comment.CommentChannel;
import jp.kyodo.insight.ApprovedKeyPoint;
import jp.kyodo.insight.KeyPointQueries;
import jp.kyodo.stats.ChannelCounts;
import jp.kyodo.topic.OfficialResponses;
import jp.kyodo.topic.ReceivingDays;
import jp.kyodo.topic.Topic;

/**
 * Puts a results document together as it is read: the topic, the figures by channel ({@link
 * ChannelCounts}), one row per approved key point with its opinions counted now and staff's texts,
 * a row for the opinions under no approved key point, and the ward's current answer. No permission
 * check: {@link ResultsService} decides who reads.
 */
@ApplicationScoped
class ResultsReader {
  @PersistenceContext(unitName = "kyodo")
  EntityManager em;

  @Inject ChannelCounts counts;
  @Inject KeyPointQueries keyPoints;
  @Inject OfficialResponses answers;

  ResultsView read(Topic topic, ResultsDocument doc) {
    long topicId = topic.id();
    ChannelCounts.Breakdown figures = counts.forTopic(topicId);
    List<ResultsView.ChannelRow> channels = new ArrayList<>();
    for (ChannelCounts.ChannelCount c : figures.channels()) {
      if (c.channel() == CommentChannel.WEB || c.comments() > 0) {
        channels.add(
            new ResultsView.ChannelRow(
                c.channel().code(), c.opinions(), c.comments() - c.opinions(), c.people()));
      }
    }
    ResultsView.ChannelRow total =
        new ResultsView.ChannelRow(
            "total", figures.opinions(), figures.comments() - figures.opinions(), figures.people());

    Map<Long, ResultsEntry> written = entries(topicId);
    List<ResultsView.Row> rows = new ArrayList<>();
    Set<Long> covered = new HashSet<>();
    for (ApprovedKeyPoint kp : keyPoints.approved(topicId)) {
      covered.addAll(kp.commentIds());
      rows.add(row(kp.id(), kp.label(), kp.commentIds().size(), written.get(kp.id())));
    }
    long others = figures.comments() - covered.size();
    ResultsEntry other = written.get(OTHERS);
    if (others > 0 || (other != null && !other.summary().isBlank())) {
      rows.add(row(null, null, Math.max(0, others), other));
    }
    ResultsView.WardAnswer answer =
        answers
            .current(topicId)
            .map(a -> new ResultsView.WardAnswer(a.status(), a.bodyMarkdown(), a.bodyHtml()))
            .orElse(null);
    // the period in Tokyo days, ending the day staff closed it if they closed it early
    ReceivingDays period = ReceivingDays.of(topic.opensAt(), topic.closesAt(), topic.closedAt());
    return new ResultsView(
        topicId,
        topic.title(),
        topic.department(),
        topic.status().code(),
        period.first(),
        period.last(),
        doc == null ? "" : doc.introduction(),
        List.copyOf(channels),
        total,
        List.copyOf(rows),
        answer,
        doc != null && doc.isPublished(),
        doc == null ? null : doc.publishedAt(),
        doc == null ? null : doc.updatedAt(),
        doc == null ? 0 : doc.version());
  }

  /** The key of the row of opinions under no approved key point in {@link #entries}. */
  static final long OTHERS = 0;

  /** Staff's rows of a topic by key point id ({@link #OTHERS} for the others' row). */
  Map<Long, ResultsEntry> entries(long topicId) {
    Map<Long, ResultsEntry> found = new HashMap<>();
    em.createQuery("select e from ResultsEntry e where e.topicId = :t", ResultsEntry.class)
        .setParameter("t", topicId)
        .getResultList()
        .forEach(e -> found.put(e.keyPointId() == null ? OTHERS : e.keyPointId(), e));
    return found;
  }

  private static ResultsView.Row row(Long id, String label, long opinions, ResultsEntry e) {
    return new ResultsView.Row(
        id, label, opinions, e == null ? "" : e.summary(), e == null ? "" : e.wardView());
  }
}
