package jp.kyodo.search;

import java.time.Instant;

/**
 * A checked search: terms, filters (null: any) and order, and the page. {@code from} inclusive,
 * {@code to} exclusive.
 */
public record SearchRequest(
    SearchTerms terms,
    SearchDocument.Kind kind,
    String topicStatus,
    String policyArea,
    String area,
    String district,
    Long topicId,
    Instant from,
    Instant to,
    Sort sort,
    int page,
    int size) {

  /** Order of results. */
  public enum Sort {
    RELEVANCE,
    NEWEST
  }

  public int offset() {
    return (page - 1) * size;
  }
}
