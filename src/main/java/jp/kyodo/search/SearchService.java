package jp.kyodo.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import jp.kyodo.notification.Visibility;
import jp.kyodo.platform.InvalidInputException;
import jp.kyodo.platform.InvalidInputException.FieldError;
import jp.kyodo.platform.MarkdownRenderer;
import jp.kyodo.platform.QueryParams;
import jp.kyodo.platform.SqlValues;
import jp.kyodo.reference.ReferenceData;
import jp.kyodo.topic.PolicyAreas;
import jp.kyodo.topic.TopicStatus;

/**
 * Search for the public, for the API and the results page alike: checks the query and filters (400
 * naming each bad field), asks the back end for a page of keys, then reads those documents as they
 * are now in one SQL statement under the visibility rule — so a result hidden a moment ago is
 * dropped even before the index hears of it — and marks the terms in titles and snippets.
 */
@ApplicationScoped
public class SearchService {
  public static final int DEFAULT_SIZE = 20;
  public static final int MAX_SIZE = 50;
  private static final int SNIPPET_WIDTH = 120;

  @PersistenceContext(unitName = "kyodo")
  EntityManager em;

  @Inject SearchBackend backend;
  @Inject PolicyAreas policyAreas;
  @Inject ReferenceData reference;

  /** The query parameters as they arrived (text; null when absent). */
  public record Params(
      String q,
      String kind,
      String status,
      String policyArea,
      String area,
      String district,
      String topic,
      String from,
      String to,
      String sort,
      String page,
      String size) {}

  public SearchResults search(Params p) {
    SearchRequest request = check(p);
    if (request.terms().isEmpty()) {
      return new SearchResults(
          blankToNull(p.q()), List.of(), 0, true, false, request.page(), request.size());
    }
    SearchHits hits = backend.search(request);
    Set<String> marks = backend.marks(request.terms());
    List<SearchResults.Result> items = read(hits.hits(), marks);
    return new SearchResults(
        p.q().strip(),
        items,
        hits.total(),
        hits.exact(),
        hits.approximate(),
        request.page(),
        request.size());
  }

  private SearchRequest check(Params p) {
    List<FieldError> errors = new ArrayList<>();
    SearchTerms terms = SearchTerms.parse(p.q());
    SearchDocument.Kind kind = null;
    String k = blankToNull(p.kind());
    if (k != null) {
      switch (k) {
        case "topic" -> kind = SearchDocument.Kind.TOPIC;
        case "comment" -> kind = SearchDocument.Kind.COMMENT;
        default -> errors.add(unknown("kind"));
      }
    }
    String status = blankToNull(p.status());
    if (status != null && (status.equals("draft") || TopicStatus.fromCode(status).isEmpty())) {
      errors.add(unknown("status")); // drafts are never public, so never searched
    }
    String policyArea = blankToNull(p.policyArea());
    if (policyArea != null && policyAreas.find(policyArea).isEmpty()) {
      errors.add(unknown("policyArea"));
    }
    String area = blankToNull(p.area());
    if (area != null && !reference.isArea(area)) {
      errors.add(unknown("area"));
    }
    String district = blankToNull(p.district());
    if (district != null) {
      var d = reference.district(district);
      if (d.isEmpty()) {
        errors.add(unknown("district"));
      } else if (area != null && !area.equals(d.get().areaCode())) {
        errors.add(new FieldError("district", "validation.district.notInArea", Map.of()));
      } else {
        area = d.get().areaCode();
      }
    }
    Long topic = QueryParams.optionalLong("topic", p.topic());
    Instant from = instant(QueryParams.optionalDayStart("from", p.from(), 0));
    Instant to = instant(QueryParams.optionalDayStart("to", p.to(), 1));
    if (from != null && to != null && !from.isBefore(to)) {
      errors.add(new FieldError("to", "validation.search.period", Map.of()));
    }
    SearchRequest.Sort sort = SearchRequest.Sort.RELEVANCE;
    String s = blankToNull(p.sort());
    if (s != null) {
      switch (s) {
        case "relevance" -> sort = SearchRequest.Sort.RELEVANCE;
        case "newest" -> sort = SearchRequest.Sort.NEWEST;
        default -> errors.add(unknown("sort"));
      }
    }
    int size = QueryParams.intOr("size", p.size(), DEFAULT_SIZE);
    if (size < 1 || size > MAX_SIZE) {
      errors.add(new FieldError("size", "validation.range", Map.of("min", 1, "max", MAX_SIZE)));
      size = DEFAULT_SIZE;
    }
    int page = QueryParams.intOr("page", p.page(), 1);
    if (page < 1 || (long) page * size > SearchHits.EXACT_UP_TO) {
      errors.add(
          new FieldError(
              "page", "validation.range", Map.of("min", 1, "max", SearchHits.EXACT_UP_TO / size)));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    return new SearchRequest(
        terms, kind, status, policyArea, area, district, topic, from, to, sort, page, size);
  }

  /** The hits as they are now, in the hits' order; one statement, whatever the page size. */
  @SuppressWarnings("unchecked")
  private List<SearchResults.Result> read(List<SearchHits.Hit> hits, Set<String> marks) {
    if (hits.isEmpty()) {
      return List.of();
    }
    String comments = ids(hits, SearchDocument.Kind.COMMENT);
    String topics = ids(hits, SearchDocument.Kind.TOPIC);
    List<Object[]> rows =
        em.createNativeQuery(
                "select 'comment', c.id, c.topic_id, t.title, c.body, c.created_at, t.status,"
                    + " t.policy_area, t.scope_area, t.scope_district, a.id,"
                    + " a.display_name, a.withdrawn_at is not null, c.author_is_staff,"
                    + " cast(null as text), c.channel"
                    + " from comment c join topic t on t.id = c.topic_id"
                    + " join participant a on a.id = c.author_id"
                    + " where c.id = any(cast(?1 as bigint[])) and "
                    + Visibility.publicComment("c", "t")
                    + " union all select 'topic', t.id, t.id, t.title, t.body_markdown,"
                    + " coalesce(t.published_at, t.created_at), t.status, t.policy_area,"
                    + " t.scope_area, t.scope_district, null, null, false, false,"
                    + " (select r.body_markdown from official_response r where r.topic_id = t.id"
                    + " order by r.id desc limit 1), cast(null as varchar)"
                    + " from topic t where t.id = any(cast(?2 as bigint[])) and "
                    + Visibility.publicTopic("t"))
            .setParameter(1, comments)
            .setParameter(2, topics)
            .getResultList();
    Map<String, Object[]> byKey = new HashMap<>();
    rows.forEach(r -> byKey.put(r[0] + ":" + SqlValues.asLong(r[1]), r));
    List<SearchResults.Result> out = new ArrayList<>();
    for (SearchHits.Hit hit : hits) {
      Object[] r = byKey.get(hit.kind().code() + ":" + hit.id());
      if (r != null) {
        out.add(result(r, marks));
      }
    }
    return out;
  }

  private static SearchResults.Result result(Object[] r, Set<String> marks) {
    boolean topic = "topic".equals(r[0]);
    long id = SqlValues.asLong(r[1]);
    String title = (String) r[3];
    String text =
        topic
            ? MarkdownRenderer.toPlainText((String) r[4])
                + (r[14] == null ? "" : " " + MarkdownRenderer.toPlainText((String) r[14]))
            : (String) r[4];
    Snippets.Snippet snippet = Snippets.around(text, marks, SNIPPET_WIDTH);
    SearchResults.Author author = null;
    if (!topic && r[15] != null && !"web".equals(r[15])) {
      // an opinion staff entered on someone's behalf: how it was received, never an account
      author = new SearchResults.Author(null, null, false, false, (String) r[15]);
    } else if (!topic) {
      boolean withdrawn = (Boolean) r[12];
      author =
          new SearchResults.Author(
              withdrawn ? null : SqlValues.asLong(r[10]),
              withdrawn ? null : (String) r[11],
              Boolean.TRUE.equals(r[13]),
              withdrawn,
              null);
    }
    return new SearchResults.Result(
        topic ? "topic" : "comment",
        id,
        SqlValues.asLong(r[2]),
        title,
        topic ? Snippets.marked(title, marks) : Snippets.marked(title, List.of()),
        snippet.text(),
        snippet.html(),
        SqlValues.time(r[5]),
        (String) r[6],
        (String) r[7],
        (String) r[8],
        (String) r[9],
        author,
        (topic ? "/topic.xhtml?id=" : "/comment.xhtml?id=") + id);
  }

  private static String ids(List<SearchHits.Hit> hits, SearchDocument.Kind kind) {
    return hits.stream()
        .filter(h -> h.kind() == kind)
        .map(h -> String.valueOf(h.id()))
        .collect(Collectors.joining(",", "{", "}"));
  }

  private static Instant instant(java.time.OffsetDateTime t) {
    return t == null ? null : t.toInstant();
  }

  private static FieldError unknown(String field) {
    return new FieldError(field, "validation.code.unknown", Map.of());
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
