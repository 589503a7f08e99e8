package jp.kyodo.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;

/**
 * Records, once per topic, that it closes within three days and that it closed (by staff or at the
 * end of its period). Only recent closings count, so switching this on does not announce the past.
 */
@ApplicationScoped
public class ClosingNotices {
  @PersistenceContext(unitName = "kyodo")
  EntityManager em;

  @Inject Clock clock;
  @Inject NotificationEvents events;

  @Transactional
  public int record() {
    OffsetDateTime now = OffsetDateTime.now(clock);
    int soon =
        em.createNativeQuery(
                "insert into notification_event (kind, detail, topic_id, occurred_at)"
                    + " select ?1, 'soon', t.id, ?2 from topic t where t.status = 'open'"
                    + " and t.closes_at > ?2 and t.closes_at <= cast(?2 as timestamptz) + interval '3 days'"
                    + " on conflict (topic_id, detail) where kind = 'topic_closing' do nothing")
            .setParameter(1, NotificationEvents.CLOSING)
            .setParameter(2, now)
            .executeUpdate();
    int closed =
        em.createNativeQuery(
                "insert into notification_event (kind, detail, topic_id, occurred_at)"
                    + " select ?1, 'closed', t.id, ?2 from topic t"
                    + " where (t.status = 'closed' and t.closed_at > cast(?2 as timestamptz) - interval '1 day')"
                    + " or (t.status = 'open' and t.closes_at <= ?2"
                    + " and t.closes_at > cast(?2 as timestamptz) - interval '1 day')"
                    + " on conflict (topic_id, detail) where kind = 'topic_closing' do nothing")
            .setParameter(1, NotificationEvents.CLOSING)
            .setParameter(2, now)
            .executeUpdate();
    if (soon + closed > 0) {
      events.wake();
    }
    return soon + closed;
  }
}
