package jp.kyodo.insight;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A topic's stored opinion groups as staff read them: when and from what they were computed, the
 * groups (sizes, centres, what sets each apart; a group of fewer than 10 people suppressed) and the
 * comments every group agrees or disagrees with. Never the groups' members.
 */
public record OpinionGroupsView(
    long topicId,
    OffsetDateTime computedAt,
    int participants,
    int participantsExcluded,
    long votes,
    int comments,
    int commentsProjected,
    long seed,
    int previousGroups,
    int groupCount,
    double silhouette,
    List<Group> groups,
    List<GroupsResult.Consensus> consensus) {

  /** One group, without its members. */
  public record Group(
      int number,
      Integer size,
      boolean suppressed,
      List<Double> centre,
      List<GroupsResult.Distinctive> distinctive) {}

  static OpinionGroupsView of(long topicId, OffsetDateTime at, int previousGroups, GroupsResult r) {
    return new OpinionGroupsView(
        topicId,
        at,
        r.participantsIncluded(),
        r.participantsExcluded(),
        r.votes(),
        r.comments(),
        r.commentsProjected(),
        r.seed(),
        previousGroups,
        r.k(),
        r.silhouette(),
        r.groups().stream()
            .map(g -> new Group(g.number(), g.size(), g.suppressed(), g.centre(), g.distinctive()))
            .toList(),
        r.consensus());
  }
}
