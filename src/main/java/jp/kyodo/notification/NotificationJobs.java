package jp.kyodo.notification;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The notification work that runs on its own on every node: a sweep that fans out and mails what a
 * wake-up missed (an event of a node that stopped, a failed batch), and the closing notices. Nodes
 * share the rows through {@code SKIP LOCKED} claims, so running everywhere is safe.
 */
@Singleton
public class NotificationJobs {
  private static final Logger LOG = Logger.getLogger(NotificationJobs.class.getName());

  @Inject FanOut fanOut;
  @Inject InstantDelivery instant;
  @Inject ClosingNotices closing;

  @Schedule(hour = "*", minute = "*", second = "*/5", persistent = false)
  public void sweep() {
    fanOut.drain();
    instant.drain();
  }

  @Schedule(hour = "*", minute = "*/10", persistent = false)
  public void closingNotices() {
    try {
      closing.record();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Closing notices failed; the next run retries", e);
    }
  }
}
