package jp.kyodo.comment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import jp.kyodo.platform.AuthenticationRequiredException;
import jp.kyodo.security.Actor;
import jp.kyodo.security.CurrentActor;

/** A participant's own activity: what they wrote, and the replies they received. */
@ApplicationScoped
public class ActivityService {
  public static final int PAGE_SIZE = 20;

  @Inject CurrentActor currentActor;
  @Inject ThreadReader reader;

  /** A page of activity, newest first; {@code nextBefore} continues it (null: no more). */
  public record ActivityPage(List<ThreadReader.Activity> items, Long nextBefore) {}

  public ActivityPage written(Long before) {
    return page(reader.writtenBy(signedIn().id(), before, PAGE_SIZE));
  }

  public ActivityPage repliesReceived(Long before) {
    return page(reader.repliesTo(signedIn().id(), before, PAGE_SIZE));
  }

  private Actor signedIn() {
    Actor actor = currentActor.get();
    if (!actor.isAuthenticated()) {
      throw new AuthenticationRequiredException();
    }
    return actor;
  }

  private static ActivityPage page(List<ThreadReader.Activity> rows) {
    boolean more = rows.size() > PAGE_SIZE;
    List<ThreadReader.Activity> items = more ? rows.subList(0, PAGE_SIZE) : rows;
    return new ActivityPage(
        List.copyOf(items), more ? items.get(items.size() - 1).comment().id() : null);
  }
}
