package jp.kyodo.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Whether a participant can choose LINE: their LINE account is linked to Kyodo. */
@ApplicationScoped
public class LineAvailability {
  @PersistenceContext(unitName = "kyodo")
  EntityManager em;

  public boolean linked(long participantId) {
    return !em.createNativeQuery("select 1 from line_link where participant_id = ?1")
        .setParameter(1, participantId)
        .getResultList()
        .isEmpty();
  }
}
