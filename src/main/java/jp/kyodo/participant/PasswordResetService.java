package jp.kyodo.participant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import jp.kyodo.platform.InputValidator;
import jp.kyodo.platform.InvalidInputException;
import jp.kyodo.platform.Text;
import jp.kyodo.security.ApiTokenService;
import jp.kyodo.security.PasswordHasher;
import jp.kyodo.security.PasswordPolicy;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Forgotten passwords: a mailed single-use token sets a new one. */
@ApplicationScoped
public class PasswordResetService {
  @Inject InputValidator validator;
  @Inject ParticipantRepository participants;
  @Inject AccountTokens tokens;
  @Inject AccountMails mails;
  @Inject PasswordHasher hasher;
  @Inject ApiTokenService apiTokens;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "kyodo.password-reset.ttl", defaultValue = "PT1H")
  Duration resetTtl;

  /** Always answers the same, so the form cannot be used to find out who is registered. */
  @Transactional
  public void requestReset(AccountRequests.EmailAddress request) {
    validator.check(request);
    participants
        .findByEmail(Text.normalizeEmail(request.email()))
        .filter(p -> !p.isWithdrawn())
        .ifPresent(
            p -> {
              tokens.invalidateOutstanding(p.id(), AccountToken.Purpose.RESET_PASSWORD);
              mails.passwordReset(
                  p, tokens.create(p.id(), AccountToken.Purpose.RESET_PASSWORD, resetTtl));
            });
  }

  /**
   * Sets the new password, lifts a lock-out and signs every API client out. Following the link also
   * proves the address, so an unconfirmed account becomes confirmed.
   */
  @Transactional
  public void reset(AccountRequests.PasswordReset request) {
    validator.check(request);
    long participantId = tokens.redeem(request.token(), AccountToken.Purpose.RESET_PASSWORD);
    Participant p = participants.find(participantId).orElseThrow();
    var errors = PasswordPolicy.check("newPassword", request.newPassword(), p.email());
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    p.changePassword(hasher.hash(request.newPassword()));
    p.confirmEmail(OffsetDateTime.now(clock));
    apiTokens.revokeAll(participantId);
  }
}
