package jp.kyodo.insight;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.function.BiFunction;

/**
 * The terms of comments ({@link KeyTerms}), kept in memory so that extracting key points again cuts
 * only what is new:
 *
 * <ul>
 *   <li>each comment's terms, by its id and version (an edit makes a new version): a hot topic's
 *       10,000 comments are cut once, later only the comments added or edited since;
 *   <li>each topic's terms for the IDF, from a sample: its first visible opinions, up to {@link
 *       #SAMPLE} of them and {@link #SAMPLE_CHARACTERS} characters, kept while the topic has as
 *       many opinions (a topic's usual words show in its first opinions; cutting every comment of
 *       the forum would take minutes) and for at most six hours. {@link KeyPointWarmUp} cuts them
 *       once after start, so that the first extraction finds them.
 * </ul>
 *
 * Per node and never shared: what a cached entry depends on is part of its key, so nothing needs
 * invalidating across the cluster, and a node that starts cold only cuts again.
 */
@ApplicationScoped
public class TermIndex {
  /** Opinions of each other topic read for the IDF, at most. */
  static final int SAMPLE = 40;

  /** Characters of each other topic's opinions cut for the IDF, about (whole opinions). */
  static final int SAMPLE_CHARACTERS = 2_000;

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

  /** Threads that cut at once: the machine's cores, two at most (others serve requests). */
  private static final int THREADS =
      Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors()));

  @Inject CommentTexts texts;

  @Resource ManagedExecutorService executor;

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
    Map<Long, Cut> fresh =
        missing.isEmpty()
            ? Map.of()
            : cutAll(
                texts.bodies(missing), (cutter, text) -> cut(cutter, text.version(), text.body()));
    comments.putAll(fresh);
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
      samples.putAll(cutAll(texts.firstOpinions(missing, SAMPLE), TermIndex::sample));
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

  /** Cuts every topic's sample now (after start): the number of topics sampled. */
  @Transactional
  public int warm() {
    return background(0).topics();
  }

  /** A topic's sample: the terms of its first opinions, up to about SAMPLE_CHARACTERS. */
  private static Sample sample(KeyTerms.Cutter cutter, List<String> opinions) {
    Set<String> keys = new HashSet<>();
    int read = 0;
    for (int i = 0; i < opinions.size() && read < SAMPLE_CHARACTERS; i++) {
      keys.addAll(cutter.terms(opinions.get(i)).keySet());
      read += opinions.get(i).length();
    }
    return new Sample(opinions.size(), Set.copyOf(keys));
  }

  /**
   * {@code cut} applied to every text, on {@link #THREADS} threads (each with a cutter of its own)
   * when there are many: the first extraction of a hot topic cuts 10,000 comments.
   */
  private <T, R> Map<Long, R> cutAll(Map<Long, T> texts, BiFunction<KeyTerms.Cutter, T, R> cut) {
    List<Map.Entry<Long, T>> all = new ArrayList<>(texts.entrySet());
    int parts = all.size() < 1_000 || executor == null ? 1 : THREADS;
    List<Callable<Map<Long, R>>> tasks = new ArrayList<>();
    for (int p = 0; p < parts; p++) {
      List<Map.Entry<Long, T>> slice =
          all.subList(all.size() * p / parts, all.size() * (p + 1) / parts);
      tasks.add(
          () -> {
            KeyTerms.Cutter cutter = keyTerms.cutter();
            Map<Long, R> out = new HashMap<>();
            slice.forEach(e -> out.put(e.getKey(), cut.apply(cutter, e.getValue())));
            return out;
          });
    }
    try {
      Map<Long, R> out = new HashMap<>();
      if (parts == 1) {
        out.putAll(tasks.get(0).call());
      } else {
        for (Future<Map<Long, R>> done : executor.invokeAll(tasks)) {
          out.putAll(done.get());
        }
      }
      return out;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (ExecutionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e);
    } catch (Exception e) {
      throw e instanceof RuntimeException r ? r : new IllegalStateException(e);
    }
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
