package jp.kyodo.notification;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Hands notifications chosen "at once" to their channel right after a fan-out, and on each sweep.
 */
@ApplicationScoped
public class InstantDelivery {
  private static final Logger LOG = Logger.getLogger(InstantDelivery.class.getName());

  @Inject EmailNotifications email;

  @Resource ManagedExecutorService executor;

  private final AtomicBoolean running = new AtomicBoolean();

  void onFannedOut(@Observes FanOut.FannedOut fannedOut) {
    try {
      executor.execute(this::drain);
    } catch (RejectedExecutionException e) {
      LOG.log(Level.FINE, "Delivery deferred to the next sweep", e);
    }
  }

  public void drain() {
    if (!running.compareAndSet(false, true)) {
      return;
    }
    try {
      while (email.run() == EmailNotifications.SIZE) {
        // a full batch: there may be more
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Instant delivery stopped; the next sweep retries", e);
    } finally {
      running.set(false);
    }
  }
}
