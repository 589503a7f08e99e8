package jp.kyodo.search;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Relevance measured on a judged set: queries a resident would type (place names and their short
 * names, 公園, 保育園, ゴミ, 自転車, katakana and hiragana, full- and half-width, parts of words, typos),
 * each with the documents that must be found, over {@link SearchCorpus}. Reports recall@10 (the
 * share of the judged documents in the first ten, averaged over queries) and MRR (one over the rank
 * of the first judged document, averaged), and fails below the level reached when this test was
 * written: recall@10 ≥ {@value #MIN_RECALL}, MRR ≥ {@value #MIN_MRR}. A change of the analysis that
 * lowers either must say why.
 */
class SearchRelevanceTest {
  static final double MIN_RECALL = 1.0;
  static final double MIN_MRR = 1.0;

  private static final Map<String, Set<String>> JUDGED = new LinkedHashMap<>();

  private static void judge(String query, String... keys) {
    JUDGED.put(query, Set.of(keys));
  }

  static {
    // place names, as written and as residents shorten them
    judge("三軒茶屋", "t1", "c101");
    judge("三茶", "c101", "t1");
    judge("二子玉川", "t2", "c105");
    judge("ニコタマ", "c105", "t2");
    judge("下北沢", "t3", "c107", "c133", "c106");
    judge("下北", "t3", "c107", "c133");
    judge("烏山", "t7", "c115");
    judge("千歳烏山", "t7");
    judge("経堂", "t11", "c121");
    judge("用賀", "t12", "c122");
    judge("成城", "t14", "c125");
    judge("砧公園", "t6", "c136");
    judge("羽根木公園", "t6", "c114");
    judge("多摩川", "t2", "c127");
    judge("東京都", "t8");
    judge("京都", "c117");
    // everyday words
    judge("公園", "t6", "c113", "c114", "c136");
    judge("保育園", "t4", "c108");
    judge("自転車", "t1", "c101", "c109", "c123", "c134");
    judge("図書館", "t10", "c119");
    judge("子育て", "t9", "c118");
    judge("防災", "t7", "c128");
    judge("避難所", "t7", "c115");
    judge("地震", "t7", "c116");
    judge("商店街", "t11", "c121", "c132");
    judge("通学路", "t12", "c122");
    judge("高齢者", "t13");
    judge("見守り", "t13", "c124");
    judge("バス", "t8", "c117");
    judge("待機児童", "t4");
    judge("ベンチ", "t6", "c107");
    judge("河川敷", "t2", "c104");
    judge("花火", "c127");
    judge("カラス", "c112");
    judge("空き店舗", "c132");
    judge("ガードレール", "c122");
    judge("ライブハウス", "c106");
    // katakana, hiragana, width
    judge("ゴミ", "t5", "c104", "c111", "c112", "c135", "t2");
    judge("ごみ", "t5", "c104", "c111", "c112", "c135", "t2");
    judge("ｺﾞﾐ", "t5", "c104", "c111", "c112", "c135", "t2");
    judge("ペットボトル", "t5", "c110");
    judge("ぺっとぼとる", "c110", "t5");
    judge("バーベキュー", "t2", "c105");
    judge("ばーべきゅー", "t2", "c105");
    judge("ほいくえん", "c109");
    judge("wifi", "c119", "c120");
    judge("ＷｉＦｉ", "c119", "c120");
    judge("100円", "c103");
    // parts of words, several words, phrases
    judge("駐輪", "t1", "c102", "c103", "c109");
    judge("包括支援", "t13", "c131");
    judge("放置自転車", "t1", "c134");
    judge("自転車 駐輪場", "t1");
    judge("粗大ごみ", "c135");
    judge("ごみ 収集日", "t5");
    judge("\"一時預かり\"", "t9", "c130");
    judge("公園 トイレ", "t6");
    // typos
    judge("三件茶屋", "t1");
    judge("二子玉河", "t2");
  }

  private static LuceneIndex index;

  @BeforeAll
  static void build() throws Exception {
    index = SearchCorpus.index();
  }

  @AfterAll
  static void close() throws Exception {
    index.close();
  }

  @Test
  void judgedQueriesReachTheStatedRecallAndMrr() throws Exception {
    double recallSum = 0;
    double rrSum = 0;
    List<String> misses = new ArrayList<>();
    for (Map.Entry<String, Set<String>> judged : JUDGED.entrySet()) {
      List<String> top = SearchCorpus.keys(index.search(SearchCorpus.request(judged.getKey(), 10)));
      long found = judged.getValue().stream().filter(top::contains).count();
      recallSum += (double) found / judged.getValue().size();
      int first = -1;
      for (int i = 0; i < top.size(); i++) {
        if (judged.getValue().contains(top.get(i))) {
          first = i;
          break;
        }
      }
      rrSum += first < 0 ? 0 : 1.0 / (first + 1);
      if (found < judged.getValue().size() || first != 0) {
        misses.add(judged.getKey() + " → " + top + " (judged " + judged.getValue() + ")");
      }
    }
    double recall = recallSum / JUDGED.size();
    double mrr = rrSum / JUDGED.size();
    System.out.printf(
        "[relevance] %d judged queries: recall@10 %.3f, MRR %.3f%n", JUDGED.size(), recall, mrr);
    misses.forEach(m -> System.out.println("[relevance] not perfect: " + m));
    assertTrue(JUDGED.size() >= 40, "at least 40 judged queries");
    assertTrue(recall >= MIN_RECALL, "recall@10 " + recall + " below " + MIN_RECALL);
    assertTrue(mrr >= MIN_MRR, "MRR " + mrr + " below " + MIN_MRR);
  }
}
