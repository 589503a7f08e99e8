package jp.kyodo.insight;

import java.util.List;

/**
 * A topic's opinion groups as computed from its votes: what went in (how many participants with
 * enough votes, votes, comments, the seed), the number of groups chosen and how well they separate
 * (mean silhouette, −1 … 1), the groups, and the comments every group agrees (or disagrees) on.
 * Everything a published result needs to be reproduced.
 */
public record GroupsResult(
    int participantsIncluded,
    int participantsExcluded,
    long votes,
    int comments,
    int commentsProjected,
    long seed,
    int k,
    double silhouette,
    List<Group> groups,
    List<Consensus> consensus) {

  /** No groups: too few people or comments voted yet. */
  static GroupsResult none(int included, int excluded, long votes, int comments, long seed) {
    return new GroupsResult(
        included, excluded, votes, comments, 0, seed, 0, 0, List.of(), List.of());
  }

  /**
   * One group. A group of fewer than 10 people is suppressed (the statistics' small-cell rule): no
   * size, no centre, no comments. {@code members} are participant ids, for storing the result and
   * for staff's tools; never shown publicly.
   */
  public record Group(
      int number,
      Integer size,
      boolean suppressed,
      List<Double> centre,
      List<Distinctive> distinctive,
      List<Long> members) {}

  /**
   * A comment that sets the group apart: the group agrees (or disagrees) with it clearly more than
   * everyone else. Percentages are of the votes cast on it inside and outside the group; {@code
   * pValue} is a one-sided two-proportion z-test of the difference.
   */
  public record Distinctive(
      long commentId,
      boolean agree,
      double percentInside,
      int votesInside,
      double percentOutside,
      int votesOutside,
      double ratio,
      double pValue) {}

  /** A comment every group agrees (or disagrees) with: the lowest group's share of that vote. */
  public record Consensus(long commentId, boolean agree, double lowestGroupPercent, int votes) {}
}
