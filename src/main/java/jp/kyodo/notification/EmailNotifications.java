package jp.kyodo.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import jp.kyodo.platform.Messages;

/**
 * Mails the notifications whose recipients chose e-mail at once: claims a batch of undelivered rows
 * ({@code FOR UPDATE SKIP LOCKED}), writes each as a mail in the recipient's language into the
 * outbox with its one-click unsubscribe link, and marks it delivered, in one transaction. A
 * notification whose comment is no longer public is marked delivered without a mail.
 */
@ApplicationScoped
public class EmailNotifications {
  static final int SIZE = 200;

  @PersistenceContext(unitName = "kyodo")
  EntityManager em;

  @Inject Clock clock;
  @Inject MailOutbox outbox;
  @Inject NotificationTexts texts;
  @Inject Unsubscribe unsubscribe;

  /** Mails up to {@link #SIZE} notifications; returns how many it took. */
  @Transactional
  public int run() {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select n.id, n.kind, n.detail, n.topic_id, t.title, n.comment_id, "
                    + Visibility.COUNT
                    + ","
                    + " p.email, p.display_name, p.preferred_language, p.unsubscribe_key,"
                    + " ("
                    + Visibility.SHOWN
                    + "), p.withdrawn_at is null"
                    + " from notification n join participant p on p.id = n.participant_id"
                    + " left join topic t on t.id = n.topic_id"
                    + " where n.channel = 'email' and n.frequency = 'instant'"
                    + " and n.delivered_at is null"
                    + " order by n.id limit ?1 for update of n skip locked")
            .setParameter(1, SIZE)
            .getResultList();
    if (rows.isEmpty()) {
      return 0;
    }
    List<Long> done = new ArrayList<>();
    for (Object[] r : rows) {
      done.add(((Number) r[0]).longValue());
      boolean shown = Boolean.TRUE.equals(r[11]) && Boolean.TRUE.equals(r[12]);
      if (!shown) {
        continue; // hidden, held or deleted since, or the recipient left: nothing to tell
      }
      NotificationTexts.Item item =
          new NotificationTexts.Item(
              (String) r[1],
              (String) r[2],
              r[3] == null ? null : ((Number) r[3]).longValue(),
              (String) r[4],
              r[5] == null ? null : ((Number) r[5]).longValue(),
              ((Number) r[6]).intValue());
      Locale locale = Messages.ofPreference((String) r[9]);
      EventKind kind = EventKind.of(item.kind()).orElseThrow();
      String stop = unsubscribe.link((UUID) r[10], kind);
      Map<String, Object> args = new HashMap<>();
      args.put("name", r[8]);
      args.put("sentence", NotificationTexts.sentence(locale, item));
      args.put("link", texts.link(item));
      args.put("unsubscribe", unsubscribe.page((UUID) r[10], kind)); // a page: GET changes nothing
      outbox.enqueue(
          (String) r[7],
          Messages.format(locale, "mail.notification.subject", args),
          Messages.format(locale, "mail.notification.body", args),
          stop);
    }
    em.createNativeQuery(
            "update notification set delivered_at = ?1 where id = any(cast(?2 as bigint[]))")
        .setParameter(1, OffsetDateTime.now(clock))
        .setParameter(2, FanOutBatch.array(done))
        .executeUpdate();
    return rows.size();
  }
}
