package jp.kyodo.moderation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ja.JapaneseTokenizer;
import org.apache.lucene.analysis.ja.tokenattributes.BaseFormAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * The words of a Japanese text, by Lucene's kuromoji morphological analyser (IPADIC): 「自転車ばかりで」 is
 * 自転車 / ばかり / で, 「お前はバカだ」 is お前 / は / バカ / だ. Normal mode (no decompounding, no synonyms),
 * punctuation and spaces kept as tokens, no filters. The analyser is built once; it keeps one
 * tokenizer per thread, so this is safe to call from any request.
 */
final class JapaneseTokens {
  /** A token: its offsets in the analysed text, and its base form when it differs (殺し → 殺す). */
  record Token(int start, int end, String baseForm) {}

  private static final Analyzer ANALYZER =
      new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
          return new TokenStreamComponents(
              new JapaneseTokenizer(null, false, JapaneseTokenizer.Mode.NORMAL));
        }
      };

  private JapaneseTokens() {}

  /** The tokens of the text, in order; they do not overlap. */
  static List<Token> of(String text) {
    List<Token> tokens = new ArrayList<>(text.length() / 2 + 1);
    try (TokenStream stream = ANALYZER.tokenStream("text", text)) {
      OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
      BaseFormAttribute base = stream.addAttribute(BaseFormAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        tokens.add(new Token(offset.startOffset(), offset.endOffset(), base.getBaseForm()));
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a string reader does not fail
    }
    return tokens;
  }

  /** Loads the dictionaries (about half a second, once per server) before a comment waits on it. */
  static void warmUp() {
    of("区の考え方");
  }
}
