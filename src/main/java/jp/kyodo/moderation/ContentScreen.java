package jp.kyodo.moderation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import jp.kyodo.comment.CommentScreen;
import jp.kyodo.platform.InvalidInputException;
import jp.kyodo.platform.InvalidInputException.FieldError;
import jp.kyodo.security.Actor;
import jp.kyodo.security.Role;
import jp.kyodo.topic.Topic;

/**
 * The checks a comment passes before it is saved, strongest first: a blocked word refuses it; a
 * held word, personal information, a pre-moderated topic or a new participant's first comments hold
 * it; a flagged word publishes it and asks a moderator to look. Ward staff and moderators are not
 * pre-moderated, but their text is checked like anyone's.
 */
@ApplicationScoped
public class ContentScreen implements CommentScreen {
  @PersistenceContext(unitName = "kyodo")
  EntityManager em;

  @Inject WatchedWords watchedWords;
  @Inject ModerationSettings settings;

  @Override
  public Screening screen(Topic topic, Actor author, String body, boolean isEdit) {
    Optional<WordMatcher.Match> word = watchedWords.matcher().strongest(body);
    if (word.isPresent() && word.get().action() == WatchedWord.Action.BLOCK) {
      throw new InvalidInputException(
          List.of(
              new FieldError(
                  "body", "validation.body.blockedWord", Map.of("word", word.get().word()))));
    }
    if (word.isPresent() && word.get().action() == WatchedWord.Action.HOLD) {
      return hold(ModerationReason.WATCHED_WORD, word.get().word());
    }
    Optional<PersonalInfoGuard.Kind> personal = PersonalInfoGuard.find(body);
    if (personal.isPresent()) {
      return hold(ModerationReason.PERSONAL_INFO, personal.get().name().toLowerCase(Locale.ROOT));
    }
    boolean trusted = author.has(Role.STAFF) || author.has(Role.MODERATOR);
    if (!isEdit && !trusted && topic.isPremoderated()) {
      return hold(ModerationReason.PREMODERATION, null);
    }
    if (!isEdit && !trusted && isNew(author)) {
      return hold(ModerationReason.NEW_PARTICIPANT, null);
    }
    if (word.isPresent()) {
      return new Screening(
          Screening.Verdict.FLAG, ModerationReason.WATCHED_WORD.code(), word.get().word());
    }
    return Screening.PUBLISH;
  }

  private boolean isNew(Actor author) {
    int held = settings.newParticipantHeldComments();
    if (held == 0) {
      return false;
    }
    long written =
        ((Number)
                em.createNativeQuery(
                        "select count(*) from (select 1 from comment where author_id = ?1"
                            + " and status <> 'rejected' limit ?2) c")
                    .setParameter(1, author.id())
                    .setParameter(2, held)
                    .getSingleResult())
            .longValue();
    return written < held;
  }

  private static Screening hold(ModerationReason reason, String detail) {
    return new Screening(Screening.Verdict.HOLD, reason.code(), detail);
  }
}
