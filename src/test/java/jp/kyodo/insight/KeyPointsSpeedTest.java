package jp.kyodo.insight;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Opt-in: how long extracting the key points of a hot topic takes without the database, on
 * synthetic comments longer and more varied than the benchmark's one sentence (about 150 characters
 * from a few dozen subjects): {@code mvn test -Dtest=KeyPointsSpeedTest
 * -Dkyodo.keypoints.speed=10000} (comments of the topic; 1,000 other topics of 40 opinions each as
 * the IDF's sample). Prints the time of each step, cold and then warm, as {@link TermIndex} does
 * it.
 */
class KeyPointsSpeedTest {
  private static final String[] SUBJECTS = {
    "駅前の駐輪場",
    "夜道の街灯",
    "砧公園の遊具",
    "保育園の入園",
    "児童館職員の配置",
    "図書館の開館時間",
    "ごみ収集の回数",
    "歩道の段差",
    "コミュニティバスの路線",
    "防災訓練",
    "商店街の空き店舗",
    "三軒茶屋の再開発",
    "学校給食の無償化",
    "高齢者の見守り",
    "子育て支援センター",
    "自転車レーン",
    "区民センターの予約",
    "喫煙所の場所",
    "公園のトイレ",
    "雨水の浸水対策"
  };

  private static final String[] FRAMES = {
    "%sについて意見です。毎日利用していますが、%sが足りないと感じることが多く、特に朝夕の時間帯は困っています。",
    "%sの改善をお願いします。近所の人とも話しましたが、%sの情報がわかりにくいという声が多いです。",
    "%sは大切な取り組みだと思います。一方で%sの費用がどのくらいかかるのか、区民にも説明してほしいです。",
    "先日%sを見に行きました。%sの案内表示が少なく、初めての人には場所がわかりにくいと思いました。"
  };

  /** About 150 characters on subjects {@code from} (inclusive) to {@code to} (exclusive). */
  private static String comment(SplittableRandom r, int from, int to) {
    StringBuilder b = new StringBuilder();
    while (b.length() < 150) {
      String a = SUBJECTS[from + r.nextInt(to - from)];
      String c = SUBJECTS[from + r.nextInt(to - from)];
      b.append(String.format(FRAMES[r.nextInt(FRAMES.length)], a, c));
    }
    return b.toString();
  }

  @Test
  void extractsTheKeyPointsOfAHotTopic() {
    String n = System.getProperty("kyodo.keypoints.speed");
    assumeTrue(n != null, "opt-in: -Dkyodo.keypoints.speed=<comments>");
    int count = Integer.parseInt(n);
    SplittableRandom r = new SplittableRandom(17);
    List<String> topic = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      topic.add(comment(r, 0, 6)); // the hot topic speaks of six subjects
    }
    List<List<String>> others = new ArrayList<>();
    for (int t = 0; t < 1_000; t++) {
      List<String> opinions = new ArrayList<>();
      for (int i = 0; i < TermIndex.SAMPLE; i++) {
        opinions.add(comment(r, 3, SUBJECTS.length)); // the others of half of them and more
      }
      others.add(opinions);
    }
    KeyTerms terms = KeyTerms.load();
    for (String round : List.of("cold", "warm")) {
      long t0 = System.nanoTime();
      KeyTerms.Cutter cutter = terms.cutter();
      Map<String, Integer> topicsWith = new HashMap<>();
      for (List<String> opinions : others) {
        Set<String> keys = new HashSet<>();
        int read = 0;
        for (int i = 0; i < opinions.size() && read < TermIndex.SAMPLE_CHARACTERS; i++) {
          keys.addAll(cutter.terms(opinions.get(i)).keySet());
          read += opinions.get(i).length();
        }
        keys.forEach(k -> topicsWith.merge(k, 1, Integer::sum));
      }
      long t1 = System.nanoTime();
      List<KeyPoints.CommentTerms> cut = new ArrayList<>();
      for (int i = 0; i < topic.size(); i++) {
        Map<String, String> found = cutter.terms(topic.get(i));
        cut.add(
            new KeyPoints.CommentTerms(
                i + 1,
                found.keySet().toArray(String[]::new),
                found.values().toArray(String[]::new)));
      }
      long t2 = System.nanoTime();
      List<KeyPoints.Candidate> candidates =
          KeyPoints.extract(
              cut,
              new KeyPoints.Background(others.size(), k -> topicsWith.getOrDefault(k, 0)),
              Set.of(),
              KeyPoints.MAX);
      long t3 = System.nanoTime();
      System.out.printf(
          "[speed] %s: 1,000 topics' samples (%d characters) cut in %.2f s, %,d comments in %.2f s,"
              + " scored and folded in %.2f s: %s%n",
          round,
          TermIndex.SAMPLE_CHARACTERS,
          (t1 - t0) / 1e9,
          count,
          (t2 - t1) / 1e9,
          (t3 - t2) / 1e9,
          candidates.stream().map(c -> c.label() + " " + c.commentIds().size()).toList());
    }
  }
}
