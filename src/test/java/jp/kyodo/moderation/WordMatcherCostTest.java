package jp.kyodo.moderation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.function.Predicate;
import jp.kyodo.moderation.WatchedWord.Action;
import jp.kyodo.moderation.WordMatcher.Mode;
import jp.kyodo.moderation.WordMatcher.Word;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * What screening costs per comment, with the watched-word lists an administrator might keep: only
 * parts (as before), parts with exceptions, and some whole words (every comment is tokenized).
 * Prints the figures; asserts only that the matchers agree with each other, not the time (the
 * machine's speed varies). Run: {@code mvn -B test -Dtest=WordMatcherCostTest
 * -Dkyodo.measure=true}.
 */
@EnabledIfSystemProperty(named = "kyodo.measure", matches = "true")
class WordMatcherCostTest {
  private static final String[] SENTENCES = {
    "駅前の自転車置き場がいつも満車で、通勤の時間帯は自転車ばかりで歩道が通れません。",
    "今朝はばかに寒かったので、バス停に屋根があると助かります。",
    "子ども食堂の取り組みに賛成です。地域の大人が関われる仕組みを作ってほしい。",
    "公園の遊具が古くなっています。小さい子どもが安心して遊べるように点検をお願いします。",
    "夜道が暗いので、街灯を増やしてもらえないでしょうか。",
    "区の説明会は平日の昼間ばかりで、働いている人は参加できません。",
    "オンラインで意見を出せるのはとても良いと思います。",
    "高齢の親が一人暮らしで、見守りのサービスについてもっと知りたいです。",
    "緑道のベンチが少なく、散歩の途中で休めるところがほしいです。",
    "ゴミの分別のルールが分かりにくいので、外国語の案内も用意してください。",
    "図書館の開館時間を延ばしてほしいという声を周りでよく聞きます。",
    "災害時の避難所の場所を、町会の掲示板にも貼ってもらえると安心です。",
    "商店街のイベントに若い人がもっと来られるように、SNSで発信してはどうでしょう。",
    "保育園の入園手続きが複雑で、書類ばかり増えている気がします。",
    "区役所の窓口で待つ時間が長いので、予約制にしてほしい。",
    "The bus stop near the station needs a roof; it is a long wait in the rain.",
  };

  private static final String[] BAD = {
    "ばか", "あほ", "くず", "しね", "きもい", "うざい", "かす", "ごみ", "のろま", "まぬけ",
  };

  @Test
  void measuresWhatScreeningCostsPerComment() {
    List<String> comments = comments(2_000, new Random(12));
    double chars = comments.stream().mapToInt(String::length).average().orElse(0);
    List<String> words = words(200, new Random(7));
    List<String> exceptions = List.of("ばかり", "ばかに", "かすか", "ごみ箱", "のろし");

    WordMatcher parts = matcher(words, i -> Mode.PART, List.of());
    WordMatcher partsExcused = matcher(words, i -> Mode.PART, exceptions);
    WordMatcher someWholeWords = matcher(words, i -> i < 20 ? Mode.WORD : Mode.PART, exceptions);
    WordMatcher allWholeWords = matcher(words, i -> Mode.WORD, exceptions);

    System.out.printf(
        "Screening %d comments of %.0f characters on average, 200 watched words:%n",
        comments.size(), chars);
    long hitsParts = run("parts, no exceptions (before)", parts, comments);
    long hitsExcused = run("parts, 5 exceptions", partsExcused, comments);
    long hitsSome = run("20 whole words + 180 parts, 5 exceptions", someWholeWords, comments);
    run("200 whole words, 5 exceptions", allWholeWords, comments);
    WordMatcher kanjiWholeWords =
        matcher(List.of("殺す", "死ね", "障害者", "外人", "詐欺師"), i -> Mode.WORD, List.of());
    run("5 whole words whose stems seldom occur (kanji)", kanjiWholeWords, comments);
    run("kuromoji alone (tokenizing every comment)", null, comments);
    assertEquals(comments.size(), hitsParts, "every generated comment has ばか in ばかり or ばかに");
    assertEquals(hitsExcused, hitsSome, "ばかり and ばかに are excused either way");
  }

  /** Times the matcher over the comments (after a warm-up); answers how many comments it caught. */
  private static long run(String label, WordMatcher matcher, List<String> comments) {
    Predicate<String> screen =
        matcher == null
            ? c -> !JapaneseTokens.of(c).isEmpty()
            : c -> matcher.strongest(c).isPresent();
    long caught = 0;
    for (int round = 0; round < 5; round++) { // warm-up: class loading, dictionaries, the JIT
      caught = comments.stream().filter(screen).count();
    }
    int rounds = 10;
    long start = System.nanoTime();
    for (int round = 0; round < rounds; round++) {
      for (String c : comments) {
        screen.test(c);
      }
    }
    double micros = (System.nanoTime() - start) / 1_000.0 / rounds / comments.size();
    System.out.printf("  %-45s %7.1f µs per comment (%d caught)%n", label, micros, caught);
    return caught;
  }

  private static WordMatcher matcher(
      List<String> words, Function<Integer, Mode> mode, List<String> exceptions) {
    List<Word> list = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      list.add(new Word(words.get(i), Action.BLOCK, mode.apply(i), List.of()));
    }
    return new WordMatcher(list, exceptions);
  }

  /** The ten insults and random kana strings of 3–5 letters, which seldom occur. */
  private static List<String> words(int n, Random random) {
    List<String> words = new ArrayList<>(List.of(BAD));
    while (words.size() < n) {
      StringBuilder w = new StringBuilder();
      for (int i = 0, len = 3 + random.nextInt(3); i < len; i++) {
        w.append((char) ('ぁ' + random.nextInt(83)));
      }
      words.add(w.toString());
    }
    return words;
  }

  /** Two to eight sentences each, always with one of the two ばか sentences. */
  private static List<String> comments(int n, Random random) {
    List<String> comments = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      StringBuilder c = new StringBuilder(SENTENCES[random.nextInt(2)]);
      for (int s = 0, len = 1 + random.nextInt(7); s < len; s++) {
        c.append(SENTENCES[random.nextInt(SENTENCES.length)]);
      }
      comments.add(c.toString());
    }
    return comments;
  }
}
