package jp.kyodo.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import jp.kyodo.audit.AuditLog;
import jp.kyodo.security.Actor;
import jp.kyodo.security.CurrentActor;
import jp.kyodo.security.ForumPolicy;

/**
 * Every outgoing mail goes through here. It is stored with the change that caused it; with SMTP
 * configured {@link SmtpDelivery} sends it after commit, otherwise administrators read it here.
 */
@ApplicationScoped
public class MailOutbox {
  @PersistenceContext(unitName = "kyodo")
  EntityManager em;

  @Inject Clock clock;
  @Inject Event<MailQueued> queued;
  @Inject CurrentActor currentActor;
  @Inject ForumPolicy policy;
  @Inject AuditLog auditLog;

  /** Fired for every queued mail; delivery observes it after the transaction succeeds. */
  public record MailQueued(long mailId) {}

  @Transactional(Transactional.TxType.MANDATORY)
  public void enqueue(String recipient, String subject, String body) {
    enqueue(recipient, subject, body, null);
  }

  /**
   * A notification mail: {@code listUnsubscribe} is the absolute one-click unsubscribe link that
   * delivery writes as RFC 8058's {@code List-Unsubscribe} and {@code List-Unsubscribe-Post}.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void enqueue(String recipient, String subject, String body, String listUnsubscribe) {
    OutboundMail mail =
        new OutboundMail(recipient, subject, body, listUnsubscribe, OffsetDateTime.now(clock));
    em.persist(mail);
    em.flush();
    queued.fire(new MailQueued(mail.id()));
  }

  /** Newest first; reading addresses is access to personal data, so it is audited. */
  @Transactional
  public List<OutboxEntry> read(String recipient, int limit) {
    Actor actor = currentActor.get();
    policy.require(policy.canReadOutbox(actor), actor);
    String jpql =
        recipient == null
            ? "select m from OutboundMail m order by m.id desc"
            : "select m from OutboundMail m where lower(m.recipient) = lower(:r) order by m.id desc";
    var query =
        em.createQuery(jpql, OutboundMail.class).setMaxResults(Math.max(1, Math.min(limit, 200)));
    if (recipient != null) {
      query.setParameter("r", recipient);
    }
    auditLog.record(
        actor, "outbox.read", "outbox", null, null, recipient == null ? null : "recipient filter");
    return query.getResultList().stream().map(OutboxEntry::of).toList();
  }

  /** What administrators see of a queued or sent mail. */
  public record OutboxEntry(
      long id,
      String recipient,
      String subject,
      String body,
      String listUnsubscribe,
      OffsetDateTime createdAt,
      OffsetDateTime sentAt,
      int attempts,
      String lastError) {
    static OutboxEntry of(OutboundMail m) {
      return new OutboxEntry(
          m.id(),
          m.recipient(),
          m.subject(),
          m.body(),
          m.listUnsubscribe(),
          m.createdAt(),
          m.sentAt(),
          m.attempts(),
          m.lastError());
    }
  }
}
