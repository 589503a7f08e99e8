package jp.kyodo.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.concurrent.ConcurrentHashMap;

/**
 * When each topic's public content last changed on this node, and when text on it was last
 * withdrawn: the one record the caches of what readers see ({@link MicroCache}s of thread pages, as
 * JSON and as HTML) judge their entries by. Recorded after the change commits, so that a read that
 * began before it can never look newer than it.
 */
@ApplicationScoped
public class ThreadChanges {
  /** What a copy read at some moment is worth now. */
  public enum State {
    /** Nothing changed since it was read, and it is younger than its lifetime. */
    FRESH,
    /** Older than its lifetime, or something was added since: servable while a new one is built. */
    STALE,
    /** Text it shows was deleted, edited or hidden since: never servable again. */
    WITHDRAWN
  }

  /**
   * The pseudo-topic of pages listing topics (the topic list, the home page): it changes with what
   * lists show of any topic ({@link ThreadChanged#listed}). Their counts of opinions follow within
   * the caches' lifetime: a list made stale by every comment would be rendered again and again on a
   * busy day.
   */
  public static final long LISTS = 0;

  private record Changes(long changedAt, boolean anyWithdrawal, long withdrawnAt) {}

  /** Topics are a few thousand at most: one small record each, never evicted. */
  private final ConcurrentHashMap<Long, Changes> changes = new ConcurrentHashMap<>();

  /**
   * The state of a copy of the topic's content read at {@code readAt} and fresh until {@code
   * expiresAt} (both {@link System#nanoTime}).
   */
  public State state(long topicId, long readAt, long expiresAt, long now) {
    Changes c = changes.get(topicId);
    if (c != null && c.anyWithdrawal() && c.withdrawnAt() - readAt >= 0) {
      return State.WITHDRAWN;
    }
    boolean fresh = now - expiresAt < 0 && (c == null || c.changedAt() - readAt < 0);
    return fresh ? State.FRESH : State.STALE;
  }

  /** Whether the topic changed at or after {@code readAt} ({@link System#nanoTime}). */
  public boolean changedSince(long topicId, long readAt) {
    Changes c = changes.get(topicId);
    return c != null && c.changedAt() - readAt >= 0;
  }

  public void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) ThreadChanged change) {
    long now = System.nanoTime();
    record(change.topicId(), change.withdrawsText(), now);
    if (change.listed()) {
      record(LISTS, true, now);
    }
  }

  private void record(long topicId, boolean withdrawsText, long now) {
    changes.compute(
        topicId,
        (id, c) -> {
          if (withdrawsText) {
            return new Changes(now, true, now);
          }
          return c == null
              ? new Changes(now, false, 0)
              : new Changes(now, c.anyWithdrawal(), c.withdrawnAt());
        });
  }
}
