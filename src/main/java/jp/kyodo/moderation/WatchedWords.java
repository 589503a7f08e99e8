package jp.kyodo.moderation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jp.kyodo.audit.AuditLog;
import jp.kyodo.platform.ConflictException;
import jp.kyodo.platform.DataGrid;
import jp.kyodo.platform.InputValidator;
import jp.kyodo.platform.InvalidInputException;
import jp.kyodo.platform.ResourceNotFoundException;
import jp.kyodo.platform.Text;
import jp.kyodo.platform.TextFolding;
import jp.kyodo.platform.Versions;
import jp.kyodo.security.Actor;
import jp.kyodo.security.CurrentActor;
import jp.kyodo.security.ForumPolicy;

/**
 * The watched-word list (administrators) and the matcher built from it with the exception phrases
 * ({@link WordExceptions}). The matcher is rebuilt after every committed change, on this node and,
 * told through the data grid, on the others; and at least every minute, should a message be lost.
 */
@ApplicationScoped
public class WatchedWords {
  private static final Duration REFRESH = Duration.ofMinutes(1);

  @PersistenceContext(unitName = "kyodo")
  EntityManager em;

  @Inject CurrentActor currentActor;
  @Inject ForumPolicy policy;
  @Inject InputValidator validator;
  @Inject AuditLog audit;
  @Inject Clock clock;
  @Inject Event<Changed> changed;

  private static final String CHANNEL = "kyodo.watched-words";

  @Inject DataGrid grid;
  private volatile DataGrid.Channel otherNodes;

  private volatile WordMatcher matcher;
  private volatile Instant builtAt = Instant.EPOCH;

  /** The list changed; observers rebuild after commit. */
  public record Changed() {}

  public WordMatcher matcher() {
    if (matcher == null || builtAt.plus(REFRESH).isBefore(Instant.now())) {
      rebuild();
    }
    return matcher;
  }

  /** In a cluster, the other nodes rebuild theirs when told (a few bytes on the data grid). */
  void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
    otherNodes = grid.channel(CHANNEL, changedElsewhere -> rebuild());
  }

  void rebuild(@Observes(during = TransactionPhase.AFTER_SUCCESS) Changed change) {
    rebuild();
    if (otherNodes != null) {
      otherNodes.publish("changed");
    }
  }

  private void rebuild() {
    Map<Long, List<String>> excusing = new HashMap<>();
    List<String> excusingAny = new ArrayList<>();
    for (WatchedWordException e :
        em.createQuery("select e from WatchedWordException e", WatchedWordException.class)
            .getResultList()) {
      if (e.wordId() == null) {
        excusingAny.add(e.phrase());
      } else {
        excusing.computeIfAbsent(e.wordId(), id -> new ArrayList<>()).add(e.phrase());
      }
    }
    List<WordMatcher.Word> words =
        em.createQuery("select w from WatchedWord w", WatchedWord.class).getResultList().stream()
            .map(
                w ->
                    new WordMatcher.Word(
                        w.word(), w.action(), w.mode(), excusing.getOrDefault(w.id(), List.of())))
            .toList();
    WordMatcher built = new WordMatcher(words, excusingAny);
    if (built.tokenizes()) {
      JapaneseTokens.warmUp(); // the dictionaries load here, not while a comment waits
    }
    matcher = built;
    builtAt = Instant.now();
  }

  @Transactional
  public List<WatchedWord.View> list() {
    admin();
    return em
        .createQuery("select w from WatchedWord w order by w.id", WatchedWord.class)
        .getResultList()
        .stream()
        .map(WatchedWord::view)
        .toList();
  }

  @Transactional
  public WatchedWord.View add(ModerationRequests.WatchedWord request) {
    Actor actor = admin();
    validator.check(request);
    WatchedWord.Action action = action(request.action());
    WordMatcher.Mode mode = request.match() == null ? WordMatcher.Mode.PART : mode(request.match());
    String word = Text.normalize(request.word()).strip();
    String folded = TextFolding.fold(word);
    if (folded.isBlank()) {
      throw InvalidInputException.of("word", "validation.required");
    }
    if (Text.length(folded) > WatchedWord.MAX_LENGTH) {
      // NFKC can lengthen a word (㍻ is 平成, ﷺ is 18 letters); the folded form has a column too
      throw InvalidInputException.of(
          "word", "validation.word.foldedTooLong", Map.of("max", WatchedWord.MAX_LENGTH));
    }
    boolean taken =
        !em.createQuery("select w.id from WatchedWord w where w.folded = ?1")
            .setParameter(1, folded)
            .getResultList()
            .isEmpty();
    if (taken) {
      throw new ConflictException("duplicate_word", "problem.moderation.duplicateWord");
    }
    WatchedWord w = new WatchedWord(word, action, mode, actor.id(), OffsetDateTime.now(clock));
    em.persist(w);
    em.flush();
    audit.record(
        actor,
        "watched_word.add",
        "watched_word",
        w.id(),
        null,
        action.code() + " " + mode.code() + " " + word);
    changed.fire(new Changed());
    return w.view();
  }

  /** Changes a word's action and match mode; 409 when it changed since the version sent. */
  @Transactional
  public WatchedWord.View change(long id, ModerationRequests.WatchedWordChange request) {
    Actor actor = admin();
    validator.check(request);
    WatchedWord.Action action = action(request.action());
    WordMatcher.Mode mode = mode(request.match());
    WatchedWord w = em.find(WatchedWord.class, id);
    if (w == null) {
      throw new ResourceNotFoundException("watched_word");
    }
    Versions.require(request.version(), w.version());
    w.change(action, mode);
    em.flush();
    audit.record(
        actor,
        "watched_word.change",
        "watched_word",
        id,
        null,
        action.code() + " " + mode.code() + " " + w.word());
    changed.fire(new Changed());
    return w.view();
  }

  @Transactional
  public void remove(long id) {
    Actor actor = admin();
    WatchedWord w = em.find(WatchedWord.class, id);
    if (w == null) {
      throw new ResourceNotFoundException("watched_word");
    }
    em.remove(w);
    audit.record(
        actor, "watched_word.remove", "watched_word", id, null, w.action().code() + " " + w.word());
    changed.fire(new Changed());
  }

  private static WatchedWord.Action action(String code) {
    try {
      return WatchedWord.Action.valueOf(code.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw InvalidInputException.of("action", "validation.code.unknown");
    }
  }

  private static WordMatcher.Mode mode(String code) {
    return WordMatcher.Mode.of(code.strip().toLowerCase(Locale.ROOT))
        .orElseThrow(() -> InvalidInputException.of("match", "validation.code.unknown"));
  }

  private Actor admin() {
    Actor actor = currentActor.get();
    policy.require(policy.canManageModerationRules(actor), actor);
    return actor;
  }
}
