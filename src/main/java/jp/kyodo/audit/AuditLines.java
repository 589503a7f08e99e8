package jp.kyodo.audit;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.kyodo.comment.CommentStatus;
import jp.kyodo.platform.Messages;
import jp.kyodo.platform.WardTime;

/**
 * The audit log in words: the action as 「モデレーション：承認」, the actor by display name with the id beside
 * it, the target described (and linked where the reader may open it), codes in the details turned
 * into words. Entries keep their codes; only their reading changes.
 */
public final class AuditLines {
  private static final Pattern CASE = Pattern.compile("case=([0-9]+) ([a-z]+)->([a-z]+)");
  private static final Pattern ENTRIES = Pattern.compile("([0-9]+) entries");

  /** One entry as the page shows it; the links are null where the reader could not open them. */
  public record Line(
      long id,
      String time,
      String actor,
      String action,
      String target,
      String targetLink,
      String reason,
      String details,
      String detailsLink) {}

  /** What the reader may open besides the administration pages. */
  public record Reader(boolean moderates, boolean seesDrafts) {}

  private final Locale locale;
  private final Reader reader;
  private final AuditSubjects.Subjects subjects;

  AuditLines(Locale locale, Reader reader, AuditSubjects.Subjects subjects) {
    this.locale = locale;
    this.reader = reader;
    this.subjects = subjects;
  }

  Line line(AuditLog.AuditEntryView e) {
    String[] target = target(e);
    String[] details = details(e);
    return new Line(
        e.id(),
        WardTime.time(e.occurredAt()),
        person(e.actorId()),
        action(e.action()),
        target[0],
        target[1],
        reason(e),
        details[0],
        details[1]);
  }

  String action(String code) {
    return word("audit.action.", code);
  }

  /** 「はなこ（#12）」, 「退会したユーザー（#12）」, or 「システム」. */
  String person(Long id) {
    if (id == null) {
      return text("moderation.system");
    }
    AuditSubjects.Person p = subjects.people().get(id);
    String name =
        p == null || p.displayName() == null ? text("common.withdrawnUser") : p.displayName();
    return text("common.personWithId", Map.of("name", name, "id", id));
  }

  /** {description, link or null}. */
  private String[] target(AuditLog.AuditEntryView e) {
    String type = e.targetType();
    String id = e.targetId();
    if (type == null) {
      return new String[] {"", null};
    }
    Long n = id != null && id.matches("[0-9]{1,18}") ? Long.valueOf(id) : null;
    switch (type) {
      case "comment" -> {
        AuditSubjects.CommentRef c = n == null ? null : subjects.comments().get(n);
        if (c != null) {
          boolean open =
              CommentStatus.fromCode(c.status()).map(CommentStatus::inThread).orElse(false)
                  && (!"draft".equals(c.topicStatus()) || reader.seesDrafts());
          return new String[] {
            text("audit.subject.comment", Map.of("id", n, "topic", c.topicTitle())),
            open ? "/comment.xhtml?id=" + n : null
          };
        }
      }
      case "topic" -> {
        AuditSubjects.TopicRef t = n == null ? null : subjects.topics().get(n);
        if (t != null) {
          boolean open = !"draft".equals(t.status()) || reader.seesDrafts();
          return new String[] {
            text("audit.subject.topic", Map.of("title", t.title())),
            open ? "/topic.xhtml?id=" + n : null
          };
        }
      }
      case "participant" -> {
        if (n != null) {
          return new String[] {
            text("audit.subject.participant", Map.of("person", person(n))), null
          };
        }
      }
      case "moderation_template" -> {
        String[] titles = n == null ? null : subjects.templates().get(n);
        if (titles != null) {
          String title = "en".equals(locale.getLanguage()) ? titles[1] : titles[0];
          return new String[] {
            text("audit.subject.moderation_template", Map.of("title", title)),
            "/admin/moderation-templates.xhtml?id=" + n + "#templateForm"
          };
        }
      }
      case "watched_word" -> {
        String word = watchedWord(e.details())[1];
        return new String[] {
          word == null
              ? word("audit.targetType.", type)
              : text("audit.subject.watched_word", Map.of("word", word)),
          "/admin/watched-words.xhtml"
        };
      }
      case "policy_area" -> {
        String name = e.details() == null ? id : e.details();
        return new String[] {text("audit.subject.policy_area", Map.of("name", name)), null};
      }
      case "outbox" -> {
        return new String[] {word("audit.targetType.", type), "/admin/outbox.xhtml"};
      }
      case "audit_log" -> {
        return new String[] {word("audit.targetType.", type), null};
      }
      default -> {
        // an unknown kind of target: named below by its type and id
      }
    }
    String kind = word("audit.targetType.", type);
    return new String[] {id == null ? kind : kind + " #" + id, null};
  }

  /** A moderator's reason is stored as 「personal_info: 補足」: its category in words. */
  private String reason(AuditLog.AuditEntryView e) {
    String r = e.reason();
    if (r == null
        || !e.action().startsWith("moderation.")
        || e.action().startsWith("moderation.template")) {
      return r == null ? "" : r;
    }
    int colon = r.indexOf(": ");
    String code = colon < 0 ? r : r.substring(0, colon);
    if (!Messages.has(locale, "moderation.reason." + code)) {
      return r;
    }
    String word = text("moderation.reason." + code);
    return colon < 0 ? word : word + text("common.noteSeparator") + r.substring(colon + 2);
  }

  /** {words, link or null}. */
  private String[] details(AuditLog.AuditEntryView e) {
    String d = e.details();
    String action = e.action();
    if (d == null) {
      return new String[] {"", null};
    }
    if (action.startsWith("moderation.")) {
      Matcher m = CASE.matcher(d);
      if (m.matches()) {
        String change = state(m.group(2)) + " → " + state(m.group(3));
        return new String[] {
          text("audit.details.case", Map.of("id", m.group(1), "change", change)),
          reader.moderates() ? "/moderation/case.xhtml?id=" + m.group(1) : null
        };
      }
    }
    if (action.startsWith("role.")) {
      return new String[] {word("profile.role.", d), null};
    }
    if (action.startsWith("sanction.") && d.startsWith("until=")) {
      try {
        OffsetDateTime end = OffsetDateTime.parse(d.substring("until=".length()));
        return new String[] {text("time.until", Map.of("until", WardTime.until(end))), null};
      } catch (DateTimeParseException ignored) {
        return new String[] {d, null};
      }
    }
    if (action.equals("sanction.lift") && d.startsWith("sanction=")) {
      return new String[] {
        text("audit.details.sanction", Map.of("id", d.substring("sanction=".length()))), null
      };
    }
    if (action.equals("topic.response.published")) {
      return new String[] {word("response.status.", d), null};
    }
    if (action.equals("topic.created") || action.equals("topic.revised")) {
      return new String[] {text("audit.details.title", Map.of("title", d)), null};
    }
    if (action.startsWith("watched_word.")) {
      String[] w = watchedWord(d);
      if (w[0] == null) {
        return new String[] {d, null};
      }
      String what = word("words.action.", w[0]);
      return new String[] {w[2] == null ? what : what + " / " + word("words.match.", w[2]), null};
    }
    if (action.equals("outbox.read") && d.equals("recipient filter")) {
      return new String[] {text("audit.details.recipientFilter"), null};
    }
    if (action.equals("participant.searched")) {
      return new String[] {text("audit.details.query", Map.of("query", d)), null};
    }
    if (action.equals("policy-area.saved")) {
      return new String[] {"", null};
    }
    Matcher entries = ENTRIES.matcher(d);
    if (action.equals("audit_log.export") && entries.matches()) {
      return new String[] {text("audit.details.entries", Map.of("count", entries.group(1))), null};
    }
    return new String[] {d, null};
  }

  /**
   * A watched word's details, 「hold バカ」 or, with its match mode, 「hold word バカ」: {action code or
   * null, word or null, mode code or null}.
   */
  private static String[] watchedWord(String details) {
    if (details == null) {
      return new String[] {null, null, null};
    }
    int space = details.indexOf(' ');
    String code = space < 0 ? details : details.substring(0, space);
    if (space < 0 || !code.matches("block|hold|flag")) {
      return new String[] {null, null, null};
    }
    String rest = details.substring(space + 1);
    int next = rest.indexOf(' ');
    if (next > 0 && rest.substring(0, next).matches("part|word")) {
      return new String[] {code, rest.substring(next + 1), rest.substring(0, next)};
    }
    return new String[] {code, rest, null};
  }

  private String state(String code) {
    return word("moderation.state.", code);
  }

  private String word(String prefix, String code) {
    return Messages.has(locale, prefix + code) ? text(prefix + code) : code;
  }

  private String text(String key) {
    return Messages.get(locale, key);
  }

  private String text(String key, Map<String, ?> args) {
    return Messages.format(locale, key, args);
  }
}
