package jp.kyodo.notification;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Turns recorded events into notifications soon after their transaction commits, on a worker thread
 * so that posting does not wait; {@link NotificationJobs} also runs it every few seconds, which
 * picks up events left by a node that stopped. One drain at a time per node; nodes share the events
 * through {@link FanOutBatch}'s row locks.
 */
@ApplicationScoped
public class FanOut {
  private static final Logger LOG = Logger.getLogger(FanOut.class.getName());

  @Inject FanOutBatch batch;
  @Inject Event<FannedOut> fannedOut;

  /** How long a drain waits after the first event that asks for it, gathering the next ones. */
  static final long GATHER_MILLIS = 500;

  @Resource ManagedScheduledExecutorService scheduler;

  private final AtomicBoolean due = new AtomicBoolean();
  private final AtomicBoolean running = new AtomicBoolean();
  private final AtomicBoolean again = new AtomicBoolean();

  /** Fired after a drain wrote notifications: channels that deliver at once start then. */
  public record FannedOut(int events) {}

  /**
   * After a commit that recorded an event: a drain in {@link #GATHER_MILLIS} unless one is already
   * due. Busy posting (hundreds a second) then costs one fan-out of many events, not one small one
   * per post: the first benchmark run with a drain per commit cost a third more CPU per post.
   */
  void onRecorded(
      @Observes(during = TransactionPhase.AFTER_SUCCESS) NotificationEvents.Recorded recorded) {
    drainIn(GATHER_MILLIS);
  }

  /** A drain in so many milliseconds, unless one is already due. */
  private void drainIn(long millis) {
    if (!due.compareAndSet(false, true)) {
      return; // a drain is already due and will take this event too
    }
    try {
      scheduler.schedule(
          () -> {
            due.set(false);
            drain();
          },
          millis,
          TimeUnit.MILLISECONDS);
    } catch (RejectedExecutionException e) {
      due.set(false);
      LOG.log(Level.FINE, "Fan-out deferred to the next sweep", e);
    }
  }

  /** Fans out every pending event; returns how many. */
  public int drain() {
    again.set(true);
    if (!running.compareAndSet(false, true)) {
      return 0; // the running drain sees `again` and goes round once more
    }
    int total = 0;
    try {
      while (again.getAndSet(false)) {
        int taken;
        do {
          taken = batch.run();
          total += taken;
        } while (taken == FanOutBatch.SIZE);
        int passed;
        do {
          passed = batch.runFollowers();
          total += passed;
        } while (passed == FanOutBatch.TOPICS);
      }
      // opinions on a topic whose followers were told moments ago: the next drain when the first
      // of those topics is due
      batch.nextPassIn().ifPresent(wait -> drainIn(Math.max(GATHER_MILLIS, wait.toMillis() + 50)));
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Fan-out stopped; the next sweep retries", e);
    } finally {
      running.set(false);
    }
    if (total > 0) {
      fannedOut.fire(new FannedOut(total));
    }
    return total;
  }
}
