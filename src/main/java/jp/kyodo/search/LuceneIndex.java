package jp.kyodo.search;

import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.Directory;

/**
 * One Lucene index in one directory: a writer, near-real-time searchers over it (a change is
 * searchable after {@link #refresh}, durable after {@link #commit}), and the outbox position and
 * schema version stored in each commit's user data. Thread-safe: one thread writes (the tailer),
 * any number search.
 */
final class LuceneIndex implements Closeable {
  static final String SCHEMA = "kyodo.search.schema";
  static final String POSITION = "kyodo.search.position";

  private final Directory directory;
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private final LuceneQueries queries;
  private final String schema;
  private volatile java.util.Collection<String> lastCommit = List.of();

  private LuceneIndex(
      Directory directory, JapaneseAnalysis analysis, IndexWriterConfig.OpenMode mode)
      throws IOException {
    this.directory = directory;
    this.schema = analysis.version();
    IndexWriterConfig config =
        new IndexWriterConfig(LuceneDocuments.analyzer(analysis))
            .setOpenMode(mode)
            .setIndexSort(LuceneDocuments.NEWEST)
            .setRAMBufferSizeMB(64)
            .setCommitOnClose(false);
    this.writer = new IndexWriter(directory, config);
    this.searchers = new SearcherManager(writer, null);
    this.queries = new LuceneQueries(analysis);
    this.lastCommit =
        mode == IndexWriterConfig.OpenMode.CREATE ? List.of() : committedFiles(directory);
  }

  /** A new, empty index (whatever the directory held is replaced at the first commit). */
  static LuceneIndex create(Directory directory, JapaneseAnalysis analysis) throws IOException {
    return new LuceneIndex(directory, analysis, IndexWriterConfig.OpenMode.CREATE);
  }

  /**
   * The index the directory holds, when it was built with this analysis; null when there is none or
   * it was built otherwise. Throws when it cannot be read (corrupt).
   */
  static LuceneIndex openExisting(Directory directory, JapaneseAnalysis analysis)
      throws IOException {
    if (!DirectoryReader.indexExists(directory)) {
      return null;
    }
    Map<String, String> data = SegmentInfos.readLatestCommit(directory).getUserData();
    if (!analysis.version().equals(data.get(SCHEMA))) {
      return null;
    }
    LuceneIndex index = new LuceneIndex(directory, analysis, IndexWriterConfig.OpenMode.APPEND);
    try (DirectoryReader check = DirectoryReader.open(directory)) {
      check.numDocs(); // opens every segment: a missing or truncated file fails here
    }
    return index;
  }

  /** The outbox position of the last commit, or null. */
  OutboxPosition committedPosition() throws IOException {
    return OutboxPosition.decode(
        SegmentInfos.readLatestCommit(directory).getUserData().get(POSITION));
  }

  void add(SearchDocument d) throws IOException {
    writer.addDocument(LuceneDocuments.of(d));
  }

  void apply(SearchBackend.Changes changes) throws IOException {
    for (long topic : changes.replacedTopics()) {
      writer.deleteDocuments(LuceneDocuments.topic(topic));
    }
    for (String key : changes.removedKeys()) {
      writer.deleteDocuments(LuceneDocuments.key(key));
    }
    for (SearchDocument d : changes.documents()) {
      writer.updateDocument(LuceneDocuments.key(d.key()), LuceneDocuments.of(d));
    }
  }

  /** Makes what was applied searchable. */
  void refresh() throws IOException {
    searchers.maybeRefreshBlocking();
  }

  /** Makes what was applied durable, with the position it brings the index to. */
  void commit(OutboxPosition position) throws IOException {
    writer.setLiveCommitData(Map.of(SCHEMA, schema, POSITION, position.encode()).entrySet());
    writer.commit();
    lastCommit = committedFiles(directory);
  }

  /**
   * Whether every file of the last commit is still where it left it: false once someone deleted the
   * directory or any of its files under the running server. (All of them, not only the commit
   * point: a commit written while the directory was being deleted leaves a new segments file beside
   * segments whose files are gone, and the open readers would go on serving the unlinked files
   * until the next start.)
   */
  boolean intact() {
    try {
      return Arrays.asList(directory.listAll()).containsAll(lastCommit);
    } catch (IOException e) {
      return false;
    }
  }

  long documents() {
    return writer.getDocStats().numDocs;
  }

  SearchHits search(SearchRequest r) throws IOException {
    SearchHits hits = search(r, queries.build(r, false), false);
    if (hits.total() == 0 && !r.terms().isEmpty()) {
      hits = search(r, queries.build(r, true), true);
    }
    return hits;
  }

  java.util.Set<String> marks(SearchTerms terms) {
    return queries.marks(terms);
  }

  private SearchHits search(SearchRequest r, Query query, boolean approximate) throws IOException {
    IndexSearcher searcher = searchers.acquire();
    try {
      int wanted = r.offset() + r.size();
      // by relevance, ties go to the lower document number, which the index sort makes the newer
      // document within a segment (not across the small segments of recent changes, until they
      // are merged): nearly "score, then newest", but a plain score collector can skip
      // every block that cannot beat the page's last score (a comparator on the date as second
      // key cannot, and scored all 500,000 documents that say 公園 on the benchmark's data)
      TopDocs top =
          r.sort() == SearchRequest.Sort.NEWEST
              ? searcher.search(
                  query,
                  new TopFieldCollectorManager(
                      LuceneDocuments.NEWEST, wanted, null, SearchHits.EXACT_UP_TO, false))
              : searcher.search(
                  query, new TopScoreDocCollectorManager(wanted, null, SearchHits.EXACT_UP_TO));
      List<SearchHits.Hit> hits = new ArrayList<>();
      ScoreDoc[] docs = top.scoreDocs;
      var stored = searcher.storedFields();
      for (int i = r.offset(); i < docs.length; i++) {
        Document d = stored.document(docs[i].doc, java.util.Set.of(LuceneDocuments.KEY));
        String key = d.get(LuceneDocuments.KEY);
        hits.add(
            new SearchHits.Hit(
                key.charAt(0) == 't' ? SearchDocument.Kind.TOPIC : SearchDocument.Kind.COMMENT,
                Long.parseLong(key.substring(1))));
      }
      boolean exact =
          top.totalHits.relation == org.apache.lucene.search.TotalHits.Relation.EQUAL_TO;
      return new SearchHits(hits, top.totalHits.value, exact, approximate && !hits.isEmpty());
    } finally {
      searchers.release(searcher);
    }
  }

  private static java.util.Collection<String> committedFiles(Directory directory)
      throws IOException {
    return List.copyOf(SegmentInfos.readLatestCommit(directory).files(true));
  }

  @Override
  public void close() throws IOException {
    try {
      searchers.close();
    } finally {
      try {
        writer.rollback(); // uncommitted changes are replayed from the outbox
      } finally {
        directory.close();
      }
    }
  }
}
