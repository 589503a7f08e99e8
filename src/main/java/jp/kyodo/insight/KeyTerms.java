package jp.kyodo.insight;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import jp.kyodo.platform.TextFolding;
import jp.kyodo.search.PlaceNames;
import org.apache.lucene.analysis.ja.JapaneseTokenizer;
import org.apache.lucene.analysis.ja.tokenattributes.PartOfSpeechAttribute;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The terms a key point can be named by, cut from a comment: kuromoji in normal mode (compounds of
 * its dictionary stay whole; the ward's place names from {@link PlaceNames} stay one word), then
 * nouns joined into compound nouns. A run of nouns (名詞-一般, 固有名詞, サ変接続, 形容動詞語幹 and the place names),
 * each with its suffixes (館, 場, 性, 化 …) and an optional kanji prefix (新, 各 …), gives: every noun
 * alone, every noun with its affixes (児童 + 館 → 児童館), and the whole run (児童館 + 職員 → 児童館職員). Dropped
 * as terms: 非自立 nouns, pronouns, numbers and suffixes on their own (they break or only extend a
 * run), single kana or Latin characters, terms without a letter, and the stop words of {@code
 * key-point-stopwords.txt}. A term is keyed by its folded form ({@link TextFolding}: ゴミ = ごみ) and
 * keeps its spelling for the label.
 */
final class KeyTerms {
  /** Longer runs are not labels (and key_point.label allows 100). */
  static final int MAX_LENGTH = 30;

  private static final Pattern URL = Pattern.compile("(?:https?://|www\\.)\\S+");

  private final Set<String> stopWords;

  KeyTerms(Set<String> stopWords) {
    Set<String> folded = new HashSet<>();
    stopWords.forEach(w -> folded.add(TextFolding.fold(w)));
    this.stopWords = Set.copyOf(folded);
  }

  /** With the stop words of the class path. */
  static KeyTerms load() {
    return new KeyTerms(stopWords("key-point-stopwords.txt"));
  }

  /** A cutter for one thread at a time: its tokenizer is reused from text to text. */
  Cutter cutter() {
    return new Cutter();
  }

  private enum Kind {
    NOUN,
    SUFFIX,
    PREFIX,
    BREAK
  }

  static boolean isNoun(String pos) {
    return pos.equals("地名") // the place names dictionary
        || pos.equals("名詞")
        || pos.startsWith("名詞-一般")
        || pos.startsWith("名詞-固有名詞")
        || pos.startsWith("名詞-サ変接続")
        || pos.startsWith("名詞-形容動詞語幹")
        || pos.startsWith("名詞-ナイ形容詞語幹");
  }

  private static Kind kind(String pos, String surface) {
    if (pos == null || surface.codePoints().noneMatch(Character::isLetter)) {
      return Kind.BREAK; // punctuation, symbols, digits: IPADIC calls a lone ':' a サ変 noun
    }
    if (isNoun(pos)) {
      return Kind.NOUN;
    }
    if (pos.startsWith("名詞-接尾-一般") || pos.startsWith("名詞-接尾-サ変接続") || pos.startsWith("名詞-接尾-地域")) {
      return Kind.SUFFIX; // 館, 場, 性 / 化 / 区, 町: never a term alone
    }
    if (pos.equals("接頭詞-名詞接続") && isKanji(surface) && !surface.equals("御")) {
      return Kind.PREFIX; // 新, 各, 全 (not the honorific お, ご, 御)
    }
    return Kind.BREAK;
  }

  /** Cuts texts into terms; one per thread. Punctuation is kept as tokens: it ends a run. */
  final class Cutter {
    private final JapaneseTokenizer tokenizer =
        new JapaneseTokenizer(PlaceNames.dictionary(), false, JapaneseTokenizer.Mode.NORMAL);
    private final CharTermAttribute term = tokenizer.addAttribute(CharTermAttribute.class);
    private final PartOfSpeechAttribute pos = tokenizer.addAttribute(PartOfSpeechAttribute.class);

    /** The text's distinct terms: folded key → the spelling first met. */
    Map<String, String> terms(String text) {
      Map<String, String> out = new LinkedHashMap<>();
      String clean = URL.matcher(Normalizer.normalize(text, Normalizer.Form.NFKC)).replaceAll(" ");
      List<String> run = new ArrayList<>();
      List<Kind> kinds = new ArrayList<>();
      try {
        tokenizer.setReader(new StringReader(clean));
        tokenizer.reset();
        while (tokenizer.incrementToken()) {
          String surface = term.toString();
          Kind k = kind(pos.getPartOfSpeech(), surface);
          if (k == Kind.BREAK
              || k == Kind.PREFIX
              || (k == Kind.SUFFIX && !kinds.contains(Kind.NOUN))) {
            flush(run, kinds, out);
          }
          if (k != Kind.BREAK && (k != Kind.SUFFIX || kinds.contains(Kind.NOUN))) {
            run.add(surface);
            kinds.add(k);
          }
        }
        tokenizer.end();
      } catch (IOException e) {
        throw new UncheckedIOException(e); // a string reader does not fail
      } finally {
        try {
          tokenizer.close();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      flush(run, kinds, out);
      return out;
    }

    /** The terms of one run: each noun, each noun with its affixes, and the whole run. */
    private void flush(List<String> run, List<Kind> kinds, Map<String, String> out) {
      if (kinds.contains(Kind.NOUN)) {
        List<String> units = new ArrayList<>();
        StringBuilder unit = new StringBuilder();
        for (int i = 0; i < run.size(); i++) {
          Kind k = kinds.get(i);
          boolean starts = k == Kind.NOUN && i > 0 && kinds.get(i - 1) != Kind.PREFIX;
          if (starts) {
            units.add(unit.toString());
            unit.setLength(0);
          }
          if (k == Kind.NOUN) {
            add(run.get(i), out);
          }
          unit.append(run.get(i));
        }
        units.add(unit.toString());
        units.forEach(u -> add(u, out));
        if (units.size() > 1) {
          add(String.join("", run), out);
        }
      }
      run.clear();
      kinds.clear();
    }

    private void add(String surface, Map<String, String> out) {
      if (isTerm(surface)) {
        String key = TextFolding.fold(surface);
        if (!stopWords.contains(key)) {
          out.putIfAbsent(key, surface);
        }
      }
    }
  }

  /** A term names something: at least one letter, not one kana or Latin letter, not too long. */
  static boolean isTerm(String s) {
    int length = s.codePointCount(0, s.length());
    if (length == 0 || length > MAX_LENGTH || s.codePoints().noneMatch(Character::isLetter)) {
      return false;
    }
    return length > 1 || isKanji(s);
  }

  static boolean isKanji(String s) {
    return !s.isEmpty()
        && s.codePoints()
            .allMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
  }

  private static Set<String> stopWords(String resource) {
    try (InputStream in = KeyTerms.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      Set<String> words = new HashSet<>();
      new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))
          .lines()
          .map(String::strip)
          .filter(l -> !l.isEmpty() && !l.startsWith("#"))
          .forEach(words::add);
      return words;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
