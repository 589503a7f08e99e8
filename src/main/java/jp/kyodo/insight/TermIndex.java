package jp.kyodo.insight;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The terms of comments ({@link KeyTerms}), kept in memory so that extracting key points again cuts
 * only what is new:
 *
 * <ul>
 *   <li>each comment's terms, by its id and version (an edit makes a new version): a hot topic's
 *       10,000 comments are cut once, later only the comments added or edited since;
 *   <li>each topic's terms for the IDF, from a sample: its first {@link #SAMPLE} visible opinions,
 *       kept while the topic has as many of them (a topic's usual words show in its first dozens of
 *       opinions; cutting every comment of the forum would take minutes) and for at most six hours.
 * </ul>
 *
 * Per node and never shared: what a cached entry depends on is part of its key, so nothing needs
 * invalidating across the cluster, and a node that starts cold only cuts again.
 */
@ApplicationScoped
public class TermIndex {
  /** Opinions of each other topic read for the IDF. */
  static final int SAMPLE = 40;

  /** Terms kept for comments, counted one per term (about 16 bytes each, with the arrays). */
  private static final long KEPT_TERMS = 1_500_000;

  private final KeyTerms keyTerms = KeyTerms.load();

  private record Cut(long version, String[] keys, String[] spellings) {}

  private record Sample(int opinions, Set<String> keys) {}

  private final Cache<Long, Cut> comments =
      Caffeine.newBuilder()
          .maximumWeight(KEPT_TERMS)
          .weigher((Long id, Cut c) -> 1 + c.keys().length)
          .build();

  private final Cache<Long, Sample> samples =
      Caffeine.newBuilder().maximumSize(20_000).expireAfterWrite(Duration.ofHours(6)).build();

  @Inject CommentTexts texts;

  /** The terms of each visible comment of the topic, oldest first. */
  public List<KeyPoints.CommentTerms> topicTerms(long topicId) {
    List<long[]> visible = texts.idsAndVersions(topicId);
    List<Long> missing = new ArrayList<>();
    for (long[] c : visible) {
      Cut cut = comments.getIfPresent(c[0]);
      if (cut == null || cut.version() != c[1]) {
        missing.add(c[0]);
      }
    }
    Map<Long, Cut> fresh = new HashMap<>();
    if (!missing.isEmpty()) {
      KeyTerms.Cutter cutter = keyTerms.cutter();
      texts
          .bodies(missing)
          .forEach((id, text) -> fresh.put(id, cut(cutter, text.version(), text.body())));
      comments.putAll(fresh);
    }
    List<KeyPoints.CommentTerms> out = new ArrayList<>(visible.size());
    for (long[] c : visible) {
      Cut cut = fresh.containsKey(c[0]) ? fresh.get(c[0]) : comments.getIfPresent(c[0]);
      if (cut != null) { // null: deleted since it was listed
        out.add(new KeyPoints.CommentTerms(c[0], cut.keys(), cut.spellings()));
      }
    }
    return out;
  }

  /** Every other topic with opinions, and in how many of them each term occurs. */
  public KeyPoints.Background background(long topicId) {
    Map<Long, Integer> opinions = texts.opinionCounts();
    List<Long> missing = new ArrayList<>();
    opinions.forEach(
        (id, count) -> {
          Sample s = samples.getIfPresent(id);
          if (id != topicId && (s == null || s.opinions() != Math.min(count, SAMPLE))) {
            missing.add(id);
          }
        });
    if (!missing.isEmpty()) {
      KeyTerms.Cutter cutter = keyTerms.cutter();
      texts
          .firstOpinions(missing, SAMPLE)
          .forEach(
              (id, bodies) -> {
                Set<String> keys = new java.util.HashSet<>();
                bodies.forEach(b -> keys.addAll(cutter.terms(b).keySet()));
                samples.put(id, new Sample(bodies.size(), Set.copyOf(keys)));
              });
    }
    Map<String, Integer> topicsWith = new HashMap<>();
    int topics = 0;
    for (Long id : opinions.keySet()) {
      Sample s = samples.getIfPresent(id);
      if (id != topicId && s != null) {
        topics++;
        s.keys().forEach(k -> topicsWith.merge(k, 1, Integer::sum));
      }
    }
    return new KeyPoints.Background(topics, k -> topicsWith.getOrDefault(k, 0));
  }

  private static Cut cut(KeyTerms.Cutter cutter, long version, String body) {
    Map<String, String> terms = cutter.terms(body);
    String[] keys = new String[terms.size()];
    String[] spellings = new String[terms.size()];
    int i = 0;
    for (Map.Entry<String, String> e : terms.entrySet()) {
      // one copy of each term however many comments use it
      keys[i] = e.getKey().intern();
      spellings[i] = e.getValue().equals(e.getKey()) ? keys[i] : e.getValue().intern();
      i++;
    }
    return new Cut(version, keys, spellings);
  }
}
