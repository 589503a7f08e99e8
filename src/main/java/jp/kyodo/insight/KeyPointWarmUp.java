package jp.kyodo.insight;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import jp.kyodo.platform.DatabaseAvailability;
import jp.kyodo.platform.DatabaseMigrations;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Cuts every topic's sample for the key points' IDF ({@link TermIndex}) once, {@code
 * kyodo.insight.key-points-warm-up} (a minute) after start, so that the first extraction on this
 * node only cuts its own topic. {@code PT0S} switches it off (the first extraction then cuts the
 * samples itself). Skipped while the database is down.
 */
@ApplicationScoped
public class KeyPointWarmUp {
  private static final Logger LOG = Logger.getLogger(KeyPointWarmUp.class.getName());

  @Inject TermIndex index;
  @Inject DatabaseAvailability database;

  @Inject
  @ConfigProperty(name = "kyodo.insight.key-points-warm-up", defaultValue = "PT1M")
  Duration after;

  @Resource ManagedScheduledExecutorService scheduler;

  void onSchemaReady(@Observes DatabaseMigrations.SchemaReady ready) {
    if (!after.isZero() && !after.isNegative()) {
      scheduler.schedule(this::warm, after.toSeconds(), TimeUnit.SECONDS);
    }
  }

  void warm() {
    if (!database.isAvailable()) {
      return;
    }
    try {
      long t0 = System.nanoTime();
      int topics = index.warm();
      LOG.info(
          () ->
              String.format(
                  "Key points: the IDF samples of %d topics cut in %.1f s",
                  topics, (System.nanoTime() - t0) / 1e9));
    } catch (RuntimeException e) {
      database.report(e);
      LOG.log(Level.WARNING, "Key points: warming the IDF samples failed; extractions cut them", e);
    }
  }
}
