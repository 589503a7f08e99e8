package jp.kyodo.topic;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jp.kyodo.platform.InvalidInputException;
import jp.kyodo.platform.SqlValues;
import jp.kyodo.reference.ReferenceData;
import jp.kyodo.security.Actor;
import jp.kyodo.security.CurrentActor;
import jp.kyodo.security.ForumPolicy;

/** Reading topics: one topic with its answer, and the filtered, sorted, paged list. */
@ApplicationScoped
public class TopicQueries {
  public static final int MAX_PAGE_SIZE = 100;

  @PersistenceContext(unitName = "kyodo")
  EntityManager em;

  @Inject TopicRepository topics;
  @Inject OfficialResponses responses;
  @Inject CurrentActor currentActor;
  @Inject ForumPolicy policy;
  @Inject Clock clock;
  @Inject ReferenceData reference;

  /** Filters and order of the topic list; null means "any". */
  public record Filter(
      String status,
      String policyArea,
      String area,
      String district,
      String sort,
      int page,
      int size) {}

  /** One line of the topic list. */
  public record TopicSummary(
      long id,
      String title,
      String policyArea,
      String scopeArea,
      String scopeDistrict,
      String department,
      String status,
      OffsetDateTime opensAt,
      OffsetDateTime closesAt,
      OffsetDateTime publishedAt,
      int commentCount,
      int participantCount,
      OffsetDateTime lastActivityAt,
      String responseStatus) {}

  /** A page of the topic list. */
  public record TopicListing(List<TopicSummary> items, long total, int page, int size) {}

  public TopicView view(long id) {
    return view(id, currentActor.get());
  }

  TopicView view(long id, Actor actor) {
    Topic topic = topics.visible(id, policy.canSeeDraftTopics(actor));
    return TopicView.of(
        topic,
        topic.acceptsComments(OffsetDateTime.now(clock)),
        responses.current(id).orElse(null));
  }

  @SuppressWarnings("unchecked")
  public TopicListing list(Filter filter) {
    Actor actor = currentActor.get();
    List<InvalidInputException.FieldError> errors = new ArrayList<>();
    StringBuilder where = new StringBuilder(" where 1 = 1");
    List<Object> params = new ArrayList<>();
    if (filter.status() == null) {
      where.append(" and t.status <> 'draft'");
    } else if (TopicStatus.fromCode(filter.status()).isEmpty()) {
      errors.add(error("status"));
    } else if (filter.status().equals("draft") && !policy.canSeeDraftTopics(actor)) {
      errors.add(error("status"));
    } else {
      params.add(filter.status());
      where.append(" and t.status = ?").append(params.size());
    }
    addEquals(where, params, "t.policy_area", filter.policyArea());
    addPlace(where, params, filter.area(), filter.district(), errors);
    String order =
        switch (filter.sort() == null ? "newest" : filter.sort()) {
          case "newest" -> " order by t.published_at desc nulls last, t.id desc";
          case "closing" -> " order by t.closes_at asc, t.id";
          case "active" -> " order by t.last_activity_at desc nulls last, t.id desc";
          default -> {
            errors.add(error("sort"));
            yield "";
          }
        };
    if (filter.page() < 1) {
      errors.add(error("page"));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    int size = Math.max(1, Math.min(filter.size(), MAX_PAGE_SIZE));
    // the page is cut first and only its rows look up their official response: in one flat
    // select the window count made PostgreSQL run that look-up for every matching topic
    Query q =
        em.createNativeQuery(
            "select p.id, p.title, p.policy_area, p.scope_area, p.scope_district, p.department,"
                + " p.status, p.opens_at, p.closes_at, p.published_at, p.comment_count,"
                + " p.participant_count, p.last_activity_at,"
                + " (select r.status from official_response r where r.topic_id = p.id"
                + " order by r.id desc limit 1), p.total"
                + " from (select t.id, t.title, t.policy_area, t.scope_area, t.scope_district,"
                + " t.department, t.status, t.opens_at, t.closes_at, t.published_at,"
                + " t.comment_count, t.participant_count, t.last_activity_at,"
                + " count(*) over () as total, row_number() over ("
                + order
                + ") as position from topic t"
                + where
                + order
                + " limit "
                + size
                + " offset "
                + (long) (filter.page() - 1) * size
                + ") p order by p.position");
    for (int i = 0; i < params.size(); i++) {
      q.setParameter(i + 1, params.get(i));
    }
    List<Object[]> rows = q.getResultList();
    long total = rows.isEmpty() ? countOnly(where, params) : ((Number) rows.get(0)[14]).longValue();
    return new TopicListing(
        rows.stream().map(TopicQueries::summary).toList(), total, filter.page(), size);
  }

  /** A topic whose ward answer was published, with when and what it says. */
  public record Answered(
      long id, String title, String responseStatus, OffsetDateTime answeredAt, int commentCount) {}

  /** The topics whose 区の考え方 was published most recently, newest first. */
  @SuppressWarnings("unchecked")
  public List<Answered> recentlyAnswered(int limit) {
    List<Object[]> rows =
        em.createNativeQuery(
                "select t.id, t.title, r.status, r.published_at, t.comment_count from topic t"
                    + " join lateral (select status, published_at from official_response"
                    + " where topic_id = t.id order by id desc limit 1) r on true"
                    + " where t.status <> 'draft' and t.hidden_reason is null"
                    + " order by r.published_at desc, t.id desc limit ?1")
            .setParameter(1, Math.max(1, Math.min(limit, MAX_PAGE_SIZE)))
            .getResultList();
    return rows.stream()
        .map(
            r ->
                new Answered(
                    SqlValues.asLong(r[0]),
                    (String) r[1],
                    (String) r[2],
                    SqlValues.time(r[3]),
                    ((Number) r[4]).intValue()))
        .toList();
  }

  private long countOnly(StringBuilder where, List<Object> params) {
    Query q = em.createNativeQuery("select count(*) from topic t" + where);
    for (int i = 0; i < params.size(); i++) {
      q.setParameter(i + 1, params.get(i));
    }
    return ((Number) q.getSingleResult()).longValue();
  }

  /**
   * Topics that concern a place: ward-wide topics concern everyone, so they are always in; an area
   * brings its own topics and those of its districts; a district brings its own and its area's
   * area-wide topics. An unknown code is a 400 naming the field, not an empty list.
   */
  private void addPlace(
      StringBuilder where,
      List<Object> params,
      String area,
      String district,
      List<InvalidInputException.FieldError> errors) {
    if (area != null && !area.isBlank()) {
      if (!reference.isArea(area)) {
        errors.add(error("area"));
      } else {
        params.add(area);
        where.append(" and (t.scope_area is null or t.scope_area = ?").append(params.size());
        where.append(")");
      }
    }
    if (district != null && !district.isBlank()) {
      var known = reference.district(district);
      if (known.isEmpty()) {
        errors.add(error("district"));
      } else {
        params.add(known.get().areaCode());
        params.add(district);
        where
            .append(" and (t.scope_area is null or (t.scope_area = ?")
            .append(params.size() - 1)
            .append(" and (t.scope_district is null or t.scope_district = ?")
            .append(params.size())
            .append(")))");
      }
    }
  }

  private static void addEquals(
      StringBuilder where, List<Object> params, String column, String value) {
    if (value != null && !value.isBlank()) {
      params.add(value);
      where.append(" and ").append(column).append(" = ?").append(params.size());
    }
  }

  private static InvalidInputException.FieldError error(String field) {
    return new InvalidInputException.FieldError(field, "validation.code.unknown", Map.of());
  }

  private static TopicSummary summary(Object[] r) {
    return new TopicSummary(
        ((Number) r[0]).longValue(),
        (String) r[1],
        (String) r[2],
        (String) r[3],
        (String) r[4],
        (String) r[5],
        (String) r[6],
        SqlValues.time(r[7]),
        SqlValues.time(r[8]),
        SqlValues.time(r[9]),
        ((Number) r[10]).intValue(),
        ((Number) r[11]).intValue(),
        SqlValues.time(r[12]),
        (String) r[13]);
  }
}
