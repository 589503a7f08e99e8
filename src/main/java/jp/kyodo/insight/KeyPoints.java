package jp.kyodo.insight;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.ToIntFunction;
import java.util.stream.Stream;

/**
 * Proposes a topic's candidate key points (論点) from the terms of its comments ({@link KeyTerms}),
 * pure and deterministic. A term's score is TF-IDF with the topic as the document of the IDF:
 *
 * <ul>
 *   <li>tf: the share of this topic's comments that contain the term;
 *   <li>idf: {@code ln((1 + N) / (1 + n)) + 1}, N the number of other topics, n how many of them
 *       use the term — smoothed, so that a term of every topic (区民, 地域) sinks to weight 1 while one
 *       found nowhere else weighs {@code 1 + ln(1 + N)}.
 * </ul>
 *
 * Terms of fewer than {@link #minComments} comments are not proposed. The best terms are then
 * folded: a term containing or contained in a better one (児童館 / 児童館職員) whose comments are mostly
 * the same (Jaccard ≥ {@link #FOLD_JACCARD}) joins it, comments included. Ties are broken by the
 * term, so the same comments always give the same candidates.
 */
public final class KeyPoints {
  /** Candidates proposed at most. */
  public static final int MAX = 12;

  /** Two terms one inside the other are one key point when their comments overlap this much. */
  static final double FOLD_JACCARD = 0.6;

  /** A folded compound labels the key point when it has this share of its comments. */
  static final double LABEL_COVER = 0.9;

  private KeyPoints() {}

  /** One comment's terms: folded keys, each with its spelling in that comment. */
  public record CommentTerms(long commentId, String[] keys, String[] spellings) {}

  /** The other topics: how many, and in how many of them each term (folded) occurs. */
  public record Background(int topics, ToIntFunction<String> topicsWith) {
    public static final Background NONE = new Background(0, t -> 0);

    double idf(String key) {
      return Math.log((1.0 + topics) / (1.0 + topicsWith.applyAsInt(key))) + 1.0;
    }
  }

  /** A proposed key point: its label, folded key, score and the ids of its comments, ascending. */
  public record Candidate(String label, String key, double score, List<Long> commentIds) {}

  /** Terms of fewer comments than this are not proposed: at least 2, and 0.2 % of a large topic. */
  static int minComments(int comments) {
    return Math.max(2, (int) Math.ceil(comments * 0.002));
  }

  /**
   * The candidates of a topic whose visible comments are {@code comments}, best first; none whose
   * key is in {@code excluded} (labels staff already decided on), nor any term that folds into one
   * of those.
   */
  public static List<Candidate> extract(
      List<CommentTerms> comments, Background background, Set<String> excluded, int max) {
    Map<String, Term> terms = new HashMap<>();
    for (CommentTerms c : comments) {
      for (int i = 0; i < c.keys().length; i++) {
        terms.computeIfAbsent(c.keys()[i], Term::new).add(c.commentId(), c.spellings()[i]);
      }
    }
    int n = comments.size();
    int least = minComments(n);
    List<Term> ranked = new ArrayList<>();
    for (Term t : terms.values()) {
      if (t.comments.size() >= least) {
        t.score = (double) t.comments.size() / n * background.idf(t.key);
        ranked.add(t);
      }
    }
    ranked.sort(BEST);
    List<Term> kept = new ArrayList<>();
    for (Term t : ranked.subList(0, Math.min(ranked.size(), (max + excluded.size()) * 4))) {
      Term into = kept.stream().filter(k -> folds(t, k)).findFirst().orElse(null);
      if (into == null) {
        kept.add(t);
      } else {
        into.absorb(t);
      }
    }
    return kept.stream()
        .filter(t -> !excluded.contains(t.key) && t.absorbed.stream().noneMatch(excluded::contains))
        .limit(max)
        .map(Term::candidate)
        .toList();
  }

  private static final Comparator<Term> BEST =
      Comparator.comparingDouble((Term t) -> -t.score).thenComparing(t -> t.key);

  /** One term inside the other (or inside one folded into it), and mostly the same comments. */
  private static boolean folds(Term t, Term better) {
    boolean inside =
        Stream.concat(Stream.of(better.key), better.absorbed.stream())
            .anyMatch(k -> k.contains(t.key) || t.key.contains(k));
    if (!inside) {
      return false;
    }
    long both = t.comments.stream().filter(better.comments::contains).count();
    int either = t.comments.size() + better.comments.size() - (int) both;
    return (double) both / either >= FOLD_JACCARD;
  }

  private static final class Term {
    final String key;
    final TreeSet<Long> comments = new TreeSet<>();
    final Map<String, Integer> spellings = new HashMap<>();
    final List<String> absorbed = new ArrayList<>();
    double score;

    /** The term whose spelling labels this one: itself, or a longer one folded in. */
    Term labelled = this;

    Term(String key) {
      this.key = key;
    }

    void add(long commentId, String spelling) {
      comments.add(commentId);
      spellings.merge(spelling, 1, Integer::sum);
    }

    /**
     * Takes a folded term in. The label stays this term's unless the other is the longer one and
     * has nearly all the comments ({@link #LABEL_COVER}): 児童館職員 rather than 児童館 when nearly every
     * comment says 児童館職員.
     */
    void absorb(Term other) {
      comments.addAll(other.comments);
      absorbed.add(other.key);
      absorbed.addAll(other.absorbed);
      if (other.labelled.key.length() > labelled.key.length()
          && other.labelled.comments.size() >= LABEL_COVER * comments.size()) {
        labelled = other.labelled;
      }
    }

    /** Labelled as most comments spell it (ties: the first in code point order). */
    Candidate candidate() {
      String label =
          labelled.spellings.entrySet().stream()
              .min(
                  Comparator.comparing((Map.Entry<String, Integer> e) -> -e.getValue())
                      .thenComparing(Map.Entry::getKey))
              .orElseThrow()
              .getKey();
      return new Candidate(label, labelled.key, score, List.copyOf(comments));
    }
  }
}
