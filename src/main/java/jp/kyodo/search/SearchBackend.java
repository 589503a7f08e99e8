package jp.kyodo.search;

import java.util.List;

/**
 * The seam between Kyodo and where its search index lives. {@link OutboxTailer} feeds a back end
 * the documents named by the search outbox, in order, with the outbox position they bring it to;
 * {@link SearchService} asks it for matches. The back end built is a Lucene index in each node's
 * own directory ({@link LuceneBackend}); a shared OpenSearch cluster (with its kuromoji plugin)
 * would implement the same methods, keep its position in a document of its own, and be fed by one
 * tailer instead of one per node.
 */
public interface SearchBackend {
  /**
   * Where the index stands, or empty when it must be built from the database first: missing,
   * unreadable, of another schema version or of another database.
   *
   * @param database the id of the database the outbox belongs to
   */
  java.util.Optional<OutboxPosition> position(String database);

  /** Replaces the documents named by changes (an absent document is removed), then the position. */
  void apply(Changes changes, OutboxPosition position);

  /**
   * Builds the index from nothing: every document the source yields, at the outbox position the
   * source says they reflect. Searches meanwhile answer from the previous index if there was one.
   */
  void rebuild(DocumentSource source);

  /** The matches for a request; an index not built yet answers {@link SearchUnavailable}. */
  SearchHits search(SearchRequest request);

  /** What an operator sees: documents, position, a rebuild's progress. */
  IndexStatus status();

  /** Rebuild at the tailer's next round (an operator asked, or the backlog is too long). */
  void requestRebuild(String reason);

  /** The spellings of the terms that snippets mark (as typed, folded, other names of a place). */
  java.util.Set<String> marks(SearchTerms terms);

  /** Changed documents: the current public ones, and the keys and topics to remove first. */
  record Changes(
      List<SearchDocument> documents, List<String> removedKeys, List<Long> replacedTopics) {
    public boolean isEmpty() {
      return documents.isEmpty() && removedKeys.isEmpty() && replacedTopics.isEmpty();
    }
  }

  /** Every public document, streamed, with how many there are about to be (for progress). */
  interface DocumentSource {
    long estimatedCount();

    /** Gives every document to the sink; returns the outbox position they reflect. */
    OutboxPosition forEach(java.util.function.Consumer<SearchDocument> sink);
  }
}
