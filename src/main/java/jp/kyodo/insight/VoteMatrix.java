package jp.kyodo.insight;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A topic's agree/disagree votes: participants × comments, each cell agree (+1), disagree (−1) or
 * no vote. Sparse (a participant votes on a few of thousands of comments) and ordered by
 * participant and comment id, so that the same votes always give the same matrix whatever order
 * they were read in.
 */
public final class VoteMatrix {
  public static final int AGREE = 1;
  public static final int DISAGREE = -1;

  private final long[] participants;
  private final long[] comments;

  /** Per participant (row), the column indexes it voted on, ascending, and the votes. */
  private final int[][] columns;

  private final int[][] votes;

  private VoteMatrix(long[] participants, long[] comments, int[][] columns, int[][] votes) {
    this.participants = participants;
    this.comments = comments;
    this.columns = columns;
    this.votes = votes;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Collects votes; a participant's later vote on the same comment replaces the earlier one. */
  public static final class Builder {
    private final Map<Long, Map<Long, Integer>> byParticipant = new TreeMap<>();

    public Builder add(long participantId, long commentId, int vote) {
      if (vote != AGREE && vote != DISAGREE) {
        throw new IllegalArgumentException("a vote is +1 (agree) or -1 (disagree): " + vote);
      }
      byParticipant.computeIfAbsent(participantId, p -> new TreeMap<>()).put(commentId, vote);
      return this;
    }

    public VoteMatrix build() {
      long[] comments =
          byParticipant.values().stream()
              .flatMap(v -> v.keySet().stream())
              .mapToLong(Long::longValue)
              .distinct()
              .sorted()
              .toArray();
      long[] participants = new long[byParticipant.size()];
      int[][] columns = new int[participants.length][];
      int[][] votes = new int[participants.length][];
      int row = 0;
      for (Map.Entry<Long, Map<Long, Integer>> e : byParticipant.entrySet()) {
        participants[row] = e.getKey();
        columns[row] = new int[e.getValue().size()];
        votes[row] = new int[e.getValue().size()];
        int i = 0;
        for (Map.Entry<Long, Integer> v : e.getValue().entrySet()) {
          columns[row][i] = Arrays.binarySearch(comments, v.getKey());
          votes[row][i] = v.getValue();
          i++;
        }
        row++;
      }
      return new VoteMatrix(participants, comments, columns, votes);
    }
  }

  public int participantCount() {
    return participants.length;
  }

  public int commentCount() {
    return comments.length;
  }

  public long participant(int row) {
    return participants[row];
  }

  public long comment(int column) {
    return comments[column];
  }

  /** The columns the participant of {@code row} voted on, ascending. */
  int[] columnsOf(int row) {
    return columns[row];
  }

  /** Their votes, in the order of {@link #columnsOf}. */
  int[] votesOf(int row) {
    return votes[row];
  }

  public long voteCount() {
    long n = 0;
    for (int[] row : votes) {
      n += row.length;
    }
    return n;
  }

  /** The rows of the participants who voted on at least {@code minimum} comments. */
  List<Integer> rowsWithAtLeast(int minimum) {
    List<Integer> rows = new ArrayList<>();
    for (int r = 0; r < participants.length; r++) {
      if (votes[r].length >= minimum) {
        rows.add(r);
      }
    }
    return rows;
  }
}
