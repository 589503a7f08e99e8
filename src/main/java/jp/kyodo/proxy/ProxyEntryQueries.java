package jp.kyodo.proxy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import jp.kyodo.platform.InvalidInputException;
import jp.kyodo.platform.QueryParams;
import jp.kyodo.platform.SqlValues;

/** A topic's opinions entered on someone's behalf, with where each came from, for staff. */
@ApplicationScoped
public class ProxyEntryQueries {
  static final int DEFAULT_LIMIT = 50;
  static final int MAX_LIMIT = 200;

  @PersistenceContext(unitName = "kyodo")
  EntityManager em;

  @Inject ProxyEntryService service;

  /**
   * One entry: its comment (id, status, text as its enterer sees it), how, when and where it was
   * received, the person's profile answers and participant (if any), who entered it and when, and
   * whether it came from a CSV import.
   */
  public record ProxyEntryView(
      long commentId,
      String status,
      String body,
      String channel,
      LocalDate receivedOn,
      String place,
      String ageBand,
      String areaCode,
      String districtCode,
      String relation,
      Long participantId,
      long enteredBy,
      OffsetDateTime enteredAt,
      boolean imported) {}

  /** A page of entries, oldest first; {@code nextAfter} continues it (null at the end). */
  public record ProxyEntryPage(List<ProxyEntryView> items, Long nextAfter) {}

  /** Entries after the comment id {@code after} (absent: from the first); 401/403/404 first. */
  @Transactional(Transactional.TxType.SUPPORTS)
  @SuppressWarnings("unchecked")
  public ProxyEntryPage list(long topicId, String after, String limit) {
    service.topic(topicId, service.enterer());
    Long from = QueryParams.optionalLong("after", after);
    int size = QueryParams.intOr("limit", limit, DEFAULT_LIMIT);
    if (size < 1 || size > MAX_LIMIT) {
      throw InvalidInputException.of(
          "limit", "validation.range", Map.of("min", 1, "max", MAX_LIMIT));
    }
    List<Object[]> rows =
        em.createNativeQuery(
                "select c.id, c.status, case when c.status <> 'deleted' then c.body end,"
                    + " c.channel, pe.received_on, pe.place, pe.age_band, pe.area_code,"
                    + " pe.district_code, pe.relation, pe.participant_id, pe.entered_by,"
                    + " pe.entered_at, pe.import_key is not null"
                    + " from comment c join proxy_entry pe on pe.comment_id = c.id"
                    + " where c.topic_id = ?1 and c.channel <> 'web' and c.id > ?2"
                    + " order by c.id limit ?3")
            .setParameter(1, topicId)
            .setParameter(2, from == null ? 0L : from)
            .setParameter(3, size + 1)
            .getResultList();
    List<ProxyEntryView> items = rows.stream().limit(size).map(ProxyEntryQueries::view).toList();
    Long next = rows.size() > size ? items.get(items.size() - 1).commentId() : null;
    return new ProxyEntryPage(items, next);
  }

  private static ProxyEntryView view(Object[] r) {
    Object day = r[4];
    return new ProxyEntryView(
        SqlValues.asLong(r[0]),
        (String) r[1],
        (String) r[2],
        (String) r[3],
        day instanceof LocalDate d ? d : ((java.sql.Date) day).toLocalDate(),
        (String) r[5],
        (String) r[6],
        (String) r[7],
        (String) r[8],
        (String) r[9],
        SqlValues.asLong(r[10]),
        SqlValues.asLong(r[11]),
        SqlValues.time(r[12]),
        Boolean.TRUE.equals(r[13]));
  }
}
