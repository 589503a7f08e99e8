package jp.kyodo.notification.line;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import jp.kyodo.notification.EventKind;
import jp.kyodo.notification.NotificationTexts;
import jp.kyodo.notification.Visibility;
import jp.kyodo.platform.Messages;

/**
 * Delivers one waiting instant LINE notification per call, in its own transaction: claims the
 * oldest due row ({@code for update skip locked}, so nodes never take the same one), checks that
 * the recipient may still see what it is about, pushes it, and records what became of it.
 *
 * <ul>
 *   <li>accepted by LINE (2xx, or 409 for a retry key it already accepted): delivered;
 *   <li>not linked, or LINE is off, or the item is no longer visible: marked delivered without a
 *       push, with {@code delivery_note} {@code not_linked} or {@code not_visible};
 *   <li>429, 5xx or no answer: left waiting, {@code attempts} + 1, {@code retry_at} later
 *       (doubling); after {@link #MAX_ATTEMPTS} marked delivered with {@code gave_up};
 *   <li>another 4xx: marked delivered with {@code refused_<status>}.
 * </ul>
 */
@ApplicationScoped
public class LineNotifications {
  static final int MAX_ATTEMPTS = 10;
  private static final Logger LOG = Logger.getLogger(LineNotifications.class.getName());

  @PersistenceContext(unitName = "kyodo")
  EntityManager em;

  @Inject Clock clock;
  @Inject Visibility visibility;
  @Inject LinePush push;
  @Inject LineTexts texts;
  @Inject LineSettings settings;

  private record Waiting(
      long id,
      long participantId,
      String kind,
      Long topicId,
      Long commentId,
      int count,
      int attempts,
      String language,
      String topicTitle,
      String detail) {}

  /** Handles the oldest due notification; false when none is due. */
  @Transactional
  public boolean deliverNext() {
    OffsetDateTime now = OffsetDateTime.now(clock);
    Optional<Waiting> claimed = claim(now);
    if (claimed.isEmpty()) {
      return false;
    }
    Waiting n = claimed.get();
    Optional<EventKind> kind = EventKind.of(n.kind());
    if (kind.isEmpty() || !visibility.canSee(n.participantId(), n.topicId(), n.commentId())) {
      finish(n.id(), now, "not_visible");
      return true;
    }
    String text =
        texts.of(
            Messages.ofPreference(n.language()),
            new NotificationTexts.Item(
                n.kind(), n.detail(), n.topicId(), n.topicTitle(), n.commentId(), n.count()));
    LinePush.Result result =
        push.send(n.participantId(), text, LinePush.retryKey(retryKeyName(n.id(), n.count())));
    switch (result.outcome()) {
      case SENT -> finish(n.id(), now, null);
      case NOT_LINKED -> finish(n.id(), now, "not_linked");
      case REFUSED -> {
        LOG.warning(() -> "LINE refused notification " + n.id() + ": " + result.lineStatus());
        finish(n.id(), now, "refused_" + result.lineStatus());
      }
      case RETRY_LATER -> retryLater(n, now, result.lineStatus());
    }
    return true;
  }

  /**
   * The name its retry key is derived from: the same on every attempt of this notification as long
   * as it says the same (a row that counts more opinions since is a new message).
   */
  static String retryKeyName(long notificationId, int count) {
    return "notification:" + notificationId + ":" + count;
  }

  private Optional<Waiting> claim(OffsetDateTime now) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select n.id, n.participant_id, n.kind, n.topic_id, n.comment_id, n.count,"
                    + " n.attempts, p.preferred_language, t.title, n.detail"
                    + " from notification n join participant p on p.id = n.participant_id"
                    + " left join topic t on t.id = n.topic_id"
                    // constants written out, so that the plan can use the instant-delivery index
                    + " where n.channel = 'line' and n.frequency = 'instant'"
                    + " and n.delivered_at is null and (n.retry_at is null or n.retry_at <= ?1)"
                    + " order by n.id limit 1 for update of n skip locked")
            .setParameter(1, now)
            .getResultList();
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    Object[] r = rows.get(0);
    return Optional.of(
        new Waiting(
            ((Number) r[0]).longValue(),
            ((Number) r[1]).longValue(),
            (String) r[2],
            r[3] == null ? null : ((Number) r[3]).longValue(),
            r[4] == null ? null : ((Number) r[4]).longValue(),
            ((Number) r[5]).intValue(),
            ((Number) r[6]).intValue(),
            (String) r[7],
            (String) r[8],
            (String) r[9]));
  }

  private void finish(long id, OffsetDateTime now, String note) {
    em.createNativeQuery(
            "update notification set delivered_at = ?1, delivery_note = ?2, retry_at = null,"
                + " attempts = attempts + ?3 where id = ?4")
        .setParameter(1, now)
        .setParameter(2, note)
        .setParameter(3, note == null || note.startsWith("refused") ? 1 : 0)
        .setParameter(4, id)
        .executeUpdate();
  }

  private void retryLater(Waiting n, OffsetDateTime now, int status) {
    int attempts = n.attempts() + 1;
    if (attempts >= MAX_ATTEMPTS) {
      LOG.warning(() -> "Gave up on LINE notification " + n.id() + " after " + attempts);
      em.createNativeQuery(
              "update notification set delivered_at = ?1, delivery_note = 'gave_up',"
                  + " attempts = ?2, retry_at = null where id = ?3")
          .setParameter(1, now)
          .setParameter(2, attempts)
          .setParameter(3, n.id())
          .executeUpdate();
      return;
    }
    LOG.info(() -> "LINE answered " + status + " to notification " + n.id() + "; will retry");
    em.createNativeQuery("update notification set attempts = ?1, retry_at = ?2 where id = ?3")
        .setParameter(1, attempts)
        .setParameter(2, now.plus(settings.retryDelay(attempts)))
        .setParameter(3, n.id())
        .executeUpdate();
  }
}
