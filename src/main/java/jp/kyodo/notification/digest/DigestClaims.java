package jp.kyodo.notification.digest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import jp.kyodo.notification.Channel;
import jp.kyodo.platform.LockingReads;

/**
 * Phase 1 of a digest run: one {@code digest} row per participant who has undelivered notifications
 * for the channel and frequency created before the period's end. The unique key (participant,
 * channel, frequency, period start) makes it once: a second run, on this node or another, at once
 * or after a crash, inserts nothing new. Runs are serialised by an advisory lock so that they do
 * not wait on each other's rows.
 */
@ApplicationScoped
public class DigestClaims {
  /** The advisory lock key of phase 1 (any constant; only digest runs take it). */
  static final long OPEN_LOCK = 0x6b796f646f0001L;

  @PersistenceContext(unitName = "kyodo")
  EntityManager em;

  /** Inserts the period's missing digest rows; returns how many this call inserted. */
  @Transactional
  public int open(DigestPeriod period, Channel channel, OffsetDateTime now) {
    LockingReads.onTransactionConnection(em);
    em.createNativeQuery("select pg_advisory_xact_lock(?1)")
        .setParameter(1, OPEN_LOCK)
        .getSingleResult();
    return em.createNativeQuery(
            "insert into digest (participant_id, channel, frequency, period_start, period_end,"
                + " created_at)"
                + " select n.participant_id, ?1, ?2, cast(?3 as timestamptz),"
                + " cast(?4 as timestamptz), cast(?5 as timestamptz)"
                + " from notification n join participant p on p.id = n.participant_id"
                + " where n.delivered_at is null and n.channel = ?1 and n.frequency = ?2"
                + " and n.created_at < cast(?4 as timestamptz)"
                + " and p.withdrawn_at is null and p.email is not null"
                + " group by n.participant_id order by n.participant_id"
                + " on conflict (participant_id, channel, frequency, period_start) do nothing")
        .setParameter(1, channel.code())
        .setParameter(2, period.frequency().code())
        .setParameter(3, period.start())
        .setParameter(4, period.end())
        .setParameter(5, now)
        .executeUpdate();
  }

  /** The period's digests not yet sent. */
  @Transactional
  public long pending(DigestPeriod period, Channel channel) {
    return ((Number)
            em.createNativeQuery(
                    "select count(*) from digest where channel = ?1 and frequency = ?2"
                        + " and period_start = cast(?3 as timestamptz) and sent_at is null")
                .setParameter(1, channel.code())
                .setParameter(2, period.frequency().code())
                .setParameter(3, period.start())
                .getSingleResult())
        .longValue();
  }
}
