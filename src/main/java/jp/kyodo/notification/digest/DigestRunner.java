package jp.kyodo.notification.digest;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs the digests of one period: opens them (phase 1, {@link DigestClaims}), then workers send
 * them batch by batch (phase 2, {@link DigestBatch}) until none is left, logging progress after
 * every batch. A failed batch stops its worker and changes nothing; the next run, here or on
 * another node, takes the digests it left.
 */
@ApplicationScoped
public class DigestRunner {
  private static final Logger LOG = Logger.getLogger(DigestRunner.class.getName());

  @Inject DigestClaims claims;
  @Inject DigestBatch batch;
  @Inject DigestSettings settings;
  @Inject Clock clock;
  @Inject Instance<DigestDelivery> deliveries;

  @Resource ManagedExecutorService executor;

  /** What a run did: digests opened and sent, mails queued, and what is still pending. */
  public record DigestRun(
      String frequency,
      OffsetDateTime periodStart,
      OffsetDateTime periodEnd,
      int opened,
      int sent,
      int mails,
      long pending,
      int failedBatches) {}

  public DigestRun run(DigestPeriod period) {
    long started = System.nanoTime();
    int opened = 0;
    AtomicInteger sent = new AtomicInteger();
    AtomicInteger mails = new AtomicInteger();
    AtomicInteger failed = new AtomicInteger();
    long pending = 0;
    for (DigestDelivery delivery : deliveries) {
      OffsetDateTime now = OffsetDateTime.now(clock);
      opened += claims.open(period, delivery.channel(), now);
      long total = claims.pending(period, delivery.channel());
      if (total > 0) {
        LOG.info(() -> period + " " + delivery.channel().code() + ": " + total + " to send");
        AtomicLong done = new AtomicLong();
        List<Future<?>> workers = new ArrayList<>();
        for (int i = 0; i < settings.workers(); i++) {
          workers.add(
              executor.submit(() -> work(period, delivery, total, done, sent, mails, failed)));
        }
        for (Future<?> w : workers) {
          await(w);
        }
      }
      pending += claims.pending(period, delivery.channel());
    }
    long ms = (System.nanoTime() - started) / 1_000_000;
    DigestRun result =
        new DigestRun(
            period.frequency().code(),
            period.start(),
            period.end(),
            opened,
            sent.get(),
            mails.get(),
            pending,
            failed.get());
    if (opened > 0 || sent.get() > 0 || failed.get() > 0) {
      LOG.info(() -> period + " finished in " + ms + " ms: " + result);
    }
    return result;
  }

  private void work(
      DigestPeriod period,
      DigestDelivery delivery,
      long total,
      AtomicLong done,
      AtomicInteger sent,
      AtomicInteger mails,
      AtomicInteger failed) {
    while (true) {
      DigestBatch.Outcome outcome;
      try {
        outcome = batch.run(period, delivery, settings.batchSize(), OffsetDateTime.now(clock));
      } catch (RuntimeException e) {
        failed.incrementAndGet();
        LOG.log(
            Level.SEVERE,
            period + ": a batch failed and was rolled back; the next run sends its digests",
            e);
        return;
      }
      if (outcome.digests() == 0) {
        return;
      }
      sent.addAndGet(outcome.digests());
      mails.addAndGet(outcome.mails());
      long now = done.addAndGet(outcome.digests());
      NumberFormat n = NumberFormat.getIntegerInstance(Locale.ENGLISH);
      LOG.info(() -> period + ": " + n.format(now) + " / " + n.format(total));
    }
  }

  private static void await(Future<?> worker) {
    try {
      worker.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    }
  }
}
