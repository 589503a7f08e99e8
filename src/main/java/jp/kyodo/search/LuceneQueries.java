package jp.kyodo.search;

import static jp.kyodo.search.LuceneDocuments.AREA;
import static jp.kyodo.search.LuceneDocuments.BIGRAMS;
import static jp.kyodo.search.LuceneDocuments.CREATED;
import static jp.kyodo.search.LuceneDocuments.DISTRICT;
import static jp.kyodo.search.LuceneDocuments.KIND;
import static jp.kyodo.search.LuceneDocuments.NONE;
import static jp.kyodo.search.LuceneDocuments.POLICY;
import static jp.kyodo.search.LuceneDocuments.STATUS;
import static jp.kyodo.search.LuceneDocuments.TEXT;
import static jp.kyodo.search.LuceneDocuments.TITLE;
import static jp.kyodo.search.LuceneDocuments.WORDS;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import jp.kyodo.platform.TextFolding;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;

/**
 * A {@link SearchRequest} as a Lucene query. Every term must be found, in the title or the text (a
 * title counts three times). A term is found:
 *
 * <ul>
 *   <li>when it is one word kuromoji knows (公園, ゴミ, 三軒茶屋 from the place names): as that word only.
 *       Bigrams would let 京都 find 東京都 (東京 / 都) and 公園 find 芦花公園前 only by accident of spelling; a
 *       known word is matched as a word.
 *   <li>otherwise (several words, or one kuromoji does not know: 保育園の, 駐輪, 二子玉): as its words in a
 *       row, or as its bigrams in a row, which finds a part of a longer word (駐輪 in 駐輪場).
 * </ul>
 *
 * Matches by words weigh twice those by bigrams. A place's other names count as the term (三茶 =
 * 三軒茶屋). When nothing matches at all, {@link #build} with {@code typos} also accepts a word one
 * letter away (三件茶屋 → 三軒茶屋).
 */
final class LuceneQueries {
  private static final float TITLE_BOOST = 3f;
  private static final float WORDS_BOOST = 2f;
  private static final int FUZZY_MIN_LENGTH = 3;

  private final JapaneseAnalysis analysis;
  private final QueryBuilder words;
  private final QueryBuilder bigrams;

  LuceneQueries(JapaneseAnalysis analysis) {
    this.analysis = analysis;
    this.words = new QueryBuilder(analysis.words());
    this.bigrams = new QueryBuilder(analysis.bigrams());
  }

  Query build(SearchRequest r, boolean typos) {
    BooleanQuery.Builder all = new BooleanQuery.Builder();
    int required = 0;
    for (String term : r.terms().terms()) {
      Query q = term(term, typos);
      if (q != null) {
        all.add(q, Occur.MUST);
        required++;
      }
    }
    if (required == 0) {
      return new MatchNoDocsQuery("no searchable term");
    }
    filters(all, r);
    return all.build();
  }

  /**
   * The spellings snippets should mark for the terms: as typed, folded, and their places' names.
   */
  Set<String> marks(SearchTerms terms) {
    Set<String> out = new LinkedHashSet<>();
    for (String term : terms.terms()) {
      String folded = TextFolding.fold(term);
      out.add(folded);
      analysis.aliasesOf(folded).forEach(a -> out.add(TextFolding.fold(a)));
      for (JapaneseAnalysis.Word w : analysis.wordsOf(term)) {
        if (w.term().codePointCount(0, w.term().length()) >= 2) {
          out.add(w.term());
        }
      }
    }
    return out;
  }

  private Query term(String term, boolean typos) {
    Set<String> spellings = new LinkedHashSet<>();
    spellings.add(term);
    spellings.addAll(analysis.aliasesOf(TextFolding.fold(term)));
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    int clauses = 0;
    for (String spelling : spellings) {
      for (String field : List.of(TITLE, TEXT)) {
        Query q = field(field, spelling, typos);
        if (q != null) {
          any.add(field.equals(TITLE) ? new BoostQuery(q, TITLE_BOOST) : q, Occur.SHOULD);
          clauses++;
        }
      }
    }
    return clauses == 0 ? null : any.build();
  }

  private Query field(String field, String spelling, boolean typos) {
    List<JapaneseAnalysis.Word> found = analysis.wordsOf(spelling);
    boolean oneKnownWord = found.size() == 1 && found.get(0).known();
    BooleanQuery.Builder q = new BooleanQuery.Builder();
    int clauses = 0;
    Query byWords = words.createPhraseQuery(field + WORDS, spelling);
    if (byWords != null) {
      q.add(new BoostQuery(byWords, WORDS_BOOST), Occur.SHOULD);
      clauses++;
    }
    if (!oneKnownWord) {
      Query byBigrams = bigrams.createPhraseQuery(field + BIGRAMS, spelling);
      if (byBigrams != null) {
        q.add(byBigrams, Occur.SHOULD);
        clauses++;
      }
    }
    String folded = TextFolding.fold(spelling);
    if (typos
        && folded.codePointCount(0, folded.length()) >= FUZZY_MIN_LENGTH
        && folded.codePoints().noneMatch(Character::isWhitespace)) {
      q.add(new FuzzyQuery(new Term(field + WORDS, folded), 1, 0), Occur.SHOULD);
      clauses++;
    }
    return clauses == 0 ? null : q.build();
  }

  private static void filters(BooleanQuery.Builder all, SearchRequest r) {
    if (r.kind() != null) {
      all.add(new TermQuery(new Term(KIND, r.kind().code())), Occur.FILTER);
    }
    if (r.topicStatus() != null) {
      all.add(new TermQuery(new Term(STATUS, r.topicStatus())), Occur.FILTER);
    }
    if (r.policyArea() != null) {
      all.add(new TermQuery(new Term(POLICY, r.policyArea())), Occur.FILTER);
    }
    if (r.topicId() != null) {
      all.add(new TermQuery(LuceneDocuments.topic(r.topicId())), Occur.FILTER);
    }
    if (r.area() != null) {
      // as in the topic list: ward-wide topics concern every area
      all.add(either(term(AREA, r.area()), term(AREA, NONE)), Occur.FILTER);
    }
    if (r.district() != null) {
      // a district's own topics, its area's area-wide ones and the ward-wide ones; r.area() holds
      // the district's area when a district is asked for (SearchService fills it in)
      all.add(
          either(
              term(AREA, NONE),
              new BooleanQuery.Builder()
                  .add(term(AREA, r.area()), Occur.FILTER)
                  .add(either(term(DISTRICT, r.district()), term(DISTRICT, NONE)), Occur.FILTER)
                  .build()),
          Occur.FILTER);
    }
    if (r.from() != null || r.to() != null) {
      long from = r.from() == null ? Long.MIN_VALUE : r.from().toEpochMilli();
      long to = r.to() == null ? Long.MAX_VALUE : r.to().toEpochMilli() - 1;
      all.add(LongPoint.newRangeQuery(CREATED, from, to), Occur.FILTER);
    }
  }

  private static Query term(String field, String value) {
    return new TermQuery(new Term(field, value));
  }

  private static Query either(Query a, Query b) {
    return new BooleanQuery.Builder().add(a, Occur.SHOULD).add(b, Occur.SHOULD).build();
  }
}
