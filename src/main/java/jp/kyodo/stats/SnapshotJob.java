package jp.kyodo.stats;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The daily snapshot of the KPI and the main counts. Every hour, and once at start-up, it writes
 * every finished day that has no snapshot yet (from the first registration through yesterday), so
 * days missed while the server was down are caught up. Each day is written once ({@link
 * SnapshotWriter}), so runs may overlap across nodes without harm.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigrations")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SnapshotJob {
  private static final Logger LOG = Logger.getLogger(SnapshotJob.class.getName());

  @Inject SnapshotWriter writer;
  @Inject KpiSettings settings;
  @Inject Clock clock;

  @Resource ManagedExecutorService executor;

  private final ReentrantLock running = new ReentrantLock();

  @PostConstruct
  void atStartUp() {
    executor.submit(this::scheduled);
  }

  @Schedule(hour = "*", minute = "5", persistent = false)
  public void scheduled() {
    try {
      catchUp();
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "statistics snapshot failed; the next run retries", e);
    }
  }

  /** Writes every missing finished day; returns the days this call wrote. */
  public List<LocalDate> catchUp() {
    running.lock();
    try {
      LocalDate yesterday = LocalDate.now(clock.withZone(settings.zone())).minusDays(1);
      List<LocalDate> written = new ArrayList<>();
      long started = System.nanoTime();
      List<LocalDate> missing = writer.missingDays(yesterday);
      for (int i = 0; i < missing.size(); i++) {
        LocalDate day = missing.get(i);
        if (writer.write(day, i == missing.size() - 1)) {
          written.add(day);
        }
      }
      if (!written.isEmpty()) {
        LOG.info(
            () ->
                "statistics snapshot: wrote "
                    + written.size()
                    + " day(s) up to "
                    + written.get(written.size() - 1)
                    + " in "
                    + (System.nanoTime() - started) / 1_000_000
                    + " ms");
      }
      return written;
    } finally {
      running.unlock();
    }
  }
}
