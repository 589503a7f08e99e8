package jp.kyodo.moderation;

import java.util.Collection;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import jp.kyodo.platform.TextFolding;
import org.ahocorasick.trie.Emit;
import org.ahocorasick.trie.Trie;

/**
 * Finds watched words in a text in one pass (Aho–Corasick), after folding both sides, so a word
 * matches inside a longer Japanese run (no word boundaries) and whatever its width or case.
 * Immutable: a new matcher is built when the list changes.
 */
public final class WordMatcher {
  /** The strongest watched word found: its original spelling and action. */
  public record Match(String word, WatchedWord.Action action) {}

  private final Trie trie;
  private final Map<String, Match> byFolded;

  public WordMatcher(Collection<Match> words) {
    this.byFolded =
        words.stream()
            .filter(w -> !TextFolding.fold(w.word()).isBlank())
            .collect(
                Collectors.toMap(
                    w -> TextFolding.fold(w.word()),
                    Function.identity(),
                    (a, b) -> a.action().compareTo(b.action()) <= 0 ? a : b));
    this.trie = Trie.builder().addKeywords(byFolded.keySet()).build();
  }

  public Optional<Match> strongest(String text) {
    if (byFolded.isEmpty() || text == null) {
      return Optional.empty();
    }
    return trie.parseText(TextFolding.fold(text)).stream()
        .map(Emit::getKeyword)
        .map(byFolded::get)
        .min(Comparator.comparing(Match::action));
  }
}
