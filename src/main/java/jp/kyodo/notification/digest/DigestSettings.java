package jp.kyodo.notification.digest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** How digests run (docs/configuration.md). */
@ApplicationScoped
public class DigestSettings {
  /** Whether this node sends digests on its own, hourly; the admin API works either way. */
  @Inject
  @ConfigProperty(name = "kyodo.digests.scheduled", defaultValue = "true")
  boolean scheduled;

  /** Digests per transaction. */
  @Inject
  @ConfigProperty(name = "kyodo.digests.batch-size", defaultValue = "500")
  int batchSize;

  /** Batches this node runs at once (each holds one pooled connection). */
  @Inject
  @ConfigProperty(name = "kyodo.digests.workers", defaultValue = "2")
  int workers;

  public boolean scheduled() {
    return scheduled;
  }

  public int batchSize() {
    return Math.max(1, Math.min(batchSize, 5000));
  }

  public int workers() {
    return Math.max(1, Math.min(workers, 8));
  }
}
