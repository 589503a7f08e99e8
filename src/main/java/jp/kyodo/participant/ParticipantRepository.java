package jp.kyodo.participant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Loads and stores participants. E-mail look-ups are case-insensitive. */
@ApplicationScoped
public class ParticipantRepository {
  @PersistenceContext(unitName = "kyodo")
  EntityManager em;

  public Optional<Participant> find(long id) {
    return Optional.ofNullable(em.find(Participant.class, id));
  }

  /** Re-reads the row under a lock: serialises concurrent sign-ins counting failures. */
  public void lockForUpdate(Participant participant) {
    em.refresh(participant, LockModeType.PESSIMISTIC_WRITE);
  }

  public Optional<Participant> findByEmail(String email) {
    if (email == null) {
      return Optional.empty();
    }
    return em.createQuery(
            "select p from Participant p where lower(p.email) = lower(:e)", Participant.class)
        .setParameter("e", email)
        .getResultStream()
        .findFirst();
  }

  public boolean emailTaken(String email) {
    return em.createQuery(
                "select count(p) from Participant p where lower(p.email) = lower(:e)", Long.class)
            .setParameter("e", email)
            .getSingleResult()
        > 0;
  }

  public void add(Participant participant) {
    em.persist(participant);
    em.flush();
  }

  public void flush() {
    em.flush();
  }

  public void addConsent(Consent consent) {
    em.persist(consent);
  }

  public List<Consent> consents(long participantId) {
    return em.createQuery(
            "select c from Consent c where c.participantId = :p order by c.acceptedAt",
            Consent.class)
        .setParameter("p", participantId)
        .getResultList();
  }

  /** Active accounts whose address or display name contains the query; newest first. */
  public List<Participant> search(String query, int limit) {
    // LIKE's wildcards and its escape character are literal in a search
    String literal =
        query == null
            ? ""
            : query
                .toLowerCase(java.util.Locale.ROOT)
                .replace("\\", "\\\\")
                .replace("%", "\\%")
                .replace("_", "\\_");
    String like = "%" + literal + "%";
    return em.createQuery(
            "select p from Participant p where p.withdrawnAt is null and (lower(p.email) like :q"
                + " or lower(p.displayName) like :q) order by p.id desc",
            Participant.class)
        .setParameter("q", like)
        .setMaxResults(limit)
        .getResultList();
  }

  public boolean anyAdministrator() {
    return !em.createNativeQuery(
            "select 1 from participant_role r join participant p on p.id = r.participant_id"
                + " where r.role = 'administrator' and p.withdrawn_at is null limit 1")
        .getResultList()
        .isEmpty();
  }

  public long countAdministrators() {
    return ((Number)
            em.createNativeQuery(
                    "select count(*) from participant_role r join participant p"
                        + " on p.id = r.participant_id where r.role = 'administrator'"
                        + " and p.withdrawn_at is null")
                .getSingleResult())
        .longValue();
  }
}
