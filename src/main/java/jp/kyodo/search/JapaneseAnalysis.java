package jp.kyodo.search;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import jp.kyodo.platform.TextFolding;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.ja.JapaneseAnalyzer;
import org.apache.lucene.analysis.ja.JapaneseBaseFormFilter;
import org.apache.lucene.analysis.ja.JapaneseKatakanaStemFilter;
import org.apache.lucene.analysis.ja.JapanesePartOfSpeechStopFilter;
import org.apache.lucene.analysis.ja.JapaneseTokenizer;
import org.apache.lucene.analysis.ja.dict.UserDictionary;
import org.apache.lucene.analysis.ja.tokenattributes.ReadingAttribute;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * How Japanese text becomes search terms, twice over:
 *
 * <ul>
 *   <li><b>words</b>: kuromoji in search mode (long compounds also as their parts: 児童館 → 児童 / 館)
 *       with the ward's place names as a user dictionary (三軒茶屋 stays one word, not 三 / 軒 / 茶屋),
 *       base forms (捨てた → 捨てる), particles and auxiliaries dropped, then each word folded (NFKC,
 *       lower case, katakana to hiragana: ゴミ = ごみ). Kuromoji reads the text before kana folding: it
 *       segments katakana better than folded hiragana.
 *   <li><b>bigrams</b>: the folded text as overlapping pairs of characters (保育園 → 保育 / 育園), so a
 *       part of a word is found (駐輪 in 駐輪場) whatever kuromoji made of it.
 * </ul>
 *
 * {@link #version()} changes with this class's rules and with the dictionary: an index built with
 * another version is rebuilt.
 */
final class JapaneseAnalysis {
  /** Bump when the analysis or the index's fields change: every node then rebuilds. */
  private static final int RULES = 1;

  private final UserDictionary places;
  private final Map<String, Set<String>> aliases;
  private final String version;
  private final Analyzer words;
  private final Analyzer bigrams;

  private JapaneseAnalysis(String placesCsv, String aliasesCsv) {
    this.places = PlaceNames.open(placesCsv);
    this.aliases = aliases(aliasesCsv);
    this.version = RULES + "-" + sha256(placesCsv + "\n--\n" + aliasesCsv).substring(0, 12);
    this.words =
        new Analyzer() {
          @Override
          protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer tokenizer =
                new JapaneseTokenizer(places, true, JapaneseTokenizer.Mode.SEARCH);
            TokenStream stream = new JapaneseBaseFormFilter(tokenizer);
            stream =
                new JapanesePartOfSpeechStopFilter(stream, JapaneseAnalyzer.getDefaultStopTags());
            stream = new JapaneseKatakanaStemFilter(stream);
            stream = new StopFilter(stream, JapaneseAnalyzer.getDefaultStopSet());
            return new TokenStreamComponents(tokenizer, new FoldFilter(stream));
          }

          @Override
          protected Reader initReader(String fieldName, Reader reader) {
            return new StringReader(forWords(readAll(reader)));
          }
        };
    this.bigrams =
        new Analyzer() {
          @Override
          protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer tokenizer = new StandardTokenizer();
            return new TokenStreamComponents(tokenizer, new CJKBigramFilter(tokenizer));
          }

          @Override
          protected Reader initReader(String fieldName, Reader reader) {
            return new StringReader(TextFolding.fold(readAll(reader)));
          }
        };
  }

  /** The analysis with the ward's place names from the class path. */
  static JapaneseAnalysis load() {
    return new JapaneseAnalysis(PlaceNames.csv(), PlaceNames.resource("place-aliases.csv"));
  }

  Analyzer words() {
    return words;
  }

  Analyzer bigrams() {
    return bigrams;
  }

  String version() {
    return version;
  }

  /** A word as kuromoji produced it (folded), and whether its dictionary knows it. */
  record Word(String term, boolean known) {}

  /** The words of a short text (a query term), as they are indexed. */
  List<Word> wordsOf(String text) {
    List<Word> out = new ArrayList<>();
    try (TokenStream stream = words.tokenStream("q", text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      ReadingAttribute reading = stream.addAttribute(ReadingAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        // kuromoji gives unknown words (a run it could not find in IPADIC) no reading
        out.add(new Word(term.toString(), reading.getReading() != null));
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a string reader does not fail
    }
    return out;
  }

  /** Other names of a place (三茶 for 三軒茶屋 and back), as written; empty for most terms. */
  Set<String> aliasesOf(String foldedTerm) {
    return aliases.getOrDefault(foldedTerm, Set.of());
  }

  /** Text as kuromoji reads it: NFKC and lower case, kana as written. */
  static String forWords(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
  }

  /** Folds each word after tokenizing, with the same rule as watched words and snippets. */
  private static final class FoldFilter extends TokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    FoldFilter(TokenStream in) {
      super(in);
    }

    @Override
    public boolean incrementToken() throws IOException {
      if (!input.incrementToken()) {
        return false;
      }
      String folded = TextFolding.fold(term.toString());
      term.setEmpty().append(folded);
      return true;
    }
  }

  private static Map<String, Set<String>> aliases(String csv) {
    Map<String, Set<String>> out = new HashMap<>();
    for (String line : csv.split("\n")) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      // keyed by the folded name; the other name as written (kuromoji and the place names
      // dictionary read katakana, not folded hiragana)
      String[] names = line.strip().split(",");
      out.computeIfAbsent(TextFolding.fold(names[0]), k -> new LinkedHashSet<>()).add(names[1]);
      out.computeIfAbsent(TextFolding.fold(names[1]), k -> new LinkedHashSet<>()).add(names[0]);
    }
    return out;
  }

  private static String readAll(Reader reader) {
    StringBuilder out = new StringBuilder();
    char[] buffer = new char[4096];
    try {
      for (int n; (n = reader.read(buffer)) > 0; ) {
        out.append(buffer, 0, n);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private static String sha256(String s) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
