package jp.kyodo.insight;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import jp.kyodo.platform.KyodoException;
import jp.kyodo.platform.web.Pages;
import jp.kyodo.stats.Cell;
import jp.kyodo.stats.Charts;
import jp.kyodo.stats.StatFormat;
import jp.kyodo.stats.StatTable;
import jp.kyodo.stats.Suppression;

/**
 * reports/opinion-groups.xhtml: a topic's opinion groups for staff and administrators, as text and
 * tables first — the groups and their sizes, the comments that set each apart with the shares
 * inside and outside, the comments every group agrees on — and a chart of the sizes beside the
 * table. Comments hidden or deleted since the run are left out. Staff can compute the groups again.
 */
@Named
@RequestScoped
public class OpinionGroupsPage {
  @Inject OpinionGroupsService service;
  @Inject GroupComments comments;
  @Inject StatFormat format;

  private String id;
  private OpinionGroupsService.TopicGroups topic;
  private StatTable sizes;
  private List<GroupLines> groups = List.of();
  private List<Line> consensus = List.of();

  /** A group as the page shows it: its name, size (or ＊) and what sets it apart. */
  public record GroupLines(
      String name, String heading, Cell size, boolean suppressed, List<Line> lines) {}

  /**
   * A comment with its shares: in a group's table the share of the group's votes and of everyone
   * else's; in the consensus table the lowest share of any group.
   */
  public record Line(
      long commentId,
      String text,
      boolean reply,
      boolean agree,
      double percent,
      int votes,
      Double percentOutside,
      Integer votesOutside,
      Double pValue) {}

  @PostConstruct
  void read() {
    id = Pages.param("id");
  }

  public void load() {
    Long topicId = Pages.parseId(id);
    if (topicId == null) {
      Pages.notFound();
      return;
    }
    try {
      topic = service.forPage(topicId);
    } catch (KyodoException e) {
      Pages.sendError(e.status() == 403 || e.status() == 401 ? 403 : 404);
      return;
    }
    OpinionGroupsView run = topic.latest();
    if (run != null && run.groupCount() > 0) {
      describe(topicId, run);
    }
  }

  /** Computes the groups now and shows the new run. */
  public void compute() {
    Long topicId = Pages.parseId(id);
    if (topicId == null) {
      Pages.notFound();
      return;
    }
    try {
      service.compute(topicId);
      Pages.keepMessages();
      Pages.info("groups.computed");
      Pages.redirect("/reports/opinion-groups.xhtml?id=" + topicId);
    } catch (KyodoException e) {
      Pages.sendError(e.status() == 403 || e.status() == 401 ? 403 : 404);
    }
  }

  private void describe(long topicId, OpinionGroupsView run) {
    Map<Long, GroupComments.Quoted> texts =
        comments.visible(
            topicId,
            Stream.concat(
                    run.groups().stream()
                        .flatMap(g -> g.distinctive().stream())
                        .map(GroupsResult.Distinctive::commentId),
                    run.consensus().stream().map(GroupsResult.Consensus::commentId))
                .distinct()
                .toList());
    List<GroupLines> described = new ArrayList<>();
    List<StatTable.Row> rows = new ArrayList<>();
    for (OpinionGroupsView.Group g : run.groups()) {
      String name = Pages.text("groups.name", Map.of("name", letter(g.number())));
      Cell size = g.suppressed() ? Suppression.count(null, 0) : Suppression.people(g.size());
      Cell share =
          g.suppressed()
              ? Suppression.count(null, 0)
              : Suppression.count(
                  BigDecimal.valueOf(100.0 * g.size() / run.participants())
                      .setScale(1, RoundingMode.HALF_UP),
                  g.size());
      rows.add(new StatTable.Row(String.valueOf(g.number()), name, List.of(size, share)));
      List<Line> lines =
          g.distinctive().stream()
              .map(d -> line(texts.get(d.commentId()), d))
              .filter(Objects::nonNull)
              .toList();
      String heading =
          g.suppressed()
              ? name
              : Pages.text("groups.heading", Map.of("name", name, "people", format.format(size)));
      described.add(new GroupLines(name, heading, size, g.suppressed(), lines));
    }
    sizes =
        new StatTable(
            "group-sizes",
            Pages.text("groups.sizes"),
            Pages.text("groups.sizes.note"),
            List.of(
                new StatTable.Column("people", Pages.text("groups.people")),
                new StatTable.Column("share", Pages.text("groups.share"))),
            rows);
    groups = described;
    consensus =
        run.consensus().stream()
            .map(c -> consensusLine(texts.get(c.commentId()), c))
            .filter(Objects::nonNull)
            .toList();
  }

  private static Line line(GroupComments.Quoted q, GroupsResult.Distinctive d) {
    return q == null
        ? null
        : new Line(
            q.id(),
            q.text(),
            q.reply(),
            d.agree(),
            d.percentInside(),
            d.votesInside(),
            d.percentOutside(),
            d.votesOutside(),
            d.pValue());
  }

  private static Line consensusLine(GroupComments.Quoted q, GroupsResult.Consensus c) {
    return q == null
        ? null
        : new Line(
            q.id(),
            q.text(),
            q.reply(),
            c.agree(),
            c.lowestGroupPercent(),
            c.votes(),
            null,
            null,
            null);
  }

  /** Groups are named A, B, C … as Polis does: a number would read as a rank. */
  static String letter(int number) {
    return String.valueOf((char) ('A' + number - 1));
  }

  /** The chart beside the sizes table: exactly the table's numbers. */
  public String getChart() {
    return sizes == null ? null : Charts.of(sizes, "bar", List.of("people"));
  }

  /** A share or a silhouette with its decimals, in the page's language. */
  public String decimal(Double value, int scale) {
    return value == null
        ? ""
        : format.number(BigDecimal.valueOf(value).setScale(scale, RoundingMode.HALF_UP));
  }

  /** "(12 votes)" after a share. */
  public String votes(Integer votes) {
    return votes == null ? "" : Pages.text("groups.votesOf", Map.of("votes", format.number(votes)));
  }

  public String pValue(Double p) {
    return p == null ? "" : p < 0.001 ? "< 0.001" : String.format("%.3f", p);
  }

  public OpinionGroupsService.TopicGroups getTopic() {
    return topic;
  }

  public OpinionGroupsView getRun() {
    return topic == null ? null : topic.latest();
  }

  public StatTable getSizes() {
    return sizes;
  }

  public List<GroupLines> getGroups() {
    return groups;
  }

  public List<Line> getConsensus() {
    return consensus;
  }

  public String getId() {
    return id;
  }
}
