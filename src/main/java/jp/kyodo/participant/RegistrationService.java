package jp.kyodo.participant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import jp.kyodo.notification.NotificationSettings;
import jp.kyodo.platform.ConflictException;
import jp.kyodo.platform.InputValidator;
import jp.kyodo.platform.InvalidInputException;
import jp.kyodo.platform.InvalidInputException.FieldError;
import jp.kyodo.platform.Limits;
import jp.kyodo.platform.Text;
import jp.kyodo.platform.web.ClientAddress;
import jp.kyodo.reference.ReferenceData;
import jp.kyodo.security.PasswordHasher;
import jp.kyodo.security.PasswordPolicy;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Registration and e-mail confirmation. */
@ApplicationScoped
public class RegistrationService {
  static final Pattern EMAIL =
      Pattern.compile("^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+$");

  @Inject InputValidator validator;
  @Inject NotificationSettings notificationSettings;
  @Inject ProfileRules profileRules;
  @Inject ReferenceData reference;
  @Inject PasswordHasher hasher;
  @Inject ParticipantRepository participants;
  @Inject AccountTokens tokens;
  @Inject AccountMails mails;
  @Inject Clock clock;
  @Inject Limits limits;
  @Inject ClientAddress clientAddress;
  @Inject DisplayNames displayNames;

  @Inject
  @ConfigProperty(name = "kyodo.confirmation.ttl", defaultValue = "P2D")
  Duration confirmationTtl;

  @Transactional
  public AccountView register(AccountRequests.Registration request) {
    limits.registration(clientAddress.get());
    List<FieldError> errors = new ArrayList<>(validator.violations(request));
    String email = Text.normalizeEmail(request.email());
    if (email != null
        && errors.stream().noneMatch(e -> e.field().equals("email"))
        && !EMAIL.matcher(email).matches()) {
      errors.add(new FieldError("email", "validation.email.invalid", Map.of()));
    }
    errors.addAll(PasswordPolicy.check("password", request.password(), email));
    if (errors.stream().noneMatch(e -> e.field().equals("displayName"))) {
      displayNames.problem(request.displayName(), null).ifPresent(errors::add);
    }
    Profile profile = profileRules.toProfile(request, errors);
    errors.addAll(
        notificationSettings.policyAreaProblems("watchPolicyAreas", request.watchPolicyAreas()));
    ReferenceData.Snapshot current = reference.get();
    if (request.acceptedTermsVersion() != null
        && !current.termsVersion().equals(Text.normalize(request.acceptedTermsVersion()))) {
      errors.add(
          new FieldError(
              "acceptedTermsVersion",
              "validation.terms.outdated",
              Map.of("version", current.termsVersion())));
    }
    if (request.acceptedPrivacyVersion() != null
        && !current.privacyVersion().equals(Text.normalize(request.acceptedPrivacyVersion()))) {
      errors.add(
          new FieldError(
              "acceptedPrivacyVersion",
              "validation.privacy.outdated",
              Map.of("version", current.privacyVersion())));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(
          errors.stream().sorted(java.util.Comparator.comparing(FieldError::field)).toList());
    }
    if (participants.emailTaken(email)) {
      throw duplicateEmail();
    }
    OffsetDateTime now = OffsetDateTime.now(clock);
    Participant participant =
        new Participant(
            email,
            hasher.hash(request.password()),
            Text.normalize(request.displayName()),
            profile,
            now);
    try {
      participants.add(participant);
    } catch (PersistenceException raceOnUniqueIndex) {
      throw DisplayNames.lostRaceForName(raceOnUniqueIndex)
          ? DisplayNames.nameTaken()
          : duplicateEmail();
    }
    participants.addConsent(new Consent(participant.id(), "terms", current.termsVersion(), now));
    participants.addConsent(
        new Consent(participant.id(), "privacy", current.privacyVersion(), now));
    notificationSettings.watchOwnDistrict(participant.id(), profile.districtCode());
    notificationSettings.watchPolicyAreas(participant.id(), request.watchPolicyAreas());
    sendConfirmation(participant);
    return AccountView.of(participant);
  }

  /** Confirms the address the token was sent to; the token works once. */
  @Transactional
  public void confirm(AccountRequests.MailedToken request) {
    validator.check(request);
    long participantId = tokens.redeem(request.token(), AccountToken.Purpose.CONFIRM_EMAIL);
    participants.find(participantId).orElseThrow().confirmEmail(OffsetDateTime.now(clock));
  }

  /** Sends a fresh confirmation mail; says nothing about whether the address is registered. */
  @Transactional
  public void resendConfirmation(AccountRequests.EmailAddress request) {
    validator.check(request);
    participants
        .findByEmail(Text.normalizeEmail(request.email()))
        .filter(p -> !p.isEmailConfirmed() && !p.isWithdrawn())
        .ifPresent(this::sendConfirmation);
  }

  private void sendConfirmation(Participant participant) {
    tokens.invalidateOutstanding(participant.id(), AccountToken.Purpose.CONFIRM_EMAIL);
    String token =
        tokens.create(participant.id(), AccountToken.Purpose.CONFIRM_EMAIL, confirmationTtl);
    mails.confirmation(participant, token);
  }

  private static ConflictException duplicateEmail() {
    return new ConflictException("duplicate_email", "problem.duplicateEmail");
  }
}
