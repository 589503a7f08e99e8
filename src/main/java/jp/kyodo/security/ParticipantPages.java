package jp.kyodo.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import jp.kyodo.platform.web.PageReaders;
import jp.kyodo.platform.web.PersonalMarks;
import jp.kyodo.platform.web.ReaderFacts;

/**
 * The one class of signed-in readers whose reading pages are rendered once and filled in for each
 * of them (docs/decisions.md, "Pages as fast as the API"): plain participants who may write — no
 * role, no sanction in force, nothing to accept. Their pages differ only where the pages mark it;
 * everyone else's pages render for them alone. The stand-in a class's page renders as has no
 * participant row ({@link #STAND_IN_ID}), so nothing any participant did can reach the kept page;
 * its name is a mark, filled with each reader's own.
 *
 * <p>Also fills the marks of who the reader is: {@code name} (their display name) and the sections
 * {@code own} (shown when the reader is the participant named by the argument: a comment's author).
 */
@ApplicationScoped
public class ParticipantPages implements PageReaders, ReaderFacts {
  /** No participant has it: ids start at 1. */
  static final long STAND_IN_ID = -1;

  static final String PARTICIPANTS = "participant";

  @Inject CurrentActor currentActor;
  @Inject ForumPolicy policy;
  @Inject PersonalMarks marks;

  @Override
  public Optional<String> classOf(HttpServletRequest request) {
    Actor actor = currentActor.get();
    return actor.isAuthenticated() && actor.roles().isEmpty() && policy.canReact(actor)
        ? Optional.of(PARTICIPANTS)
        : Optional.empty();
  }

  @Override
  public StandIn standIn(HttpServletRequest request, String readerClass) {
    if (!PARTICIPANTS.equals(readerClass)) {
      throw new IllegalArgumentException(readerClass);
    }
    Object reader = request.getAttribute(Actor.REQUEST_ATTRIBUTE);
    Actor standIn = new Actor(STAND_IN_ID, marks.value("name", ""), Set.of());
    request.setAttribute(Actor.REQUEST_ATTRIBUTE, standIn);
    return () -> request.setAttribute(Actor.REQUEST_ATTRIBUTE, reader);
  }

  @Override
  public Set<String> kinds() {
    return Set.of("name", "own");
  }

  @Override
  public Map<String, Function<String, String>> of(Map<String, Set<String>> asked) {
    Actor actor = currentActor.get();
    String me = String.valueOf(actor.id());
    return Map.of("name", arg -> actor.displayName(), "own", author -> me.equals(author) + "");
  }
}
