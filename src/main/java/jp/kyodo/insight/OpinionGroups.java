package jp.kyodo.insight;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import jp.kyodo.stats.Suppression;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.linear.BlockRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.RealVector;
import org.apache.commons.math3.ml.clustering.CentroidCluster;
import org.apache.commons.math3.ml.clustering.Clusterable;
import org.apache.commons.math3.ml.clustering.KMeansPlusPlusClusterer;
import org.apache.commons.math3.ml.distance.EuclideanDistance;
import org.apache.commons.math3.random.JDKRandomGenerator;

/**
 * Opinion groups the way Polis finds them, with Apache Commons Math doing the numerics: the
 * participants who voted on enough comments, their votes centred per comment (no vote = the
 * comment's mean), a principal component analysis (eigen-decomposition of the comments' covariance)
 * onto two axes, each participant's position scaled up by how sparsely they voted, then k-means++
 * for 2 to 5 groups, the number chosen by the mean silhouette and kept from the previous run unless
 * another is clearly better. A fixed seed and id-ordered input make a run reproducible.
 *
 * <p>For each group, the comments that set it apart (agreement inside against outside, a one-sided
 * two-proportion z-test) and, for all groups, the comments they all agree or all disagree with.
 * Only the most-voted comments ({@value #MAX_PROJECTED}) span the projection — they carry the
 * information; every comment counts for what sets the groups apart.
 */
public final class OpinionGroups {
  /** The default seed, so that a result can be computed again exactly. */
  public static final long SEED = 17;

  static final int MAX_PROJECTED = 300;
  static final int MIN_GROUPS = 2;
  static final int MAX_GROUPS = 5;

  /** Polis counts a participant who voted on at least 7 comments (or all, when fewer exist). */
  static final int MIN_VOTES = 7;

  /**
   * A different number of groups replaces the previous one only if its silhouette is this much
   * better.
   */
  static final double SWITCH_MARGIN = 0.05;

  static final double SIGNIFICANCE = 0.05;
  static final int DISTINCTIVE_PER_GROUP = 5;
  static final int MIN_VOTES_FOR_A_COMMENT = 3;
  static final double CONSENSUS_SHARE = 0.6;
  static final int MAX_CONSENSUS = 5;

  private static final NormalDistribution NORMAL = new NormalDistribution(null, 0, 1);

  private OpinionGroups() {}

  /** With the default seed and no previous run. */
  public static GroupsResult compute(VoteMatrix votes) {
    return compute(votes, 0, SEED);
  }

  /**
   * @param previousGroups the number of groups of the topic's previous run (0: none), kept unless
   *     another number separates clearly better
   */
  public static GroupsResult compute(VoteMatrix votes, int previousGroups, long seed) {
    int minVotes = Math.max(1, Math.min(MIN_VOTES, votes.commentCount()));
    List<Integer> rows = votes.rowsWithAtLeast(minVotes);
    int excluded = votes.participantCount() - rows.size();
    if (rows.size() < 2 * MIN_GROUPS || votes.commentCount() < 2) {
      return GroupsResult.none(
          rows.size(), excluded, votes.voteCount(), votes.commentCount(), seed);
    }
    int[] projected = mostVoted(votes, rows);
    double[][] positions = project(votes, rows, projected);

    List<Point> points = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      points.add(new Point(i, positions[i]));
    }
    long distinct =
        points.stream()
            .map(p -> java.util.Arrays.toString(p.getPoint()))
            .distinct()
            .limit(MAX_GROUPS + 1)
            .count();
    if (distinct < MIN_GROUPS) {
      return GroupsResult.none(
          rows.size(), excluded, votes.voteCount(), votes.commentCount(), seed);
    }
    Clustering best = null;
    Clustering kept = null;
    for (int k = MIN_GROUPS; k <= Math.min(MAX_GROUPS, distinct); k++) {
      Clustering c = cluster(points, k, seed);
      if (best == null || c.silhouette() > best.silhouette()) {
        best = c;
      }
      if (k == previousGroups) {
        kept = c;
      }
    }
    Clustering chosen =
        kept != null && kept.silhouette() >= best.silhouette() - SWITCH_MARGIN ? kept : best;

    int[] groupOf = new int[rows.size()];
    for (int g = 0; g < chosen.groups().size(); g++) {
      for (Point p : chosen.groups().get(g).getPoints()) {
        groupOf[p.index()] = g;
      }
    }
    Tally tally = Tally.of(votes, rows, groupOf, chosen.groups().size());
    List<GroupsResult.Group> groups = new ArrayList<>();
    for (int g = 0; g < chosen.groups().size(); g++) {
      CentroidCluster<Point> cluster = chosen.groups().get(g);
      int size = cluster.getPoints().size();
      List<Long> members =
          cluster.getPoints().stream().map(p -> votes.participant(rows.get(p.index()))).toList();
      if (Suppression.suppressed(size)) {
        groups.add(new GroupsResult.Group(g + 1, null, true, null, List.of(), members));
      } else {
        double[] centre = cluster.getCenter().getPoint();
        groups.add(
            new GroupsResult.Group(
                g + 1,
                size,
                false,
                List.of(centre[0], centre[1]),
                distinctive(votes, tally, g),
                members));
      }
    }
    return new GroupsResult(
        rows.size(),
        excluded,
        votes.voteCount(),
        votes.commentCount(),
        projected.length,
        seed,
        chosen.groups().size(),
        chosen.silhouette(),
        groups,
        consensus(votes, tally));
  }

  /** The columns with the most votes among the included rows (ties: the older comment). */
  private static int[] mostVoted(VoteMatrix votes, List<Integer> rows) {
    int[] count = new int[votes.commentCount()];
    for (int r : rows) {
      for (int c : votes.columnsOf(r)) {
        count[c]++;
      }
    }
    List<Integer> columns = new ArrayList<>();
    for (int c = 0; c < count.length; c++) {
      if (count[c] >= 2) {
        columns.add(c);
      }
    }
    columns.sort(Comparator.<Integer>comparingInt(c -> -count[c]).thenComparingInt(c -> c));
    return columns.stream().limit(MAX_PROJECTED).mapToInt(Integer::intValue).sorted().toArray();
  }

  /**
   * Each included participant's position on the first two principal components of the centred votes
   * on the projected columns, scaled by sqrt(columns / their votes among them) as Polis does, so
   * that a participant who voted little is not pulled to the centre.
   */
  private static double[][] project(VoteMatrix votes, List<Integer> rows, int[] projected) {
    int m = projected.length;
    int n = rows.size();
    double[] sum = new double[m];
    int[] cast = new int[m];
    for (int r : rows) {
      int[] cols = votes.columnsOf(r);
      int[] vs = votes.votesOf(r);
      for (int i = 0; i < cols.length; i++) {
        int j = java.util.Arrays.binarySearch(projected, cols[i]);
        if (j >= 0) {
          sum[j] += vs[i];
          cast[j]++;
        }
      }
    }
    double[][] centred = new double[n][m];
    int[] castByRow = new int[n];
    for (int i = 0; i < n; i++) {
      int r = rows.get(i);
      int[] cols = votes.columnsOf(r);
      int[] vs = votes.votesOf(r);
      for (int k = 0; k < cols.length; k++) {
        int j = java.util.Arrays.binarySearch(projected, cols[k]);
        if (j >= 0) {
          centred[i][j] = vs[k] - sum[j] / cast[j];
          castByRow[i]++;
        }
      }
    }
    RealMatrix x = new BlockRealMatrix(centred);
    RealMatrix covariance = x.transpose().multiply(x).scalarMultiply(1.0 / Math.max(1, n - 1));
    EigenDecomposition eigen = new EigenDecomposition(covariance);
    double[] values = eigen.getRealEigenvalues();
    Integer[] order = new Integer[values.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    java.util.Arrays.sort(order, Comparator.comparingDouble(i -> -values[i]));
    RealVector[] axes = new RealVector[2];
    for (int a = 0; a < 2; a++) {
      axes[a] =
          a < order.length
              ? oriented(eigen.getEigenvector(order[a]))
              : x.getRowVector(0).mapMultiply(0);
    }
    double[][] positions = new double[n][2];
    for (int i = 0; i < n; i++) {
      RealVector row = x.getRowVector(i);
      double scale = castByRow[i] == 0 ? 1 : Math.sqrt((double) m / castByRow[i]);
      positions[i][0] = row.dotProduct(axes[0]) * scale;
      positions[i][1] = row.dotProduct(axes[1]) * scale;
    }
    return positions;
  }

  /** An eigenvector's sign is arbitrary: its largest component made positive, for repeatability. */
  private static RealVector oriented(RealVector v) {
    int largest = 0;
    for (int i = 1; i < v.getDimension(); i++) {
      if (Math.abs(v.getEntry(i)) > Math.abs(v.getEntry(largest))) {
        largest = i;
      }
    }
    return v.getEntry(largest) < 0 ? v.mapMultiply(-1) : v;
  }

  private record Point(int index, double[] getPoint) implements Clusterable {}

  private record Clustering(List<CentroidCluster<Point>> groups, double silhouette) {}

  /** k-means++ with a seeded generator; groups ordered by size, then by position. */
  private static Clustering cluster(List<Point> points, int k, long seed) {
    JDKRandomGenerator random = new JDKRandomGenerator();
    random.setSeed(seed);
    List<CentroidCluster<Point>> groups =
        new ArrayList<>(
            new KMeansPlusPlusClusterer<Point>(k, 200, new EuclideanDistance(), random)
                .cluster(points));
    groups.removeIf(g -> g.getPoints().isEmpty());
    groups.sort(
        Comparator.<CentroidCluster<Point>>comparingInt(g -> -g.getPoints().size())
            .thenComparingDouble(g -> g.getCenter().getPoint()[0])
            .thenComparingDouble(g -> g.getCenter().getPoint()[1]));
    return new Clustering(groups, silhouette(groups));
  }

  /** The mean silhouette of every point (0 for a point alone in its group). */
  static double silhouette(List<CentroidCluster<Point>> groups) {
    if (groups.size() < 2) {
      return -1;
    }
    EuclideanDistance d = new EuclideanDistance();
    double total = 0;
    int count = 0;
    for (int g = 0; g < groups.size(); g++) {
      List<Point> own = groups.get(g).getPoints();
      for (Point p : own) {
        count++;
        if (own.size() < 2) {
          continue;
        }
        double a = 0;
        for (Point q : own) {
          a += d.compute(p.getPoint(), q.getPoint());
        }
        a /= own.size() - 1;
        double b = Double.MAX_VALUE;
        for (int h = 0; h < groups.size(); h++) {
          if (h == g) {
            continue;
          }
          double mean = 0;
          for (Point q : groups.get(h).getPoints()) {
            mean += d.compute(p.getPoint(), q.getPoint());
          }
          b = Math.min(b, mean / groups.get(h).getPoints().size());
        }
        double s = Math.max(a, b) == 0 ? 0 : (b - a) / Math.max(a, b);
        total += s;
      }
    }
    return count == 0 ? -1 : total / count;
  }

  /** Agree and disagree counts per group and comment. */
  private record Tally(int[][] agree, int[][] disagree) {
    static Tally of(VoteMatrix votes, List<Integer> rows, int[] groupOf, int groups) {
      int[][] agree = new int[groups][votes.commentCount()];
      int[][] disagree = new int[groups][votes.commentCount()];
      for (int i = 0; i < rows.size(); i++) {
        int[] cols = votes.columnsOf(rows.get(i));
        int[] vs = votes.votesOf(rows.get(i));
        for (int k = 0; k < cols.length; k++) {
          if (vs[k] == VoteMatrix.AGREE) {
            agree[groupOf[i]][cols[k]]++;
          } else {
            disagree[groupOf[i]][cols[k]]++;
          }
        }
      }
      return new Tally(agree, disagree);
    }

    int total(int[][] counts, int comment) {
      int n = 0;
      for (int[] group : counts) {
        n += group[comment];
      }
      return n;
    }
  }

  private static List<GroupsResult.Distinctive> distinctive(VoteMatrix votes, Tally t, int g) {
    List<GroupsResult.Distinctive> found = new ArrayList<>();
    for (int c = 0; c < votes.commentCount(); c++) {
      int agreeIn = t.agree()[g][c];
      int disagreeIn = t.disagree()[g][c];
      int in = agreeIn + disagreeIn;
      int agreeOut = t.total(t.agree(), c) - agreeIn;
      int out = agreeOut + t.total(t.disagree(), c) - disagreeIn;
      if (in < MIN_VOTES_FOR_A_COMMENT || out < 1) {
        continue;
      }
      for (boolean agree : new boolean[] {true, false}) {
        int hitsIn = agree ? agreeIn : disagreeIn;
        int hitsOut = agree ? agreeOut : out - agreeOut;
        double pIn = (1.0 + hitsIn) / (2.0 + in);
        double pOut = (1.0 + hitsOut) / (2.0 + out);
        double p = oneSidedP(hitsIn, in, hitsOut, out);
        if (pIn > 0.5 && pIn > pOut && p < SIGNIFICANCE) {
          found.add(
              new GroupsResult.Distinctive(
                  votes.comment(c),
                  agree,
                  percent(hitsIn, in),
                  in,
                  percent(hitsOut, out),
                  out,
                  pIn / pOut,
                  p));
        }
      }
    }
    found.sort(
        Comparator.comparingDouble(GroupsResult.Distinctive::ratio)
            .reversed()
            .thenComparingDouble(GroupsResult.Distinctive::pValue)
            .thenComparingLong(GroupsResult.Distinctive::commentId));
    return List.copyOf(found.subList(0, Math.min(DISTINCTIVE_PER_GROUP, found.size())));
  }

  /** P(the inside share is not greater than the outside share): one-sided two-proportion z-test. */
  static double oneSidedP(int hitsIn, int in, int hitsOut, int out) {
    double pooled = (double) (hitsIn + hitsOut) / (in + out);
    double se = Math.sqrt(pooled * (1 - pooled) * (1.0 / in + 1.0 / out));
    if (se == 0) {
      return 1;
    }
    double z = ((double) hitsIn / in - (double) hitsOut / out) / se;
    return 1 - NORMAL.cumulativeProbability(z);
  }

  private static List<GroupsResult.Consensus> consensus(VoteMatrix votes, Tally t) {
    List<GroupsResult.Consensus> found = new ArrayList<>();
    int groups = t.agree().length;
    for (int c = 0; c < votes.commentCount(); c++) {
      for (boolean agree : new boolean[] {true, false}) {
        double lowest = 1;
        boolean enough = true;
        for (int g = 0; g < groups && enough; g++) {
          int n = t.agree()[g][c] + t.disagree()[g][c];
          enough = n >= MIN_VOTES_FOR_A_COMMENT;
          int hits = agree ? t.agree()[g][c] : t.disagree()[g][c];
          lowest = Math.min(lowest, (1.0 + hits) / (2.0 + n));
        }
        if (enough && lowest > CONSENSUS_SHARE) {
          found.add(
              new GroupsResult.Consensus(
                  votes.comment(c),
                  agree,
                  lowestPercent(t, c, agree),
                  t.total(t.agree(), c) + t.total(t.disagree(), c)));
        }
      }
    }
    found.sort(
        Comparator.comparingDouble(GroupsResult.Consensus::lowestGroupPercent)
            .reversed()
            .thenComparingLong(GroupsResult.Consensus::commentId));
    return List.copyOf(found.subList(0, Math.min(MAX_CONSENSUS, found.size())));
  }

  private static double lowestPercent(Tally t, int c, boolean agree) {
    double lowest = 100;
    for (int g = 0; g < t.agree().length; g++) {
      int n = t.agree()[g][c] + t.disagree()[g][c];
      lowest = Math.min(lowest, percent(agree ? t.agree()[g][c] : t.disagree()[g][c], n));
    }
    return lowest;
  }

  private static double percent(int part, int whole) {
    return whole == 0 ? 0 : Math.round(1000.0 * part / whole) / 10.0;
  }
}
