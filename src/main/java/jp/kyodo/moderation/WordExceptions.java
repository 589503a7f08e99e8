package jp.kyodo.moderation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import jp.kyodo.audit.AuditLog;
import jp.kyodo.platform.ConflictException;
import jp.kyodo.platform.InputValidator;
import jp.kyodo.platform.InvalidInputException;
import jp.kyodo.platform.ResourceNotFoundException;
import jp.kyodo.platform.Text;
import jp.kyodo.platform.TextFolding;
import jp.kyodo.security.Actor;
import jp.kyodo.security.CurrentActor;
import jp.kyodo.security.ForumPolicy;

/**
 * Exception phrases of the watched words (administrators): 「ばかり」 for バカ, so that 「自転車ばかりで」 is not
 * blocked. A change rebuilds the matcher, like a change of the words.
 */
@ApplicationScoped
public class WordExceptions {
  @PersistenceContext(unitName = "kyodo")
  EntityManager em;

  @Inject CurrentActor currentActor;
  @Inject ForumPolicy policy;
  @Inject InputValidator validator;
  @Inject AuditLog audit;
  @Inject Clock clock;
  @Inject Event<WatchedWords.Changed> changed;

  /** Every exception, those for every word first, then by word, each in the order added. */
  @Transactional
  public List<WatchedWordException.View> list() {
    admin();
    Map<Long, String> words = new HashMap<>();
    em.createQuery("select w from WatchedWord w", WatchedWord.class)
        .getResultList()
        .forEach(w -> words.put(w.id(), w.word()));
    return em
        .createQuery(
            "select e from WatchedWordException e order by e.id", WatchedWordException.class)
        .getResultList()
        .stream()
        .sorted(Comparator.comparing(e -> e.wordId() == null ? 0L : e.wordId()))
        .map(e -> e.view(e.wordId() == null ? null : words.get(e.wordId())))
        .toList();
  }

  @Transactional
  public WatchedWordException.View add(ModerationRequests.WordException request) {
    Actor actor = admin();
    validator.check(request);
    WatchedWord word = null;
    if (request.wordId() != null) {
      word = em.find(WatchedWord.class, request.wordId());
      if (word == null) {
        throw InvalidInputException.of("wordId", "validation.exception.noSuchWord");
      }
    }
    String phrase = Text.normalize(request.phrase()).strip();
    String folded = TextFolding.fold(phrase);
    if (folded.isBlank()) {
      throw InvalidInputException.of("phrase", "validation.required");
    }
    if (Text.length(folded) > WatchedWord.MAX_LENGTH) {
      throw InvalidInputException.of(
          "phrase", "validation.word.foldedTooLong", Map.of("max", WatchedWord.MAX_LENGTH));
    }
    if (word != null && !folded.contains(word.folded())) {
      throw InvalidInputException.of(
          "phrase", "validation.exception.wordMissing", Map.of("word", word.word()));
    }
    Long wordId = word == null ? null : word.id();
    boolean taken =
        em
            .createQuery(
                "select e from WatchedWordException e where e.folded = ?1",
                WatchedWordException.class)
            .setParameter(1, folded)
            .getResultList()
            .stream()
            .anyMatch(e -> Objects.equals(e.wordId(), wordId));
    if (taken) {
      throw new ConflictException("duplicate_exception", "problem.moderation.duplicateException");
    }
    WatchedWordException e =
        new WatchedWordException(phrase, word, actor.id(), OffsetDateTime.now(clock));
    em.persist(e);
    em.flush();
    audit.record(
        actor,
        "watched_word.exception.add",
        "watched_word_exception",
        e.id(),
        null,
        phrase + (word == null ? "" : " (" + word.word() + ")"));
    changed.fire(new WatchedWords.Changed());
    return e.view(word == null ? null : word.word());
  }

  @Transactional
  public void remove(long id) {
    Actor actor = admin();
    WatchedWordException e = em.find(WatchedWordException.class, id);
    if (e == null) {
      throw new ResourceNotFoundException("watched_word_exception");
    }
    em.remove(e);
    audit.record(
        actor, "watched_word.exception.remove", "watched_word_exception", id, null, e.phrase());
    changed.fire(new WatchedWords.Changed());
  }

  private Actor admin() {
    Actor actor = currentActor.get();
    policy.require(policy.canManageModerationRules(actor), actor);
    return actor;
  }
}
