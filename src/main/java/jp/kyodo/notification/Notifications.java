package jp.kyodo.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import jp.kyodo.platform.AuthenticationRequiredException;
import jp.kyodo.platform.ResourceNotFoundException;
import jp.kyodo.platform.SqlValues;
import jp.kyodo.security.Actor;
import jp.kyodo.security.CurrentActor;

/**
 * A participant's notifications in the site: the list (newest activity first), the unread count of
 * the header, and read marks. What is no longer public (a hidden, held or deleted comment, a topic
 * back in draft) drops out of the list and the count, whatever its row says ({@link Visibility}).
 */
@ApplicationScoped
public class Notifications {
  public static final int PAGE_SIZE = 20;

  /** Rows whose subject the recipient may still see. */
  private static final String SHOWN = " and " + Visibility.SHOWN;

  @PersistenceContext(unitName = "kyodo")
  EntityManager em;

  @Inject CurrentActor currentActor;
  @Inject NotificationTexts texts;
  @Inject Clock clock;

  /** One notification as the participant reads it. */
  public record Notice(
      long id,
      String kind,
      String detail,
      String text,
      Long topicId,
      String topicTitle,
      Long commentId,
      int count,
      OffsetDateTime at,
      boolean read,
      String path) {}

  /** A page, newest first; {@code nextBefore} continues it (null: no more). */
  public record NoticePage(List<Notice> items, long unread, Long nextBefore) {}

  public NoticePage list(Locale locale, boolean unreadOnly, Long before) {
    long me = signedIn().id();
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select n.id, n.kind, n.detail, n.topic_id, t.title, n.comment_id, "
                    + Visibility.COUNT
                    + ","
                    + " n.updated_at, n.read_at is not null"
                    + " from notification n left join topic t on t.id = n.topic_id"
                    + " where n.participant_id = ?1"
                    + (unreadOnly ? " and n.read_at is null" : "")
                    + " and n.id < ?2"
                    + SHOWN
                    + " order by n.id desc limit ?3")
            .setParameter(1, me)
            .setParameter(2, before == null ? Long.MAX_VALUE : before)
            .setParameter(3, PAGE_SIZE + 1)
            .getResultList();
    boolean more = rows.size() > PAGE_SIZE;
    List<Notice> items = rows.stream().limit(PAGE_SIZE).map(r -> notice(locale, r)).toList();
    return new NoticePage(items, unread(me), more ? items.get(items.size() - 1).id() : null);
  }

  /** My unread count; a visitor is asked to sign in. */
  public long myUnreadCount() {
    return unread(signedIn().id());
  }

  /** The header's count; 0 for a visitor. */
  public long unreadCount() {
    Actor actor = currentActor.get();
    return actor.isAuthenticated() ? unread(actor.id()) : 0;
  }

  /** Marks one of my notifications read (again: no change). Someone else's is not found. */
  @Transactional
  public void markRead(long id) {
    int changed =
        em.createNativeQuery(
                "update notification set read_at = coalesce(read_at, ?1)"
                    + " where id = ?2 and participant_id = ?3")
            .setParameter(1, OffsetDateTime.now(clock))
            .setParameter(2, id)
            .setParameter(3, signedIn().id())
            .executeUpdate();
    if (changed == 0) {
      throw new ResourceNotFoundException("notification");
    }
  }

  /**
   * Opens one of my notifications from the list: marks it read and answers the path of the page it
   * leads to (always its own topic or comment, never an address from outside). One I may no longer
   * see, or someone else's, is not found.
   */
  @Transactional
  public String open(long id) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select n.kind, n.topic_id, n.comment_id from notification n"
                    + " where n.id = ?1 and n.participant_id = ?2"
                    + SHOWN)
            .setParameter(1, id)
            .setParameter(2, signedIn().id())
            .getResultList();
    if (rows.isEmpty()) {
      throw new ResourceNotFoundException("notification");
    }
    Object[] r = rows.get(0);
    markRead(id);
    return NotificationTexts.path(
        new NotificationTexts.Item(
            (String) r[0],
            null,
            r[1] == null ? null : ((Number) r[1]).longValue(),
            null,
            r[2] == null ? null : ((Number) r[2]).longValue(),
            1));
  }

  /** Marks every notification of mine read; returns how many were unread. */
  @Transactional
  public int markAllRead() {
    return em.createNativeQuery(
            "update notification set read_at = ?1 where participant_id = ?2 and read_at is null")
        .setParameter(1, OffsetDateTime.now(clock))
        .setParameter(2, signedIn().id())
        .executeUpdate();
  }

  private long unread(long participantId) {
    Number n =
        (Number)
            em.createNativeQuery(
                    "select count(*) from notification n where n.participant_id = ?1"
                        + " and n.read_at is null"
                        + SHOWN)
                .setParameter(1, participantId)
                .getSingleResult();
    return n.longValue();
  }

  private Notice notice(Locale locale, Object[] r) {
    NotificationTexts.Item item =
        new NotificationTexts.Item(
            (String) r[1],
            (String) r[2],
            r[3] == null ? null : ((Number) r[3]).longValue(),
            (String) r[4],
            r[5] == null ? null : ((Number) r[5]).longValue(),
            ((Number) r[6]).intValue());
    return new Notice(
        ((Number) r[0]).longValue(),
        item.kind(),
        item.detail(),
        NotificationTexts.sentence(locale, item),
        item.topicId(),
        item.topicTitle(),
        item.commentId(),
        item.count(),
        SqlValues.time(r[7]),
        Boolean.TRUE.equals(r[8]),
        NotificationTexts.path(item));
  }

  private Actor signedIn() {
    Actor actor = currentActor.get();
    if (!actor.isAuthenticated()) {
      throw new AuthenticationRequiredException();
    }
    return actor;
  }
}
