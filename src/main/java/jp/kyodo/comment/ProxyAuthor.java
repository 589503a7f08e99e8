package jp.kyodo.comment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * The participant row that is the author of every opinion staff enter on someone's behalf (created
 * by migration V18, {@code participant.proxy_author}). It is withdrawn from the start: no name, no
 * sign-in, no notifications, not a registrant. Its id never changes, so it is read once.
 */
@ApplicationScoped
public class ProxyAuthor {
  @PersistenceContext(unitName = "kyodo")
  EntityManager em;

  private volatile Long id;

  public long id() {
    Long known = id;
    if (known == null) {
      known =
          ((Number)
                  em.createNativeQuery("select id from participant where proxy_author")
                      .getSingleResult())
              .longValue();
      id = known;
    }
    return known;
  }

  /** Whether the participant id is the proxy author's. */
  public boolean is(long participantId) {
    return participantId == id();
  }
}
