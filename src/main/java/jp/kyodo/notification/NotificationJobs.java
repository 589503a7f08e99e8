package jp.kyodo.notification;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import jp.kyodo.platform.DatabaseAvailability;
import jp.kyodo.platform.DatabaseMigrations;

/**
 * The notification work that runs on its own on every node, every 5 s once the schema is ready: the
 * closing notices due (one small indexed statement: topics open and closing within three days, or
 * just closed, without their notice yet), then a sweep that fans out and delivers what a wake-up
 * missed (an event of a node that stopped, a failed batch). Nodes share the rows through {@code
 * SKIP LOCKED} claims, so running everywhere is safe. Rounds are skipped while the database is
 * down.
 */
@ApplicationScoped
public class NotificationJobs {
  private static final Logger LOG = Logger.getLogger(NotificationJobs.class.getName());
  private static final long EVERY_SECONDS = 5;

  @Inject FanOut fanOut;
  @Inject InstantDelivery instant;
  @Inject ClosingNotices closing;
  @Inject DatabaseAvailability database;

  @Resource ManagedScheduledExecutorService scheduler;

  private ScheduledFuture<?> running;

  void onSchemaReady(@Observes DatabaseMigrations.SchemaReady ready) {
    running =
        scheduler.scheduleWithFixedDelay(
            this::sweep, EVERY_SECONDS, EVERY_SECONDS, TimeUnit.SECONDS);
  }

  void sweep() {
    if (!database.isAvailable()) {
      return;
    }
    try {
      closing.record();
      fanOut.drain();
      instant.drain();
    } catch (RuntimeException e) {
      // the next round tries again; the failure must not end the schedule
      database.report(e);
      LOG.log(Level.WARNING, "Notification sweep failed; the next round retries", e);
    }
  }

  @PreDestroy
  void stop() {
    if (running != null) {
      running.cancel(false);
    }
  }
}
