package jp.kyodo.search;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;

/**
 * The Lucene fields of a {@link SearchDocument}: the title (topics) and the text, each as words
 * ({@code .w}, kuromoji) and as bigrams ({@code .b}); exact fields for the filters, where a
 * ward-wide topic's area and an area-wide topic's district are {@link #NONE}; the time as a point
 * (period filter) and doc value (newest first, also the index's own order, so "newest" stops
 * early).
 */
final class LuceneDocuments {
  static final String KEY = "key";
  static final String KIND = "kind";
  static final String TOPIC = "topic";
  static final String STATUS = "status";
  static final String POLICY = "policy";
  static final String AREA = "area";
  static final String DISTRICT = "district";
  static final String CREATED = "created";
  static final String TITLE = "title";
  static final String TEXT = "text";
  static final String WORDS = ".w";
  static final String BIGRAMS = ".b";
  static final String NONE = "-";

  /** Newest first: the index is kept in this order. */
  static final Sort NEWEST = new Sort(new SortField(CREATED, SortField.Type.LONG, true));

  private LuceneDocuments() {}

  static Analyzer analyzer(JapaneseAnalysis analysis) {
    return new PerFieldAnalyzerWrapper(
        new KeywordAnalyzer(),
        Map.of(
            TITLE + WORDS, analysis.words(),
            TITLE + BIGRAMS, analysis.bigrams(),
            TEXT + WORDS, analysis.words(),
            TEXT + BIGRAMS, analysis.bigrams()));
  }

  static Term key(String key) {
    return new Term(KEY, key);
  }

  static Term topic(long topicId) {
    return new Term(TOPIC, Long.toString(topicId));
  }

  static Document of(SearchDocument d) {
    Document doc = new Document();
    doc.add(new StringField(KEY, d.key(), Field.Store.YES));
    doc.add(new StringField(KIND, d.kind().code(), Field.Store.NO));
    doc.add(new StringField(TOPIC, Long.toString(d.topicId()), Field.Store.NO));
    doc.add(new StringField(STATUS, d.topicStatus(), Field.Store.NO));
    doc.add(new StringField(POLICY, d.policyArea(), Field.Store.NO));
    doc.add(new StringField(AREA, d.area() == null ? NONE : d.area(), Field.Store.NO));
    doc.add(new StringField(DISTRICT, d.district() == null ? NONE : d.district(), Field.Store.NO));
    long created = d.created().toEpochMilli();
    doc.add(new LongPoint(CREATED, created));
    doc.add(new NumericDocValuesField(CREATED, created));
    if (d.title() != null && !d.title().isEmpty()) {
      doc.add(new TextField(TITLE + WORDS, d.title(), Field.Store.NO));
      doc.add(new TextField(TITLE + BIGRAMS, d.title(), Field.Store.NO));
    }
    if (d.text() != null && !d.text().isEmpty()) {
      doc.add(new TextField(TEXT + WORDS, d.text(), Field.Store.NO));
      doc.add(new TextField(TEXT + BIGRAMS, d.text(), Field.Store.NO));
    }
    return doc;
  }
}
