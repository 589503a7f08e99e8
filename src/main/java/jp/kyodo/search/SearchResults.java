package jp.kyodo.search;

import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A page of search results. {@code total} is exact when {@code totalExact}, else a lower bound
 * (beyond 1,000 matches). {@code approximate}: nothing matched as typed, so these are matches of a
 * spelling one letter away.
 */
public record SearchResults(
    String q,
    List<Result> items,
    long total,
    boolean totalExact,
    boolean approximate,
    int page,
    int size) {

  public SearchResults {
    items = List.copyOf(items);
  }

  public boolean hasNext() {
    return (long) page * size < total;
  }

  /**
   * One result: a topic (its title marked in {@code titleHtml}) or a comment (with its topic's
   * title and its author as the thread shows them: a withdrawn author has no id and no name). The
   * snippet is plain text; {@code snippetHtml} is the same text escaped, matches in {@code <mark>}.
   * {@code path} is the page to open.
   */
  @Schema(name = "SearchResult")
  public record Result(
      String kind,
      long id,
      long topicId,
      String topicTitle,
      String titleHtml,
      String snippet,
      String snippetHtml,
      OffsetDateTime createdAt,
      String topicStatus,
      String policyArea,
      String scopeArea,
      String scopeDistrict,
      Author author,
      String path) {}

  /**
   * A comment's author, as beside the comment in its thread; {@code proxyChannel}: for an opinion
   * staff entered on someone's behalf, how it was received (then no id or name).
   */
  @Schema(name = "SearchResultAuthor")
  public record Author(
      Long id, String displayName, boolean staff, boolean withdrawn, String proxyChannel) {}
}
