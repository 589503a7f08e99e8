package jp.kyodo.comment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import jp.kyodo.platform.web.ReaderFacts;
import jp.kyodo.security.Actor;
import jp.kyodo.security.CurrentActor;

/**
 * The reader's reactions in pages kept for a class of readers: {@code pressed} (aria-pressed of a
 * comment's agree or disagree button, argument {@code commentId:kind}) and {@code pressedClass}
 * (the class that shows it). One query for every comment of the page.
 */
@ApplicationScoped
public class ReactionMarks implements ReaderFacts {
  static final String PRESSED = "pressed";
  static final String PRESSED_CLASS = "pressedClass";

  @Inject ThreadReader reader;
  @Inject CurrentActor currentActor;

  static String arg(long commentId, String kind) {
    return commentId + ":" + kind;
  }

  static String pressedClass(boolean pressed) {
    return pressed ? " reaction--mine" : "";
  }

  @Override
  public Set<String> kinds() {
    return Set.of(PRESSED, PRESSED_CLASS);
  }

  @Override
  public Map<String, Function<String, String>> of(Map<String, Set<String>> marks) {
    Set<Long> comments = new HashSet<>();
    for (Set<String> args : marks.values()) {
      for (String a : args) {
        comments.add(Long.parseLong(a, 0, a.indexOf(':'), 10));
      }
    }
    Actor actor = currentActor.get();
    Map<Long, String> mine =
        actor.isAuthenticated() ? reader.reactionsOf(actor.id(), comments) : Map.of();
    Function<String, Boolean> pressed =
        a -> {
          int colon = a.indexOf(':');
          String kind = mine.get(Long.parseLong(a, 0, colon, 10));
          return kind != null
              && a.length() - colon - 1 == kind.length()
              && a.regionMatches(colon + 1, kind, 0, kind.length());
        };
    return Map.of(
        PRESSED, a -> pressed.apply(a).toString(),
        PRESSED_CLASS, a -> pressedClass(pressed.apply(a)));
  }
}
