package jp.kyodo.insight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OpinionGroupsTest {
  /** Comments 1–10: camp A agrees with 1–5 and disagrees with 6–10, camp B the reverse. */
  private static final int SIDES = 10;

  /** Comment 11: both camps agree (a wider pavement, say). */
  private static final long SHARED = 11;

  /**
   * Two planted camps of participants 1000…; each votes on ~80 % of the comments, one vote in ten
   * against their camp.
   */
  private static VoteMatrix twoCamps(int perCamp, long seed) {
    Random random = new Random(seed);
    VoteMatrix.Builder b = VoteMatrix.builder();
    for (int p = 0; p < 2 * perCamp; p++) {
      boolean campA = p < perCamp;
      for (long c = 1; c <= SIDES; c++) {
        if (random.nextDouble() < 0.2) {
          continue;
        }
        boolean agrees = (c <= SIDES / 2) == campA;
        if (random.nextDouble() < 0.1) {
          agrees = !agrees;
        }
        b.add(1000 + p, c, agrees ? VoteMatrix.AGREE : VoteMatrix.DISAGREE);
      }
      if (random.nextDouble() < 0.9) {
        b.add(1000 + p, SHARED, VoteMatrix.AGREE);
      }
    }
    return b.build();
  }

  private static Set<Long> camp(int perCamp, boolean a) {
    Set<Long> ids = new HashSet<>();
    for (int p = 0; p < perCamp; p++) {
      ids.add(1000L + (a ? p : perCamp + p));
    }
    return ids;
  }

  @Test
  void twoPlantedCampsAreFoundWithWhatSetsThemApartAndWhatTheyShare() {
    GroupsResult r = OpinionGroups.compute(twoCamps(40, 1));
    assertEquals(2, r.k(), "two groups: " + r);
    assertEquals(80, r.participantsIncluded() + r.participantsExcluded());
    assertTrue(r.participantsIncluded() >= 70, "most voted on 7 comments or more");
    Set<Long> included = new HashSet<>();
    r.groups().forEach(g -> included.addAll(g.members()));
    assertEquals(r.participantsIncluded(), included.size(), "everyone included is in a group");
    assertTrue(r.silhouette() > 0.5, "well separated: " + r.silhouette());
    for (GroupsResult.Group g : r.groups()) {
      Set<Long> members = new HashSet<>(g.members());
      Set<Long> a = camp(40, true);
      Set<Long> b = camp(40, false);
      boolean isA = members.stream().filter(a::contains).count() > members.size() / 2;
      Set<Long> camp = isA ? a : b;
      long right = members.stream().filter(camp::contains).count();
      assertTrue(right >= 0.95 * members.size(), "group " + g.number() + " is one camp");
      long campIncluded = included.stream().filter(camp::contains).count();
      assertTrue(right >= 0.95 * campIncluded, "the camp's members found together: " + g);
      assertEquals(members.size(), g.size());
      // what sets it apart: its camp's own comments, agreed with
      List<GroupsResult.Distinctive> apart = g.distinctive();
      assertFalse(apart.isEmpty());
      for (GroupsResult.Distinctive d : apart) {
        boolean campAComment = d.commentId() <= SIDES / 2;
        assertEquals(isA == campAComment, d.agree(), "agrees with its side: " + d);
        assertTrue(d.pValue() < 0.05 && d.percentInside() > d.percentOutside(), d.toString());
      }
    }
    assertEquals(SHARED, r.consensus().get(0).commentId(), "both agree on it: " + r.consensus());
    assertTrue(r.consensus().get(0).agree());
    assertTrue(r.consensus().stream().noneMatch(c -> c.commentId() <= SIDES));
  }

  @Test
  void campsWhoseMembersVoteAlikeAreTwoGroups() {
    VoteMatrix.Builder b = VoteMatrix.builder();
    for (long p = 0; p < 24; p++) {
      for (long c = 1; c <= 8; c++) {
        boolean agrees = (c <= 4) == (p < 12);
        b.add(p, c, agrees ? VoteMatrix.AGREE : VoteMatrix.DISAGREE);
      }
      b.add(p, 9, VoteMatrix.AGREE);
    }
    GroupsResult r = OpinionGroups.compute(b.build());
    assertEquals(2, r.k(), r.toString());
    assertEquals(1.0, r.silhouette(), 1e-9);
    assertEquals(List.of(12, 12), r.groups().stream().map(GroupsResult.Group::size).toList());
    assertEquals(9, r.consensus().get(0).commentId());
  }

  @Test
  void everyoneVotingAlikeMakesNoGroups() {
    VoteMatrix.Builder b = VoteMatrix.builder();
    for (long p = 0; p < 20; p++) {
      for (long c = 1; c <= 8; c++) {
        b.add(p, c, VoteMatrix.AGREE);
      }
    }
    assertEquals(0, OpinionGroups.compute(b.build()).k());
  }

  @Test
  void theSameVotesGiveTheSameGroupsWhateverTheirOrder() {
    VoteMatrix votes = twoCamps(30, 7);
    VoteMatrix.Builder reversed = VoteMatrix.builder();
    for (int r = votes.participantCount() - 1; r >= 0; r--) {
      int[] cols = votes.columnsOf(r);
      int[] vs = votes.votesOf(r);
      for (int i = cols.length - 1; i >= 0; i--) {
        reversed.add(votes.participant(r), votes.comment(cols[i]), vs[i]);
      }
    }
    assertEquals(OpinionGroups.compute(votes), OpinionGroups.compute(reversed.build()));
    assertEquals(OpinionGroups.compute(votes), OpinionGroups.compute(votes));
  }

  @Test
  void aGroupOfFewerThanTenPeopleIsSuppressed() {
    // 40 in one camp, 6 in the other
    VoteMatrix.Builder b = VoteMatrix.builder();
    VoteMatrix big = twoCamps(40, 3);
    for (int r = 0; r < big.participantCount(); r++) {
      long p = big.participant(r);
      if (p >= 1040 && p < 1074) {
        continue; // keep 6 of camp B
      }
      int[] cols = big.columnsOf(r);
      int[] vs = big.votesOf(r);
      for (int i = 0; i < cols.length; i++) {
        b.add(p, big.comment(cols[i]), vs[i]);
      }
    }
    GroupsResult r = OpinionGroups.compute(b.build());
    GroupsResult.Group small =
        r.groups().stream().filter(GroupsResult.Group::suppressed).findFirst().orElseThrow();
    assertNull(small.size());
    assertNull(small.centre());
    assertTrue(small.distinctive().isEmpty());
    assertTrue(r.groups().stream().anyMatch(g -> !g.suppressed() && g.size() >= 30), r.toString());
  }

  @Test
  void participantsWithTooFewVotesAreLeftOutAndTooFewPeopleMakeNoGroups() {
    VoteMatrix.Builder b = VoteMatrix.builder();
    for (long c = 1; c <= 10; c++) {
      b.add(1, c, VoteMatrix.AGREE);
      b.add(2, c, VoteMatrix.DISAGREE);
    }
    b.add(3, 1, VoteMatrix.AGREE); // one vote: not counted
    GroupsResult r = OpinionGroups.compute(b.build());
    assertEquals(2, r.participantsIncluded());
    assertEquals(1, r.participantsExcluded());
    assertEquals(0, r.k());
    assertTrue(r.groups().isEmpty());
  }

  @Test
  void thePreviousNumberOfGroupsIsKeptUnlessAnotherIsClearlyBetter() {
    VoteMatrix votes = twoCamps(40, 5);
    GroupsResult fresh = OpinionGroups.compute(votes, 0, OpinionGroups.SEED);
    assertEquals(2, fresh.k());
    // two clear camps: a previous 5 is not kept, since 2 separates far better
    assertEquals(2, OpinionGroups.compute(votes, 5, OpinionGroups.SEED).k());
  }

  @Test
  void theSignificanceTestSaysWhatIsAndIsNotADifference() {
    assertTrue(OpinionGroups.oneSidedP(18, 20, 4, 20) < 0.001);
    assertTrue(OpinionGroups.oneSidedP(10, 20, 10, 20) > 0.4);
    assertEquals(1.0, OpinionGroups.oneSidedP(5, 5, 5, 5));
  }
}
