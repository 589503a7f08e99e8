package jp.kyodo.notification.digest;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;
import jp.kyodo.notification.Frequency;

/**
 * Every hour (at minute 7), the digests of the last finished Tokyo day and week: the daily digest
 * leaves soon after 00:00 Tokyo, the weekly one after 00:00 on Monday. Every node runs it; the
 * database shares the work out and makes each digest once. An hour missed (a restart, a failed
 * batch) is simply caught up by the next.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DigestJob {
  private static final Logger LOG = Logger.getLogger(DigestJob.class.getName());

  @Inject DigestRunner runner;
  @Inject DigestSettings settings;
  @Inject Clock clock;

  private final ReentrantLock running = new ReentrantLock();

  @Schedule(hour = "*", minute = "7", persistent = false)
  public void scheduled() {
    if (!settings.scheduled() || !running.tryLock()) {
      return;
    }
    try {
      for (Frequency f : new Frequency[] {Frequency.DAILY, Frequency.WEEKLY}) {
        runner.run(DigestPeriod.lastFinished(f, clock.instant()));
      }
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "digest run failed; the next hour's run continues", e);
    } finally {
      running.unlock();
    }
  }
}
