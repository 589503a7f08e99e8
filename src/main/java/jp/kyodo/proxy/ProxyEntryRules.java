package jp.kyodo.proxy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.kyodo.comment.CommentChannel;
import jp.kyodo.comment.ReceivedOpinions;
import jp.kyodo.participant.Participant;
import jp.kyodo.participant.ParticipantRepository;
import jp.kyodo.participant.Profile;
import jp.kyodo.participant.ProfileRules;
import jp.kyodo.platform.InputValidator;
import jp.kyodo.platform.InvalidInputException;
import jp.kyodo.platform.InvalidInputException.FieldError;
import jp.kyodo.platform.Text;
import jp.kyodo.platform.WardTime;
import jp.kyodo.topic.Topic;

/**
 * Checks one opinion received outside the web, the same for the form, the API and each row of a CSV
 * import: the field rules of the request, a channel other than the web, a real day in the topic's
 * period and not in the future, the text as a web opinion's, the profile answers as a
 * participant's, and the participant (if named) registered and active. Collects every field error
 * instead of stopping at the first.
 */
@ApplicationScoped
public class ProxyEntryRules {
  @Inject InputValidator validator;
  @Inject ReceivedOpinions received;
  @Inject ProfileRules profiles;
  @Inject ParticipantRepository participants;
  @Inject Clock clock;

  /** The checked draft, or null when {@code errors} got any; a topic-wide refusal is thrown. */
  public ProxyDraft check(ProxyRequests.NewEntry request, Topic topic, List<FieldError> errors) {
    int before = errors.size();
    errors.addAll(validator.violations(request));
    CommentChannel channel = channel(request.channel(), errors);
    LocalDate receivedOn = receivedOn(request.receivedOn(), topic, errors);
    String place = has(errors, "place") ? null : Text.normalizeOptional(request.place());
    String body = has(errors, "body") ? null : received.body(request.body(), errors);
    Profile profile =
        profiles.toProfile(
            new Answers(
                request.ageBand(), request.areaCode(), request.districtCode(), request.relation()),
            errors);
    Long participant = participant(request, errors);
    if (errors.size() > before) {
      return null;
    }
    return new ProxyDraft(channel, receivedOn, place, body, profile, participant);
  }

  private static CommentChannel channel(String raw, List<FieldError> errors) {
    String code = Text.normalizeOptional(raw);
    if (code == null || has(errors, "channel")) {
      return null;
    }
    Optional<CommentChannel> channel = CommentChannel.fromCode(code).filter(c -> c.isProxy());
    if (channel.isEmpty()) {
      errors.add(new FieldError("channel", "validation.channel.proxy", Map.of()));
    }
    return channel.orElse(null);
  }

  /** A real day, not in the future (Tokyo), inside the topic's period (the topic's rule). */
  private LocalDate receivedOn(String raw, Topic topic, List<FieldError> errors) {
    if (raw == null || raw.isBlank() || has(errors, "receivedOn")) {
      return null;
    }
    Optional<LocalDate> day = ReceivedDates.parse(raw);
    if (day.isEmpty()) {
      errors.add(new FieldError("receivedOn", "validation.receivedOn.format", Map.of()));
      return null;
    }
    LocalDate today = LocalDate.now(clock.withZone(WardTime.ZONE));
    if (day.get().isAfter(today)) {
      errors.add(new FieldError("receivedOn", "validation.receivedOn.future", Map.of()));
      return null;
    }
    try {
      topic.requireReceivedDuringPeriod(day.get());
    } catch (InvalidInputException e) {
      errors.addAll(e.errors());
      return null;
    }
    return day.get();
  }

  /** A registered, active participant named by id or e-mail (both: the same one), or null. */
  private Long participant(ProxyRequests.NewEntry request, List<FieldError> errors) {
    Long byId = null;
    if (request.participantId() != null && !has(errors, "participantId")) {
      byId = active(participants.find(request.participantId()), "participantId", errors);
    }
    String email = Text.normalizeOptional(Text.normalizeEmail(request.participantEmail()));
    if (email == null || has(errors, "participantEmail")) {
      return byId;
    }
    Long byEmail = active(participants.findByEmail(email), "participantEmail", errors);
    if (byId != null && byEmail != null && !byId.equals(byEmail)) {
      errors.add(new FieldError("participantEmail", "validation.participant.mismatch", Map.of()));
      return null;
    }
    return byId != null ? byId : byEmail;
  }

  private static Long active(Optional<Participant> found, String field, List<FieldError> errors) {
    if (found.isEmpty() || !found.get().isRegistrant()) {
      errors.add(new FieldError(field, "validation.participant.unknown", Map.of()));
      return null;
    }
    return found.get().id();
  }

  private static boolean has(List<FieldError> errors, String field) {
    return errors.stream().anyMatch(e -> e.field().equals(field));
  }

  /** The person's profile answers in the shape the participant rules read. */
  private record Answers(String ageBand, String areaCode, String districtCode, String relation)
      implements ProfileRules.ProfileAnswers {
    @Override
    public String preferredLanguage() {
      return null;
    }
  }
}
