package jp.kyodo.moderation;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import jp.kyodo.platform.TextFolding;
import org.ahocorasick.trie.Emit;
import org.ahocorasick.trie.Trie;

/**
 * Finds watched words in a text in one pass (Aho–Corasick), after folding both sides, so a word
 * matches whatever its width, case or kana. A word in {@link Mode#PART} matches anywhere, also
 * inside a longer Japanese run (no word boundaries); a word in {@link Mode#WORD} only as whole
 * tokens of the text ({@link JapaneseTokens}): バカ in 「お前はバカだ」 but not in 「自転車ばかりで」. An occurrence
 * that lies inside an occurrence of an exception phrase (「ばかり」) does not count. A text is tokenized
 * only when some word is in {@code WORD} mode and the text holds the stem of one. Immutable: a new
 * matcher is built when the list changes.
 */
public final class WordMatcher {
  /** How a watched word must appear in a text. */
  public enum Mode {
    /** Anywhere in the folded text, also inside a longer word (バカ in ばかり). */
    PART,
    /** As one or more whole words of the text, by their folded surface or base form. */
    WORD;

    public String code() {
      return name().toLowerCase(Locale.ROOT);
    }

    /** The mode with this code (part, word), if any. */
    public static Optional<Mode> of(String code) {
      for (Mode m : values()) {
        if (m.code().equals(code)) {
          return Optional.of(m);
        }
      }
      return Optional.empty();
    }
  }

  /** A watched word with its action, its mode and the phrases that excuse it. */
  public record Word(
      String word, WatchedWord.Action action, Mode mode, Collection<String> exceptions) {}

  /** The strongest watched word found: its original spelling and action. */
  public record Match(String word, WatchedWord.Action action) {}

  private record Entry(String folded, Match match, Mode mode) {}

  /** An occurrence of a word in the folded text: [start, end). */
  private record Span(int start, int end, Entry entry) {}

  /** Marks an exception phrase that excuses every word. */
  private static final String ANY_WORD = "";

  private final Map<String, Entry> byFolded = new HashMap<>();
  private final Trie trie;
  private final Map<String, Set<String>> excuses = new HashMap<>();
  private final Trie exceptions;
  private final Map<String, List<Entry>> wholeWordsBySuffix = new HashMap<>();

  /**
   * What a text must contain for a whole word to be in it, so that most texts need no tokenizing:
   * the word without its last letter (殺す: 殺, in 殺した), without two for the irregular endings (勉強する:
   * 勉強, in 勉強した). Null when no word is whole, or when some word is only an irregular ending (する,
   * くる, いい), which any text may hold in another spelling: then every text is tokenized.
   */
  private final Trie wholeWordStems;

  private static final List<String> IRREGULAR_ENDINGS = List.of("する", "くる", "いい");

  /** Words matched as parts, without exceptions. */
  public WordMatcher(Collection<Match> words) {
    this(
        words.stream().map(m -> new Word(m.word(), m.action(), Mode.PART, List.of())).toList(),
        List.of());
  }

  /**
   * @param words the watched words, each with its own exceptions
   * @param anyWordExceptions phrases that excuse whichever word they contain
   */
  public WordMatcher(Collection<Word> words, Collection<String> anyWordExceptions) {
    for (Word w : words) {
      String folded = TextFolding.fold(w.word());
      if (folded.isBlank()) {
        continue;
      }
      byFolded.merge(
          folded,
          new Entry(folded, new Match(w.word(), w.action()), w.mode()),
          (a, b) -> a.match().action().compareTo(b.match().action()) <= 0 ? a : b);
      w.exceptions().forEach(phrase -> excuse(phrase, folded));
    }
    anyWordExceptions.forEach(phrase -> excuse(phrase, ANY_WORD));
    this.trie = Trie.builder().addKeywords(byFolded.keySet()).build();
    this.exceptions =
        excuses.isEmpty() ? null : Trie.builder().addKeywords(excuses.keySet()).build();
    Set<String> stems = new HashSet<>();
    boolean everyText = false;
    for (Entry e : byFolded.values()) {
      if (e.mode() == Mode.WORD) {
        // a base-form match ends in the base form of the text's last token: any suffix of the word
        for (int i = 0; i < e.folded().length(); i = e.folded().offsetByCodePoints(i, 1)) {
          wholeWordsBySuffix
              .computeIfAbsent(e.folded().substring(i), k -> new ArrayList<>())
              .add(e);
        }
        String stem = stem(e.folded());
        everyText |= stem.isEmpty();
        stems.add(stem);
      }
    }
    this.wholeWordStems =
        stems.isEmpty() || everyText ? null : Trie.builder().addKeywords(stems).build();
  }

  /**
   * The part of a word that every inflected form of it starts with (see {@link #wholeWordStems}).
   */
  static String stem(String folded) {
    int letters = folded.codePointCount(0, folded.length());
    if (letters == 1) {
      return folded; // no Japanese verb or adjective is one letter long
    }
    int drop = IRREGULAR_ENDINGS.stream().anyMatch(folded::endsWith) ? 2 : 1;
    return folded.substring(
        0, folded.offsetByCodePoints(folded.length(), -Math.min(drop, letters)));
  }

  private void excuse(String phrase, String folded) {
    String p = TextFolding.fold(phrase);
    if (!p.isBlank()) {
      excuses.computeIfAbsent(p, k -> new HashSet<>()).add(folded);
    }
  }

  /** Whether texts may be tokenized (some word is matched as a whole word). */
  public boolean tokenizes() {
    return !wholeWordsBySuffix.isEmpty();
  }

  /** The strongest watched word that occurs in the text and is not excused, if any. */
  public Optional<Match> strongest(String text) {
    if (byFolded.isEmpty() || text == null || text.isEmpty()) {
      return Optional.empty();
    }
    String plain = TextFolding.fold(text);
    boolean tokenize =
        tokenizes() && (wholeWordStems == null || wholeWordStems.containsMatch(plain));
    Folded folded = tokenize ? Folded.tokenized(text) : new Folded(plain, null, null, null, null);
    List<Span> found = occurrences(folded);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    Collection<Emit> phrases = exceptions == null ? List.of() : exceptions.parseText(folded.text);
    return found.stream()
        .filter(span -> !excused(span, phrases))
        .map(span -> span.entry().match())
        .min(Comparator.comparing(Match::action));
  }

  private List<Span> occurrences(Folded f) {
    List<Span> spans = new ArrayList<>();
    for (Emit emit : trie.parseText(f.text)) {
      Entry entry = byFolded.get(emit.getKeyword());
      int start = emit.getStart();
      int end = emit.getEnd() + 1;
      if (entry.mode() == Mode.PART || (f.boundary(start) && f.boundary(end))) {
        spans.add(new Span(start, end, entry));
      }
    }
    if (f.bases == null) {
      return spans;
    }
    // whole words by base form: the text's tokens up to one whose base form ends the word (殺し → 殺す)
    for (int j = 0; j < f.bases.length; j++) {
      String base = f.bases[j];
      if (base == null) {
        continue;
      }
      for (Entry entry : wholeWordsBySuffix.getOrDefault(base, List.of())) {
        int prefix = entry.folded().length() - base.length();
        int start = f.starts[j] - prefix;
        if (start >= 0
            && f.boundary(start)
            && f.text.regionMatches(start, entry.folded(), 0, prefix)) {
          spans.add(new Span(start, f.ends[j], entry));
        }
      }
    }
    return spans;
  }

  private boolean excused(Span span, Collection<Emit> phrases) {
    for (Emit phrase : phrases) {
      if (phrase.getStart() <= span.start() && span.end() <= phrase.getEnd() + 1) {
        Set<String> words = excuses.get(phrase.getKeyword());
        if (words.contains(ANY_WORD) || words.contains(span.entry().folded())) {
          return true;
        }
      }
    }
    return false;
  }

  /** The folded text, and where tokenized, its tokens' offsets in it and folded base forms. */
  private static final class Folded {
    final String text;
    final BitSet boundaries;
    final int[] starts;
    final int[] ends;
    final String[] bases;

    private Folded(String text, BitSet boundaries, int[] starts, int[] ends, String[] bases) {
      this.text = text;
      this.boundaries = boundaries;
      this.starts = starts;
      this.ends = ends;
      this.bases = bases;
    }

    /**
     * Tokenizes the NFKC form (kuromoji reads katakana better than folded hiragana), then folds it
     * piece by piece, so token offsets are offsets in the folded text.
     */
    static Folded tokenized(String raw) {
      String nfkc = Normalizer.normalize(raw, Normalizer.Form.NFKC);
      List<JapaneseTokens.Token> tokens = JapaneseTokens.of(nfkc);
      StringBuilder out = new StringBuilder(nfkc.length());
      BitSet boundaries = new BitSet(nfkc.length() + 1);
      int[] starts = new int[tokens.size()];
      int[] ends = new int[tokens.size()];
      String[] bases = new String[tokens.size()];
      int at = 0;
      for (int i = 0; i < tokens.size(); i++) {
        JapaneseTokens.Token t = tokens.get(i);
        int start = Math.max(t.start(), at);
        out.append(TextFolding.fold(nfkc.substring(at, start)));
        starts[i] = out.length();
        out.append(TextFolding.fold(nfkc.substring(start, Math.max(start, t.end()))));
        ends[i] = out.length();
        bases[i] = t.baseForm() == null ? null : TextFolding.fold(t.baseForm());
        boundaries.set(starts[i]);
        boundaries.set(ends[i]);
        at = Math.max(start, t.end());
      }
      out.append(TextFolding.fold(nfkc.substring(at)));
      return new Folded(out.toString(), boundaries, starts, ends, bases);
    }

    boolean boundary(int offset) {
      return boundaries.get(offset);
    }
  }
}
