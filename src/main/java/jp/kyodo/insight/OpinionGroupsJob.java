package jp.kyodo.insight;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import jp.kyodo.platform.DatabaseAvailability;
import jp.kyodo.platform.DatabaseMigrations;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keeps the opinion groups of open topics current: every {@code kyodo.insight.groups-every} (5
 * minutes) each open topic with votes since its last run is computed again. Every node runs the
 * schedule; the topic's advisory lock and the run's time make it once per cluster ({@link
 * OpinionGroupsService#refreshIfStale}). Skipped while the database is down.
 */
@ApplicationScoped
public class OpinionGroupsJob {
  private static final Logger LOG = Logger.getLogger(OpinionGroupsJob.class.getName());

  @Inject OpinionGroupsService groups;
  @Inject DatabaseAvailability database;

  @Inject
  @ConfigProperty(name = "kyodo.insight.groups-every", defaultValue = "PT5M")
  Duration every;

  @Resource ManagedScheduledExecutorService scheduler;

  private ScheduledFuture<?> running;

  void onSchemaReady(@Observes DatabaseMigrations.SchemaReady ready) {
    long seconds = Math.max(1, every.toSeconds());
    running = scheduler.scheduleWithFixedDelay(this::sweep, seconds, seconds, TimeUnit.SECONDS);
  }

  void sweep() {
    if (!database.isAvailable()) {
      return;
    }
    try {
      for (long topic : groups.openTopicsWithVotes()) {
        if (groups.refreshIfStale(topic, every)) {
          LOG.fine(() -> "opinion groups of topic " + topic + " computed again");
        }
      }
    } catch (RuntimeException e) {
      database.report(e);
      LOG.log(Level.WARNING, "Opinion groups sweep failed; the next round retries", e);
    }
  }

  @PreDestroy
  void stop() {
    if (running != null) {
      running.cancel(false);
    }
  }
}
