package jp.kyodo.platform;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The one owner of "is the database up" (a circuit breaker). Any part of the application that sees
 * PostgreSQL fail to answer reports it here; from then on requests are answered 503 at once ({@link
 * AvailabilityFilter}, the exception mappers, {@link DatabaseHealthCheck}) instead of each waiting
 * for its own failure, and a background probe opens a connection of its own every {@link
 * #PROBE_INTERVAL} until PostgreSQL answers again.
 *
 * <p>The probe connects directly, not through the pool, so that a full pool does not look like an
 * outage; the pool drops its dead connections itself (it validates a connection not used for a
 * second before lending it, see {@link DataSourceConfig}).
 */
@ApplicationScoped
public class DatabaseAvailability {
  static final Duration PROBE_INTERVAL = Duration.ofMillis(250);
  private static final Logger LOG = Logger.getLogger(DatabaseAvailability.class.getName());

  @Resource ManagedScheduledExecutorService scheduler;

  private volatile Instant downSince;
  private ScheduledFuture<?> probing;

  /** False from the first failure seen until the probe reaches PostgreSQL again. */
  public boolean isAvailable() {
    return downSince == null;
  }

  /** When the current outage was first seen; empty while the database is up. */
  public Optional<Instant> downSince() {
    return Optional.ofNullable(downSince);
  }

  /**
   * Looks at a failure seen anywhere. If it says PostgreSQL cannot be reached, the database is
   * marked down. Returns true if the answer to the request should be 503 (down, or no connection to
   * be had now).
   */
  public boolean report(Throwable failure) {
    DatabaseFailures.Kind kind = DatabaseFailures.classify(failure);
    if (kind == DatabaseFailures.Kind.UNREACHABLE) {
      markDown(String.valueOf(failure));
    }
    return kind != DatabaseFailures.Kind.NONE;
  }

  /** Marks the database down (if it is not already) and starts probing for its return. */
  public synchronized void markDown(String reason) {
    if (downSince == null) {
      downSince = Instant.now();
      LOG.warning(
          () ->
              "The database cannot be reached; answering 503 until it answers again. Cause: "
                  + reason);
    }
    if (probing == null) {
      long every = PROBE_INTERVAL.toMillis();
      // the first probe at once: a single broken pooled connection with PostgreSQL up costs a
      // moment of 503s, not a probe interval
      probing = scheduler.scheduleWithFixedDelay(this::probe, 0, every, TimeUnit.MILLISECONDS);
    }
  }

  private void probe() {
    if (!reachable()) {
      return;
    }
    synchronized (this) {
      Instant since = downSince;
      downSince = null;
      if (probing != null) {
        probing.cancel(false);
        probing = null;
      }
      if (since != null) {
        LOG.info(
            () ->
                "The database answers again after "
                    + Duration.between(since, Instant.now()).toMillis()
                    + " ms; serving requests");
      }
    }
  }

  /** A connection of its own (short timeouts) and one statement. */
  static boolean reachable() {
    Config config = ConfigProvider.getConfig();
    PGSimpleDataSource ds = new PGSimpleDataSource();
    ds.setURL(config.getValue("kyodo.db.url", String.class));
    config.getOptionalValue("kyodo.db.user", String.class).ifPresent(ds::setUser);
    config.getOptionalValue("kyodo.db.password", String.class).ifPresent(ds::setPassword);
    ds.setConnectTimeout(1);
    ds.setLoginTimeout(2);
    ds.setSocketTimeout(2);
    try (Connection c = ds.getConnection();
        Statement st = c.createStatement()) {
      st.execute("select 1");
      return true;
    } catch (SQLException e) {
      return false;
    }
  }

  @PreDestroy
  synchronized void stop() {
    if (probing != null) {
      probing.cancel(false);
    }
  }
}
