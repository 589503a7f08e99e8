package jp.kyodo.moderation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import jp.kyodo.notification.MailOutbox;
import jp.kyodo.notification.NotificationEvents;
import jp.kyodo.participant.Participant;
import jp.kyodo.participant.ParticipantRepository;
import jp.kyodo.platform.Messages;
import jp.kyodo.platform.PublicUrl;
import jp.kyodo.platform.WardTime;

/**
 * Tells participants, by mail in their language, what moderation did to their posts or accounts and
 * why. Mails go through the transactional outbox, so they leave only if the decision commits. A
 * decision on a comment also appears in its author's notifications in the site; the mail is not a
 * preference (it is the statement of reasons) and cannot be switched off.
 */
@ApplicationScoped
public class ModerationNotices {
  @Inject MailOutbox outbox;
  @Inject NotificationEvents events;
  @Inject ParticipantRepository participants;

  @Inject PublicUrl publicUrl;

  /** The case's item was hidden, rejected, restored or approved. */
  public void caseDecided(ModerationCase c, DecisionTemplate template, String note) {
    String key =
        switch (c.state()) {
          case HIDDEN -> "mail.moderation.hidden";
          case REJECTED -> "mail.moderation.rejected";
          case RESTORED -> "mail.moderation.restored";
          case APPROVED -> "mail.moderation.approved";
          default -> null;
        };
    if (key != null) {
      // the mail states the reasons and always goes; the site's list keeps a line too
      send(c.authorId(), key, c.reason(), template, note, Map.of());
      if ("comment".equals(c.targetType())) {
        events.moderated(
            c.state().name().toLowerCase(java.util.Locale.ROOT), c.topicId(), c.targetId());
      }
    }
  }

  /** A sanction was issued or lifted; a suspension's end is written in the mail's language. */
  public void sanctioned(long participantId, String kind, String reason, OffsetDateTime until) {
    Map<String, Object> extra = new HashMap<>();
    extra.put("until", WardTime.until(until));
    send(participantId, "mail.sanction." + kind, null, null, reason, extra);
  }

  private void send(
      long participantId,
      String key,
      String reasonCode,
      DecisionTemplate template,
      String note,
      Map<String, Object> extra) {
    Participant p = participants.find(participantId).orElse(null);
    if (p == null || p.isWithdrawn()) {
      return;
    }
    Locale locale = Messages.ofPreference(p.profile().preferredLanguage());
    Map<String, Object> args = new HashMap<>(extra);
    args.put("name", p.displayName());
    args.put(
        "reason",
        reasonCode == null ? "" : Messages.get(locale, "moderation.reason." + reasonCode));
    String explanation = template == null ? "" : template.text(locale);
    if (note != null) {
      explanation = explanation.isEmpty() ? note : explanation + "\n" + note;
    }
    args.put("note", explanation);
    args.put("link", publicUrl.of("/profile.xhtml#moderation"));
    outbox.enqueue(
        p.email(),
        Messages.format(locale, key + ".subject", args),
        Messages.format(locale, key + ".body", args));
  }
}
