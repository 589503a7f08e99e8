package jp.kyodo.moderation;

import static jp.kyodo.moderation.WatchedWord.Action.BLOCK;
import static jp.kyodo.moderation.WatchedWord.Action.FLAG;
import static jp.kyodo.moderation.WatchedWord.Action.HOLD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import jp.kyodo.moderation.WordMatcher.Mode;
import jp.kyodo.moderation.WordMatcher.Word;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The watched-word matcher, table-driven: each row is a list of words, a text, and the word that
 * decides (or none). バカ as a part blocks 「自転車ばかりで」 unless ばかり is an exception; as a whole word it
 * does not, but still blocks 「お前はバカだ」.
 */
class WordMatcherTest {
  private static final Word BAKA_PART = new Word("バカ", BLOCK, Mode.PART, List.of());
  private static final Word BAKA_PART_EXCUSED =
      new Word("バカ", BLOCK, Mode.PART, List.of("ばかり", "ばかに"));
  private static final Word BAKA_WORD = new Word("バカ", BLOCK, Mode.WORD, List.of());

  /** Named lists of words, with the phrases that excuse any word. */
  private static final Map<String, WordMatcher> MATCHERS =
      Map.of(
          "part",
          new WordMatcher(List.of(BAKA_PART), List.of()),
          "part+exceptions",
          new WordMatcher(List.of(BAKA_PART_EXCUSED), List.of()),
          "part+any-word exceptions",
          new WordMatcher(List.of(BAKA_PART), List.of("ばかり", "ﾊﾞｶﾆ")),
          "word",
          new WordMatcher(List.of(BAKA_WORD), List.of()),
          "word+exceptions",
          new WordMatcher(List.of(new Word("バカ", BLOCK, Mode.WORD, List.of("ばかに"))), List.of()),
          "multi-token word",
          new WordMatcher(List.of(new Word("ばかやろう", HOLD, Mode.WORD, List.of())), List.of()),
          "base forms",
          new WordMatcher(
              List.of(
                  new Word("殺す", HOLD, Mode.WORD, List.of()),
                  new Word("ぶっ殺す", BLOCK, Mode.WORD, List.of()),
                  new Word("炎上する", FLAG, Mode.WORD, List.of())),
              List.of()),
          "english word",
          new WordMatcher(List.of(new Word("bad", FLAG, Mode.WORD, List.of())), List.of()),
          "mixed",
          new WordMatcher(
              List.of(
                  BAKA_PART_EXCUSED,
                  new Word("あほ", HOLD, Mode.WORD, List.of("ばかり")),
                  new Word("すぱむ", FLAG, Mode.PART, List.of())),
              List.of()));

  static Stream<Arguments> table() {
    return Stream.of(
        // today's behaviour: a part matches inside ordinary words
        row("part", "自転車ばかりで", "バカ"),
        row("part", "ばかに寒い", "バカ"),
        row("part", "バカ", "バカ"),
        // exceptions of the word: the ordinary phrases pass, the word itself does not
        row("part+exceptions", "自転車ばかりで", null),
        row("part+exceptions", "ばかに寒い", null),
        row("part+exceptions", "今日はバカに寒い", null),
        row("part+exceptions", "バカ", "バカ"),
        row("part+exceptions", "ﾊﾞｶ", "バカ"),
        row("part+exceptions", "ばか！", "バカ"),
        row("part+exceptions", "ＢＡＫＡではなくバカ", "バカ"),
        row("part+exceptions", "自転車ばかりでバカみたい", "バカ"),
        row("part+exceptions", "ﾊﾞｶﾘ", null),
        // phrases that excuse any word, written in any width or kana
        row("part+any-word exceptions", "自転車ばかりで", null),
        row("part+any-word exceptions", "ばかに寒い", null),
        row("part+any-word exceptions", "ばか！", "バカ"),
        // whole words: kuromoji's tokens decide
        row("word", "自転車ばかりで", null),
        row("word", "言うばかりだ", null),
        row("word", "お前はバカだ", "バカ"),
        row("word", "お前はﾊﾞｶだ", "バカ"),
        row("word", "あいつはばか。", "バカ"),
        row("word", "バカ", "バカ"),
        row("word", "ﾊﾞｶ", "バカ"),
        row("word", "ばか！", "バカ"),
        row("word", "大バカ者", "バカ"),
        row("word", "バカバカしい", null),
        row("word", "区のやり方はバカげている", null),
        // kuromoji reads this ばか as a noun: whole-word matching needs the exception too
        row("word", "ばかに寒い", "バカ"),
        row("word+exceptions", "ばかに寒い", null),
        row("word+exceptions", "お前はバカだ", "バカ"),
        // a word of several tokens: ばか / や / ろう
        row("multi-token word", "このばかやろう！", "ばかやろう"),
        row("multi-token word", "ﾊﾞｶﾔﾛｳ", "ばかやろう"),
        row("multi-token word", "ばかやろうどもめ", "ばかやろう"),
        // base forms: 殺し, 殺さ and 殺せ are 殺す; the stronger word wins
        row("base forms", "殺した", "殺す"),
        row("base forms", "殺される", "殺す"),
        row("base forms", "殺せ", "殺す"),
        row("base forms", "ぶっ殺した", "ぶっ殺す"),
        row("base forms", "殺風景な公園", null),
        row("base forms", "また炎上しました", "炎上する"),
        row("base forms", "炎上させるな", "炎上する"),
        row("base forms", "炎上", null),
        // whole words in Latin letters: a token, in any width
        row("english word", "this is bad", "bad"),
        row("english word", "ＢＡＤ！", "bad"),
        row("english word", "badminton club", null),
        // an exception of one word does not excuse another; the strongest action wins
        row("mixed", "ばかりのアホ", "あほ"),
        row("mixed", "ばかりのアホとバカ", "バカ"),
        row("mixed", "スパムばかり", "すぱむ"),
        row("mixed", "公園を増やしてほしい", null));
  }

  private static Arguments row(String matcher, String text, String decidingWord) {
    return Arguments.of(matcher, text, decidingWord);
  }

  @ParameterizedTest(name = "{0}: {1} → {2}")
  @MethodSource("table")
  void findsTheDecidingWord(String matcher, String text, String decidingWord) {
    Optional<WordMatcher.Match> match = MATCHERS.get(matcher).strongest(text);
    assertEquals(Optional.ofNullable(decidingWord), match.map(WordMatcher.Match::word), text);
  }

  @Test
  void theTextIsTokenizedOnlyWhenSomeWordIsAWholeWord() {
    assertFalse(MATCHERS.get("part+exceptions").tokenizes());
    assertTrue(MATCHERS.get("word").tokenizes());
    assertTrue(MATCHERS.get("mixed").tokenizes());
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
    "殺す, 殺",
    "ぶっころす, ぶっころ",
    "食べる, 食べ",
    "寒い, 寒",
    "勉強する, 勉強",
    "かわいい, かわ",
    "ばか, ば",
    "死, 死",
    "する, ''",
    "くる, ''"
  })
  void aWholeWordsStemStartsEveryInflectedForm(String word, String stem) {
    assertEquals(stem, WordMatcher.stem(word));
  }

  @Test
  void theWordsOwnSpellingAndActionAreReported() {
    assertEquals(
        Optional.of(new WordMatcher.Match("バカ", BLOCK)), MATCHERS.get("word").strongest("お前はバカだ"));
    assertTrue(new WordMatcher(List.of(), List.of("ばかり")).strongest("ばかり").isEmpty());
    assertTrue(MATCHERS.get("word").strongest("").isEmpty());
  }
}
