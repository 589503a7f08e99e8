package jp.kyodo.notification.line;

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
 * Pushes waiting instant LINE notifications: every {@code kyodo.line.poll-interval} (5 s) it hands
 * out up to {@link #BATCH} of them, one transaction each ({@link LineNotifications}). Starts once
 * the schema is ready, and only when LINE is configured. Every node runs it; the row locks keep
 * them apart.
 */
@ApplicationScoped
public class LineDelivery {
  static final int BATCH = 20;
  private static final Logger LOG = Logger.getLogger(LineDelivery.class.getName());

  @Resource ManagedScheduledExecutorService scheduler;
  @Inject LineSettings settings;
  @Inject LineNotifications notifications;
  @Inject DatabaseAvailability database;

  private ScheduledFuture<?> running;

  void onSchemaReady(@Observes DatabaseMigrations.SchemaReady ready) {
    if (!settings.enabled()) {
      LOG.info("LINE is not configured (KYODO_LINE_CHANNEL_ACCESS_TOKEN, _SECRET): no pushes");
      return;
    }
    long every = Math.max(settings.pollInterval().toMillis(), 100);
    running =
        scheduler.scheduleWithFixedDelay(this::deliverDue, every, every, TimeUnit.MILLISECONDS);
  }

  /** Up to one batch of due notifications; the rest wait for the next round. */
  void deliverDue() {
    if (!database.isAvailable()) {
      return;
    }
    try {
      for (int i = 0; i < BATCH && notifications.deliverNext(); i++) {
        // each call delivers one
      }
    } catch (RuntimeException e) {
      // the next round tries again; the failure must not end the schedule
      database.report(e);
      LOG.log(Level.WARNING, "LINE delivery round failed", e);
    }
  }

  @PreDestroy
  void stop() {
    if (running != null) {
      running.cancel(false);
    }
  }
}
