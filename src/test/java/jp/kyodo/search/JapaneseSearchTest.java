package jp.kyodo.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.kyodo.platform.InvalidInputException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class JapaneseSearchTest {
  private static LuceneIndex index;
  private static final JapaneseAnalysis ANALYSIS = JapaneseAnalysis.load();

  @BeforeAll
  static void build() throws Exception {
    index = SearchCorpus.index();
  }

  @AfterAll
  static void close() throws Exception {
    index.close();
  }

  private static List<String> find(String q) throws Exception {
    return SearchCorpus.keys(index.search(SearchCorpus.request(q, 50)));
  }

  @Test
  void keepsPlaceNamesWhole() {
    assertEquals(List.of(new JapaneseAnalysis.Word("三軒茶屋", true)), ANALYSIS.wordsOf("三軒茶屋"));
    assertEquals(List.of(new JapaneseAnalysis.Word("二子玉川", true)), ANALYSIS.wordsOf("二子玉川"));
  }

  @Test
  void everyDistrictIsInThePlaceNames() throws Exception {
    String seed = Files.readString(Path.of("sql/V1__reference_data.sql"), StandardCharsets.UTF_8);
    String places =
        new String(
            JapaneseAnalysis.class.getResourceAsStream("places.csv").readAllBytes(),
            StandardCharsets.UTF_8);
    Matcher m = Pattern.compile("\\('[a-z]+',\\s+'[a-z]+',\\s+[0-9]+, '([^']+)'").matcher(seed);
    int districts = 0;
    while (m.find()) {
      districts++;
      assertTrue(places.contains("\n" + m.group(1) + ","), m.group(1));
    }
    assertEquals(28, districts);
  }

  @Test
  void aKnownWordIsNotFoundInsideAnotherByItsBigrams() throws Exception {
    List<String> kyoto = find("京都");
    assertTrue(kyoto.contains("c117"), kyoto.toString());
    assertFalse(kyoto.contains("t8"), "京都 must not find 東京都: " + kyoto);
    assertFalse(find("東京都").contains("c117"));
  }

  @Test
  void findsPartsOfWordsAndEveryKanaAndWidth() throws Exception {
    assertTrue(find("駐輪").contains("c109"), "駐輪 in 駐輪スペース");
    assertEquals(Set.copyOf(find("ゴミ")), Set.copyOf(find("ｺﾞﾐ")));
    assertEquals(Set.copyOf(find("ゴミ")), Set.copyOf(find("ごみ")));
    assertTrue(find("ＷＩＦＩ").contains("c119"));
  }

  @Test
  void everyTermMustBeFound() throws Exception {
    assertEquals(List.of("t6"), find("公園 トイレ"));
    assertEquals(List.of(), find("公園 地震"));
  }

  @Test
  void typosAreForgivenOnlyWhenNothingMatches() throws Exception {
    SearchHits typo = index.search(SearchCorpus.request("三件茶屋", 10));
    assertTrue(typo.approximate());
    assertEquals("t1", SearchCorpus.keys(typo).get(0));
    assertFalse(index.search(SearchCorpus.request("三軒茶屋", 10)).approximate());
  }

  @Test
  void filtersByKindPlaceAndPeriod() throws Exception {
    SearchRequest topicsOnly =
        new SearchRequest(
            SearchTerms.parse("自転車"),
            SearchDocument.Kind.TOPIC,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            SearchRequest.Sort.RELEVANCE,
            1,
            10);
    assertEquals(List.of("t1"), SearchCorpus.keys(index.search(topicsOnly)));
    // 砧 district: its own topics and ward-wide ones, not 三軒茶屋's (太子堂)
    SearchRequest kinuta =
        new SearchRequest(
            SearchTerms.parse("公園"),
            SearchDocument.Kind.TOPIC,
            null,
            null,
            "kinuta",
            "kinuta",
            null,
            null,
            null,
            SearchRequest.Sort.RELEVANCE,
            1,
            10);
    assertEquals(List.of("t6"), SearchCorpus.keys(index.search(kinuta)));
    SearchRequest taishido =
        new SearchRequest(
            SearchTerms.parse("公園"),
            SearchDocument.Kind.TOPIC,
            null,
            null,
            "setagaya",
            "taishido",
            null,
            null,
            null,
            SearchRequest.Sort.RELEVANCE,
            1,
            10);
    assertEquals(List.of(), SearchCorpus.keys(index.search(taishido)));
  }

  @Test
  void pagesAndSortsNewestFirst() throws Exception {
    SearchRequest newest =
        new SearchRequest(
            SearchTerms.parse("ごみ"),
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            SearchRequest.Sort.NEWEST,
            1,
            2);
    SearchHits first = index.search(newest);
    assertEquals(List.of("c135", "c112"), SearchCorpus.keys(first));
    assertEquals(6, first.total());
    SearchRequest second =
        new SearchRequest(
            SearchTerms.parse("ごみ"),
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            SearchRequest.Sort.NEWEST,
            2,
            2);
    assertEquals(List.of("c111", "c104"), SearchCorpus.keys(index.search(second)));
  }

  @Test
  void parsesWhatPeopleTypeAndForgivesMistakes() {
    assertEquals(List.of("三軒茶屋", "公園"), SearchTerms.parse("三軒茶屋　公園").terms());
    assertEquals(List.of("一時 預かり", "公園"), SearchTerms.parse("\"一時  預かり\" 公園").terms());
    assertEquals(List.of("公園", "遊具"), SearchTerms.parse("\"公園 遊具").terms()); // unbalanced
    assertTrue(SearchTerms.parse("！？*** ・・・").isEmpty());
    assertEquals(List.of("公", "園"), SearchTerms.parse("公\u0000園").terms());
    assertTrue(SearchTerms.parse("\u202e\u0007").isEmpty());
    InvalidInputException tooLong =
        assertThrows(InvalidInputException.class, () -> SearchTerms.parse("あ".repeat(10_000)));
    assertEquals("q", tooLong.errors().get(0).field());
    assertThrows(InvalidInputException.class, () -> SearchTerms.parse("a b c d e f g h i j k"));
  }

  @Test
  void snippetsEscapeFirstThenMark() {
    String html = Snippets.marked("<b>ｺﾞﾐ</b>とゴミ", Set.of("ごみ"));
    assertEquals("&lt;b&gt;<mark>ｺﾞﾐ</mark>&lt;/b&gt;と<mark>ゴミ</mark>", html);
    Snippets.Snippet s =
        Snippets.around("あ".repeat(300) + "三軒茶屋" + "い".repeat(300), Set.of("三軒茶屋"), 60);
    assertTrue(s.html().startsWith("…"));
    assertTrue(s.html().endsWith("…"));
    assertTrue(s.html().contains("<mark>三軒茶屋</mark>"), s.html());
  }

  @Test
  void theOutboxPositionWaitsForGapsAndForgetsOldOnes() {
    OutboxPosition p = OutboxPosition.start("db", 10).after(List.of(11L, 14L), 1000);
    assertEquals(14, p.seq());
    assertEquals(Set.of(12L, 13L), p.gaps().keySet());
    OutboxPosition later = p.after(List.of(13L), 2000);
    assertEquals(Set.of(12L), later.gaps().keySet());
    assertEquals(later, OutboxPosition.decode(later.encode()));
    assertTrue(
        later.after(List.of(), 1000 + OutboxPosition.GAP_PATIENCE_MILLIS + 1).gaps().isEmpty());
    assertEquals(null, OutboxPosition.decode("garbage"));
    assertEquals(Map.of(), OutboxPosition.start("db", 1).gaps());
  }
}
