package jp.kyodo.participant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;
import jp.kyodo.platform.AccessDeniedException;
import jp.kyodo.platform.AuthenticationRequiredException;
import jp.kyodo.platform.InputValidator;
import jp.kyodo.platform.Limits;
import jp.kyodo.platform.Text;
import jp.kyodo.platform.TooManyRequestsException;
import jp.kyodo.platform.web.ClientAddress;
import jp.kyodo.security.PasswordHasher;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Checks credentials for both doors (web session and API token). Failures are counted on the
 * account and lock it for a while; an unknown address costs as much time as a known one.
 */
@ApplicationScoped
public class SignInService {
  @Inject InputValidator validator;
  @Inject ParticipantRepository participants;
  @Inject PasswordHasher hasher;
  @Inject Clock clock;
  @Inject Limits limits;
  @Inject ClientAddress clientAddress;

  @Inject
  @ConfigProperty(name = "kyodo.sign-in.max-failures", defaultValue = "5")
  int maxFailures;

  @Inject
  @ConfigProperty(name = "kyodo.sign-in.lockout", defaultValue = "PT15M")
  Duration lockout;

  /** The participant the credentials belong to; the failure count commits even when refused. */
  @Transactional(
      dontRollbackOn = {
        AuthenticationRequiredException.class,
        AccessDeniedException.class,
        TooManyRequestsException.class
      })
  public Participant signIn(AccountRequests.Credentials credentials) {
    limits.signIn(clientAddress.get());
    validator.check(credentials);
    Optional<Participant> found =
        participants.findByEmail(Text.normalizeEmail(credentials.email()));
    if (found.isEmpty() || found.get().isWithdrawn()) {
      hasher.spendVerificationTime();
      throw badCredentials();
    }
    Participant participant = found.get();
    OffsetDateTime now = OffsetDateTime.now(clock);
    if (participant.isLocked(now)) {
      throw locked(participant, now);
    }
    boolean passwordMatches = hasher.verify(credentials.password(), participant.passwordHash());
    participants.lockForUpdate(participant);
    if (participant.isLocked(now)) {
      throw locked(participant, now);
    }
    if (!passwordMatches) {
      participant.recordFailedSignIn(now, new Participant.LockoutRule(maxFailures, lockout));
      throw participant.isLocked(now) ? locked(participant, now) : badCredentials();
    }
    if (!participant.isEmailConfirmed()) {
      throw new AccessDeniedException("email_unconfirmed", "problem.emailUnconfirmed", Map.of());
    }
    participant.recordSuccessfulSignIn();
    return participant;
  }

  private static AuthenticationRequiredException badCredentials() {
    return new AuthenticationRequiredException("bad_credentials", "problem.badCredentials");
  }

  private static TooManyRequestsException locked(Participant p, OffsetDateTime now) {
    return new TooManyRequestsException(
        "account_locked", "problem.accountLocked", Duration.between(now, p.lockedUntil()));
  }
}
