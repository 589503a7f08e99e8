package jp.kyodo.participant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import jp.kyodo.audit.AuditLog;
import jp.kyodo.notification.line.LineLinks;
import jp.kyodo.platform.AuthenticationRequiredException;
import jp.kyodo.platform.BusinessRuleException;
import jp.kyodo.platform.InputValidator;
import jp.kyodo.platform.InvalidInputException;
import jp.kyodo.platform.ResourceNotFoundException;
import jp.kyodo.platform.Text;
import jp.kyodo.platform.Versions;
import jp.kyodo.security.AccountChanged;
import jp.kyodo.security.Actor;
import jp.kyodo.security.ApiTokenService;
import jp.kyodo.security.CurrentActor;
import jp.kyodo.security.ForumPolicy;
import jp.kyodo.security.PasswordHasher;
import jp.kyodo.security.PasswordPolicy;
import jp.kyodo.security.Role;

/** One's own account: view, edit, change password, download one's data, withdraw. */
@ApplicationScoped
public class AccountService {
  @Inject LineLinks lineLinks;
  @Inject CurrentActor currentActor;
  @Inject ForumPolicy policy;
  @Inject InputValidator validator;
  @Inject ParticipantRepository participants;
  @Inject ProfileRules profileRules;
  @Inject PasswordHasher hasher;
  @Inject ApiTokenService apiTokens;
  @Inject AuditLog auditLog;
  @Inject Clock clock;
  @Inject Instance<PersonalDataSection> dataSections;
  @Inject Event<AccountChanged> accountChanged;
  @Inject DisplayNames displayNames;

  @Transactional
  public AccountView view(long participantId) {
    Actor actor = currentActor.get();
    policy.require(policy.canViewAccount(actor, participantId), actor);
    Participant p = load(participantId);
    if (!actor.is(participantId)) {
      auditLog.record(actor, "participant.viewed", "participant", participantId, null, null);
    }
    return AccountView.of(p);
  }

  @Transactional
  public AccountView update(long participantId, AccountRequests.ProfileUpdate request) {
    Actor actor = currentActor.get();
    policy.require(policy.canEditAccount(actor, participantId), actor);
    validator.check(request);
    Participant p = load(participantId);
    Versions.require(request.version(), p.version());
    String name = Text.normalize(request.displayName());
    if (p.isNewName(name)) {
      displayNames.require(name, participantId);
    }
    p.updateProfile(name, profileRules.require(request));
    try {
      participants.flush();
    } catch (PersistenceException e) {
      throw DisplayNames.lostRaceForName(e) ? DisplayNames.nameTaken() : e;
    }
    accountChanged.fire(new AccountChanged(participantId)); // the cached actor carries the name
    return AccountView.of(p);
  }

  @Transactional
  public void changePassword(long participantId, AccountRequests.PasswordChange request) {
    Actor actor = currentActor.get();
    policy.require(policy.canEditAccount(actor, participantId), actor);
    validator.check(request);
    Participant p = load(participantId);
    if (!hasher.verify(request.currentPassword(), p.passwordHash())) {
      throw InvalidInputException.of("currentPassword", "validation.password.wrong");
    }
    var errors = PasswordPolicy.check("newPassword", request.newPassword(), p.email());
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    p.changePassword(hasher.hash(request.newPassword()));
  }

  /** Everything Kyodo holds about the participant, as one JSON document. */
  @Transactional
  public Map<String, Object> export(long participantId) {
    Actor actor = currentActor.get();
    policy.require(policy.canEditAccount(actor, participantId), actor);
    Participant p = load(participantId);
    Map<String, Object> export = new LinkedHashMap<>();
    export.put("exportedAt", OffsetDateTime.now(clock));
    export.put("account", AccountView.of(p));
    export.put(
        "consents",
        participants.consents(participantId).stream()
            .map(
                c ->
                    Map.of(
                        "document",
                        c.documentKind(),
                        "version",
                        c.documentVersion(),
                        "acceptedAt",
                        c.acceptedAt()))
            .toList());
    for (PersonalDataSection section : dataSections) {
      export.put(section.name(), section.export(participantId));
    }
    return export;
  }

  /**
   * Closes the account after the password is confirmed. Personal data is erased; what the
   * participant wrote stays, attributed to 「退会したユーザー」.
   */
  @Transactional
  public void withdraw(long participantId, AccountRequests.Withdrawal request) {
    Actor actor = currentActor.get();
    policy.require(policy.canEditAccount(actor, participantId), actor);
    validator.check(request);
    Participant p = load(participantId);
    if (!hasher.verify(request.password(), p.passwordHash())) {
      throw InvalidInputException.of("password", "validation.password.wrong");
    }
    if (p.has(Role.ADMINISTRATOR) && participants.countAdministrators() <= 1) {
      throw new BusinessRuleException("last_administrator", "problem.lastAdministrator");
    }
    p.withdraw(OffsetDateTime.now(clock));
    apiTokens.revokeAll(participantId);
    lineLinks.unlink(participantId); // the LINE user id is personal data too
    auditLog.record(actor, "participant.withdrew", "participant", participantId, null, null);
  }

  public long requireSignedIn() {
    Actor actor = currentActor.get();
    if (!actor.isAuthenticated()) {
      throw new AuthenticationRequiredException();
    }
    return actor.id();
  }

  private Participant load(long participantId) {
    return participants
        .find(participantId)
        .filter(p -> !p.isWithdrawn())
        .orElseThrow(() -> new ResourceNotFoundException("participant"));
  }
}
