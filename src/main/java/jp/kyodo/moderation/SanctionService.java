package jp.kyodo.moderation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import jp.kyodo.audit.AuditLog;
import jp.kyodo.participant.ParticipantRepository;
import jp.kyodo.platform.InputValidator;
import jp.kyodo.platform.InvalidInputException;
import jp.kyodo.platform.ResourceNotFoundException;
import jp.kyodo.platform.Text;
import jp.kyodo.platform.WardTime;
import jp.kyodo.security.AccountChanged;
import jp.kyodo.security.Actor;
import jp.kyodo.security.CurrentActor;
import jp.kyodo.security.ForumPolicy;
import jp.kyodo.security.RestrictionSource;

/** Moderators warn, suspend, ban and lift; the policy asks here whether someone may write. */
@ApplicationScoped
public class SanctionService implements RestrictionSource {
  @PersistenceContext(unitName = "kyodo")
  EntityManager em;

  @Inject CurrentActor currentActor;
  @Inject ForumPolicy policy;
  @Inject InputValidator validator;
  @Inject ParticipantRepository participants;
  @Inject ModerationNotices notices;
  @Inject AuditLog audit;
  @Inject Event<AccountChanged> accountChanged;
  @Inject Clock clock;
  @Inject RestrictedParticipants restricted;

  public record SanctionView(
      long id,
      long participantId,
      String kind,
      String reason,
      OffsetDateTime endsAt,
      OffsetDateTime issuedAt,
      OffsetDateTime liftedAt,
      String liftReason) {}

  @Override
  public Optional<Actor.Restriction> activeRestriction(long participantId) {
    return restricted.of(participantId);
  }

  @Transactional
  public SanctionView issue(long participantId, ModerationRequests.Sanction request) {
    Actor actor = moderator();
    validator.check(request);
    String kind = request.kind().strip();
    if (!List.of("warn", "suspend", "ban").contains(kind)) {
      throw InvalidInputException.of("kind", "validation.code.unknown");
    }
    OffsetDateTime now = OffsetDateTime.now(clock);
    OffsetDateTime until = kind.equals("suspend") ? until(request.until(), now) : null;
    if (participants.find(participantId).filter(p -> !p.isWithdrawn()).isEmpty()) {
      throw new ResourceNotFoundException("participant");
    }
    if (actor.is(participantId)) {
      throw InvalidInputException.of("participantId", "validation.sanction.self");
    }
    Sanction s =
        new Sanction(participantId, kind, Text.normalize(request.reason()), until, actor.id(), now);
    em.persist(s);
    em.flush();
    audit.record(
        actor,
        "sanction." + kind,
        "participant",
        participantId,
        s.view().reason(),
        until == null ? null : "until=" + until);
    notices.sanctioned(participantId, kind, s.view().reason(), until);
    accountChanged.fire(new AccountChanged(participantId));
    return s.view();
  }

  @Transactional
  public SanctionView lift(long sanctionId, ModerationRequests.Lift request) {
    Actor actor = moderator();
    validator.check(request);
    Sanction s = em.find(Sanction.class, sanctionId);
    if (s == null) {
      throw new ResourceNotFoundException("sanction");
    }
    String reason = Text.normalize(request.reason());
    s.lift(actor.id(), reason, OffsetDateTime.now(clock));
    em.flush();
    audit.record(
        actor, "sanction.lift", "participant", s.participantId(), reason, "sanction=" + sanctionId);
    notices.sanctioned(s.participantId(), "lifted", reason, null);
    accountChanged.fire(new AccountChanged(s.participantId()));
    return s.view();
  }

  /** A participant's sanctions: moderators see anyone's, participants their own. */
  @Transactional
  public List<SanctionView> list(long participantId) {
    Actor actor = currentActor.get();
    policy.require(policy.canModerate(actor) || actor.is(participantId), actor);
    return of(participantId).stream().map(Sanction::view).toList();
  }

  private List<Sanction> of(long participantId) {
    return em.createQuery(
            "select s from Sanction s where s.participantId = ?1 order by s.id desc",
            Sanction.class)
        .setParameter(1, participantId)
        .getResultList();
  }

  /** An end given as a date (the end of that day in Tokyo) or as an ISO date-time. */
  private static OffsetDateTime until(String text, OffsetDateTime now) {
    if (text == null || text.isBlank()) {
      throw InvalidInputException.of("until", "validation.sanction.untilRequired");
    }
    OffsetDateTime until;
    try {
      until =
          text.strip().length() == 10
              ? WardTime.endOfDay(LocalDate.parse(text.strip()))
              : OffsetDateTime.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw InvalidInputException.of("until", "validation.datetime");
    }
    if (!until.isAfter(now)) {
      throw InvalidInputException.of("until", "validation.sanction.untilPast");
    }
    return until;
  }

  private Actor moderator() {
    Actor actor = currentActor.get();
    policy.require(policy.canModerate(actor), actor);
    return actor;
  }
}
