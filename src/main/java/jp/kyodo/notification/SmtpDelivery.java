package jp.kyodo.notification;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends queued mail over SMTP when {@code kyodo.smtp.host} is configured; without it the outbox
 * simply keeps the mail for administrators. Runs after the queuing transaction commits, so a mail
 * never leaves for a change that rolled back.
 */
@ApplicationScoped
public class SmtpDelivery {
  private static final Logger LOG = Logger.getLogger(SmtpDelivery.class.getName());
  private static final int MAX_ATTEMPTS = 5;

  @PersistenceContext(unitName = "kyodo")
  EntityManager em;

  @Inject SmtpSettings settings;
  @Inject Clock clock;

  @Resource ManagedExecutorService executor;

  @Inject SmtpDelivery self;

  void onQueued(@Observes(during = TransactionPhase.AFTER_SUCCESS) MailOutbox.MailQueued queued) {
    if (settings.enabled()) {
      executor.execute(() -> self.deliver(queued.mailId()));
    }
  }

  /** Sends one mail unless another worker has it locked or it was already sent. */
  @Transactional
  public void deliver(long mailId) {
    @SuppressWarnings("unchecked")
    List<Long> locked =
        em.createNativeQuery(
                "select id from outbound_mail where id = ?1 and sent_at is null and attempts < ?2"
                    + " for update skip locked")
            .setParameter(1, mailId)
            .setParameter(2, MAX_ATTEMPTS)
            .getResultList();
    if (locked.isEmpty()) {
      return;
    }
    OutboundMail mail = em.find(OutboundMail.class, mailId);
    try {
      settings.send(mail.recipient(), mail.subject(), mail.body(), mail.listUnsubscribe());
      mail.markSent(OffsetDateTime.now(clock));
    } catch (Exception e) {
      LOG.log(Level.WARNING, "Could not send mail " + mailId, e);
      mail.markFailed(e.getMessage());
    }
  }
}
