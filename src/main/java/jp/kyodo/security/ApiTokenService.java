package jp.kyodo.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Issues, checks and revokes API bearer tokens. */
@ApplicationScoped
public class ApiTokenService {
  @PersistenceContext(unitName = "kyodo")
  EntityManager em;

  @Inject Clock clock;
  @Inject Event<AccountChanged> changed;
  @Inject ApiTokenUses uses;
  @Inject ActorSource actors;

  @Inject
  @ConfigProperty(name = "kyodo.api-token.lifetime", defaultValue = "P30D")
  Duration lifetime;

  @Inject
  @ConfigProperty(name = "kyodo.api-token.idle-timeout", defaultValue = "P7D")
  Duration idleTimeout;

  /** A new token: the raw value is returned once and never stored. */
  public record IssuedToken(String token, OffsetDateTime expiresAt) {}

  @Transactional
  public IssuedToken issue(long participantId) {
    String raw = SecureTokens.generate();
    ApiToken token = new ApiToken(SecureTokens.sha256(raw), participantId, now(), lifetime);
    em.persist(token);
    return new IssuedToken(raw, token.expiresAt());
  }

  /**
   * The actor whose token has this SHA-256, when the token is still usable. Runs on every
   * actor-cache miss, so it is one read without a transaction (token and holder together); the
   * hourly use record is written behind ({@link ApiTokenUses}).
   */
  public Optional<Actor> actorOf(String tokenHash) {
    OffsetDateTime now = now();
    Optional<ActorSource.TokenActor> held =
        actors.tokenActor(tokenHash).filter(h -> h.token().isUsable(now, idleTimeout));
    held.filter(h -> h.token().isUseDueAt(now)).ifPresent(h -> uses.record(h.token().id()));
    return held.map(ActorSource.TokenActor::actor);
  }

  @Transactional
  public void revoke(String raw) {
    find(raw)
        .ifPresent(
            t -> {
              t.revoke(now());
              changed.fire(new AccountChanged(t.participantId()));
            });
  }

  /** Revokes every token of a participant, e.g. on withdrawal or a password reset. */
  @Transactional
  public void revokeAll(long participantId) {
    em.createQuery(
            "update ApiToken t set t.revokedAt = :now"
                + " where t.participantId = :p and t.revokedAt is null")
        .setParameter("now", now())
        .setParameter("p", participantId)
        .executeUpdate();
    changed.fire(new AccountChanged(participantId));
  }

  private Optional<ApiToken> find(String raw) {
    return em.createQuery("select t from ApiToken t where t.tokenHash = :h", ApiToken.class)
        .setParameter("h", SecureTokens.sha256(raw))
        .getResultStream()
        .findFirst();
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock);
  }
}
