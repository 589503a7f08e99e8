package jp.kyodo.participant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.kyodo.audit.AuditLog;
import jp.kyodo.platform.BusinessRuleException;
import jp.kyodo.platform.InputValidator;
import jp.kyodo.platform.InvalidInputException;
import jp.kyodo.platform.InvalidInputException.FieldError;
import jp.kyodo.platform.ResourceNotFoundException;
import jp.kyodo.platform.Text;
import jp.kyodo.security.AccountChanged;
import jp.kyodo.security.Actor;
import jp.kyodo.security.CurrentActor;
import jp.kyodo.security.ForumPolicy;
import jp.kyodo.security.Role;

/** Administrators find participants and grant or revoke roles; every change is audited. */
@ApplicationScoped
public class RoleService {
  @Inject CurrentActor currentActor;
  @Inject ForumPolicy policy;
  @Inject InputValidator validator;
  @Inject ParticipantRepository participants;
  @Inject AuditLog auditLog;
  @Inject Clock clock;
  @Inject Event<AccountChanged> changed;

  @Transactional
  public List<AccountView> search(String query, int limit) {
    Actor actor = currentActor.get();
    policy.require(policy.canListParticipants(actor), actor);
    String q = Text.normalizeOptional(query);
    if (q != null && Text.length(q) > AccountRequests.EMAIL_MAX) {
      throw InvalidInputException.of(
          "q", "validation.text.tooLong", Map.of("max", AccountRequests.EMAIL_MAX));
    }
    auditLog.record(actor, "participant.searched", "participant", null, null, q);
    return participants.search(q, Math.max(1, Math.min(limit, 200))).stream()
        .map(AccountView::of)
        .toList();
  }

  /** Sets the participant's roles to exactly the given set. */
  @Transactional
  public AccountView assign(long participantId, AccountRequests.RoleAssignment request) {
    Actor actor = currentActor.get();
    policy.require(policy.canManageRoles(actor), actor);
    validator.check(request);
    Set<Role> wanted = parse(request.roles());
    Participant target =
        participants
            .find(participantId)
            .filter(p -> !p.isWithdrawn())
            .orElseThrow(() -> new ResourceNotFoundException("participant"));
    if (target.has(Role.ADMINISTRATOR)
        && !wanted.contains(Role.ADMINISTRATOR)
        && participants.countAdministrators() <= 1) {
      throw new BusinessRuleException("last_administrator", "problem.lastAdministrator");
    }
    String reason = Text.normalize(request.reason());
    OffsetDateTime now = OffsetDateTime.now(clock);
    for (Role role : Role.values()) {
      if (wanted.contains(role) && target.grant(role, now)) {
        auditLog.record(actor, "role.granted", "participant", participantId, reason, role.code());
      } else if (!wanted.contains(role) && target.revoke(role)) {
        auditLog.record(actor, "role.revoked", "participant", participantId, reason, role.code());
      }
    }
    participants.flush();
    changed.fire(new AccountChanged(participantId));
    return AccountView.of(target);
  }

  private static Set<Role> parse(List<String> codes) {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    List<FieldError> errors = new ArrayList<>();
    if (codes.size() > Role.values().length) {
      throw InvalidInputException.of("roles", "validation.role.tooMany");
    }
    for (String code : codes) {
      Role.fromCode(code == null ? "" : Text.normalize(code))
          .ifPresentOrElse(
              roles::add,
              () ->
                  errors.add(
                      new FieldError("roles", "validation.role.unknown", Map.of("role", code))));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    return roles;
  }
}
