package jp.kyodo.topic;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;

/**
 * How many people have taken part and how many opinions and replies they wrote, for the home page.
 * Counting the distinct participants reads every topic's participant rows, so the figures are kept
 * for five minutes per node: a home page may lag that much, and no request pays for the count.
 */
@ApplicationScoped
public class ParticipationTotals {
  /** People who ever commented on a published topic; the public comments now counted. */
  public record Totals(long participants, long comments, long topics) {}

  @PersistenceContext(unitName = "kyodo")
  EntityManager em;

  private final LoadingCache<Boolean, Totals> cache =
      Caffeine.newBuilder().expireAfterWrite(Duration.ofMinutes(5)).build(k -> load());

  public Totals get() {
    return cache.get(Boolean.TRUE);
  }

  private Totals load() {
    Object[] topics =
        (Object[])
            em.createNativeQuery(
                    "select count(*), coalesce(sum(comment_count), 0) from topic"
                        + " where status <> 'draft'")
                .getSingleResult();
    Number people =
        (Number)
            em.createNativeQuery(
                    "select count(distinct p.participant_id) from topic_participant p"
                        + " join topic t on t.id = p.topic_id where t.status <> 'draft'")
                .getSingleResult();
    return new Totals(
        people.longValue(), ((Number) topics[1]).longValue(), ((Number) topics[0]).longValue());
  }
}
