package jp.kyodo.notification.line;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.logging.Logger;
import jp.kyodo.notification.LineAvailability;

/**
 * Links between participants and LINE accounts: one-time codes issued on the profile, spent from
 * LINE through the webhook, and unlinking from either side. A LINE account belongs to one
 * participant at a time: a code sent from a LINE account linked to someone else moves the link to
 * the code's participant (whoever holds the LINE account and the signed-in profile decides), and a
 * participant has one LINE account (a new one replaces the old).
 */
@ApplicationScoped
public class LineLinks implements LineAvailability {
  private static final Logger LOG = Logger.getLogger(LineLinks.class.getName());

  @PersistenceContext(unitName = "kyodo")
  EntityManager em;

  @Inject Clock clock;
  @Inject LineSettings settings;

  /** LINE is a channel one can choose once it is configured and one's account is linked. */
  @Override
  public boolean available(long participantId) {
    return settings.enabled() && linkedSince(participantId).isPresent();
  }

  /** A code to send from LINE, and until when it works. */
  public record IssuedCode(String code, OffsetDateTime expiresAt) {}

  /** What a code sent from LINE did. */
  public enum Outcome {
    LINKED,
    /** Not a code, or one that is unknown, used or expired. */
    INVALID
  }

  /** A new code for the participant; their earlier unused codes stop working. */
  @Transactional
  public IssuedCode issue(long participantId) {
    OffsetDateTime now = OffsetDateTime.now(clock);
    em.createQuery(
            "update LineLinkCode c set c.usedAt = :now"
                + " where c.participantId = :p and c.usedAt is null")
        .setParameter("now", now)
        .setParameter("p", participantId)
        .executeUpdate();
    String code = LinkCodes.generate();
    LineLinkCode stored = new LineLinkCode(LinkCodes.hash(code), participantId, now);
    em.persist(stored);
    return new IssuedCode(code, stored.expiresAt());
  }

  /** Since when the participant's LINE account is linked, if it is. */
  @Transactional
  public Optional<OffsetDateTime> linkedSince(long participantId) {
    return Optional.ofNullable(em.find(LineLink.class, participantId)).map(LineLink::linkedAt);
  }

  /** The LINE user id pushes for the participant go to, if linked. */
  @Transactional
  public Optional<String> lineUserOf(long participantId) {
    return Optional.ofNullable(em.find(LineLink.class, participantId)).map(LineLink::lineUserId);
  }

  /** Unlinks from the site (the profile, or withdrawal); false when nothing was linked. */
  @Transactional
  public boolean unlink(long participantId) {
    return em.createQuery("delete from LineLink l where l.participantId = :p")
            .setParameter("p", participantId)
            .executeUpdate()
        > 0;
  }

  /** Unlinks from LINE (the person blocked the ward's account, or sent 「解除」). */
  @Transactional
  public boolean unlinkLineUser(String lineUserId) {
    return em.createQuery("delete from LineLink l where l.lineUserId = :u")
            .setParameter("u", lineUserId)
            .executeUpdate()
        > 0;
  }

  /**
   * Links the LINE account a message came from to the participant whose code the message is. A code
   * works once: LINE's redelivery of the same message finds it used and changes nothing.
   */
  @Transactional
  public Outcome linkWithCode(String lineUserId, String text) {
    Optional<String> code = LinkCodes.read(text);
    if (code.isEmpty() || lineUserId == null || lineUserId.isBlank() || lineUserId.length() > 64) {
      return Outcome.INVALID;
    }
    OffsetDateTime now = OffsetDateTime.now(clock);
    LineLinkCode stored =
        em.find(LineLinkCode.class, LinkCodes.hash(code.get()), LockModeType.PESSIMISTIC_WRITE);
    if (stored == null || !stored.isUsable(now)) {
      return Outcome.INVALID;
    }
    stored.use(now);
    long participantId = stored.participantId();
    boolean moved =
        em.createQuery("delete from LineLink l where l.lineUserId = :u and l.participantId <> :p")
                .setParameter("u", lineUserId)
                .setParameter("p", participantId)
                .executeUpdate()
            > 0;
    if (moved) {
      LOG.info(() -> "A LINE account moved to participant " + participantId + " with its code");
    }
    LineLink existing = em.find(LineLink.class, participantId);
    if (existing != null) {
      em.remove(existing);
      em.flush();
    }
    em.persist(new LineLink(participantId, lineUserId, now));
    return Outcome.LINKED;
  }
}
