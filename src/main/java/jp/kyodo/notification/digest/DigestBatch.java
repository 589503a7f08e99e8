package jp.kyodo.notification.digest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import jp.kyodo.notification.EffectivePreference;
import jp.kyodo.notification.EventKind;
import jp.kyodo.notification.Visibility;
import jp.kyodo.platform.LockingReads;
import jp.kyodo.platform.SqlValues;

/**
 * Phase 2 of a digest run, one batch in one transaction: claim up to n unsent digests of the period
 * ({@code FOR UPDATE SKIP LOCKED}, so concurrent workers and nodes never take the same one), lock
 * their participants' undelivered notifications, hand each digest to its channel, and mark the
 * notifications delivered and the digests sent. If anything fails — the node dies, the connection
 * is cut — the whole batch rolls back: no mail was queued and the digests are pending again.
 *
 * <p>Notifications a digest no longer shows (a hidden or deleted comment, a kind the participant
 * has switched off or moved since) are settled with it but not listed; a digest left with nothing
 * to show is settled without a mail.
 */
@ApplicationScoped
public class DigestBatch {
  /** The connection's name while it runs a batch: operators see it in pg_stat_activity. */
  public static final String APPLICATION_NAME = "kyodo-digest";

  @PersistenceContext(unitName = "kyodo")
  EntityManager em;

  /** What one batch did. */
  public record Outcome(int digests, int mails) {}

  @Transactional
  public Outcome run(DigestPeriod period, DigestDelivery delivery, int size, OffsetDateTime now) {
    LockingReads.onTransactionConnection(em);
    em.createNativeQuery("set local application_name = '" + APPLICATION_NAME + "'").executeUpdate();
    String channel = delivery.channel().code();
    Map<Long, Long> digestOf = new LinkedHashMap<>(); // participant → digest
    Map<Long, DigestRecipient> recipients = new HashMap<>();
    for (Object[] r : claim(period, channel, size)) {
      long participant = SqlValues.asLong(r[1]);
      digestOf.put(participant, SqlValues.asLong(r[0]));
      recipients.put(
          participant,
          new DigestRecipient(
              participant,
              (String) r[2],
              (String) r[3],
              (String) r[4],
              UUID.fromString(String.valueOf(r[5]))));
    }
    if (digestOf.isEmpty()) {
      return new Outcome(0, 0);
    }
    String participants = array(digestOf.keySet());
    Map<Long, Map<String, EffectivePreference>> preferences = preferences(participants);
    Map<Long, List<DigestItem>> shown = new HashMap<>();
    List<Long> settled = new ArrayList<>();
    List<Long> settledIn = new ArrayList<>();
    for (Object[] r : notifications(period, channel, participants)) {
      long participant = SqlValues.asLong(r[1]);
      settled.add(SqlValues.asLong(r[0]));
      settledIn.add(digestOf.get(participant));
      EventKind kind = EventKind.of((String) r[2]).orElse(null);
      if (kind == null || !Boolean.TRUE.equals(r[8])) {
        continue;
      }
      EffectivePreference current =
          preferences
              .getOrDefault(participant, Map.of())
              .getOrDefault(kind.code(), EffectivePreference.of(kind, null, null));
      if (!current.routesTo(delivery.channel(), period.frequency())) {
        continue;
      }
      shown
          .computeIfAbsent(participant, p -> new ArrayList<>())
          .add(
              new DigestItem(
                  SqlValues.asLong(r[0]),
                  kind,
                  (String) r[9],
                  SqlValues.asLong(r[3]),
                  (String) r[4],
                  SqlValues.asLong(r[5]),
                  ((Number) r[6]).intValue(),
                  SqlValues.time(r[7])));
    }
    int mails = 0;
    for (Long participant : digestOf.keySet()) {
      List<DigestItem> items = shown.get(participant);
      if (items != null) {
        delivery.deliver(digestOf.get(participant), recipients.get(participant), period, items);
        mails++;
      }
    }
    if (!settled.isEmpty()) {
      em.createNativeQuery(
              "update notification n set delivered_at = cast(?1 as timestamptz),"
                  + " digest_id = x.digest from (select unnest(cast(?2 as bigint[])) id,"
                  + " unnest(cast(?3 as bigint[])) digest) x where n.id = x.id")
          .setParameter(1, now)
          .setParameter(2, array(settled))
          .setParameter(3, array(settledIn))
          .executeUpdate();
    }
    em.createNativeQuery(
            "update digest set sent_at = cast(?1 as timestamptz)"
                + " where id = any(cast(?2 as bigint[]))")
        .setParameter(1, now)
        .setParameter(2, array(digestOf.values()))
        .executeUpdate();
    return new Outcome(digestOf.size(), mails);
  }

  @SuppressWarnings("unchecked")
  private List<Object[]> claim(DigestPeriod period, String channel, int size) {
    return em.createNativeQuery(
            "select d.id, d.participant_id, p.email, p.display_name, p.preferred_language,"
                + " cast(p.unsubscribe_key as text)"
                + " from digest d join participant p on p.id = d.participant_id"
                + " where d.channel = ?1 and d.frequency = ?2"
                + " and d.period_start = cast(?3 as timestamptz) and d.sent_at is null"
                + " and p.email is not null"
                + " order by d.id limit ?4 for update of d skip locked")
        .setParameter(1, channel)
        .setParameter(2, period.frequency().code())
        .setParameter(3, period.start())
        .setParameter(4, size)
        .getResultList();
  }

  /**
   * The participants' undelivered notifications of the period, locked in one order (so that two
   * runs of different periods never both list one, and never deadlock).
   */
  @SuppressWarnings("unchecked")
  private List<Object[]> notifications(DigestPeriod period, String channel, String participants) {
    return em.createNativeQuery(
            "select n.id, n.participant_id, n.kind, n.topic_id, t.title, n.comment_id, "
                + Visibility.COUNT
                + ", n.updated_at, ("
                + Visibility.SHOWN
                + "), n.detail"
                + " from notification n left join topic t on t.id = n.topic_id"
                + " where n.participant_id = any(cast(?1 as bigint[])) and n.channel = ?2"
                + " and n.frequency = ?3 and n.delivered_at is null"
                + " and n.created_at < cast(?4 as timestamptz)"
                + " order by n.participant_id, n.id for update of n")
        .setParameter(1, participants)
        .setParameter(2, channel)
        .setParameter(3, period.frequency().code())
        .setParameter(4, period.end())
        .getResultList();
  }

  private Map<Long, Map<String, EffectivePreference>> preferences(String participants) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select participant_id, event_kind, channel, frequency"
                    + " from notification_preference where participant_id = any(cast(?1 as bigint[]))")
            .setParameter(1, participants)
            .getResultList();
    Map<Long, Map<String, EffectivePreference>> map = new HashMap<>();
    for (Object[] r : rows) {
      EventKind.of((String) r[1])
          .ifPresent(
              k ->
                  map.computeIfAbsent(SqlValues.asLong(r[0]), p -> new HashMap<>())
                      .put(k.code(), EffectivePreference.of(k, (String) r[2], (String) r[3])));
    }
    return map;
  }

  /** A PostgreSQL array literal of ids, bound as one parameter: {1,2,3}. */
  static String array(java.util.Collection<Long> ids) {
    return jp.kyodo.platform.SqlValues.idArray(ids);
  }
}
