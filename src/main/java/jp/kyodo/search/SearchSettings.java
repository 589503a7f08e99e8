package jp.kyodo.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Search settings, from configuration (docs/configuration.md). */
@ApplicationScoped
public class SearchSettings {
  @Inject
  @ConfigProperty(name = "kyodo.search.dir")
  Optional<String> dir;

  @Inject
  @ConfigProperty(name = "kyodo.search.poll-interval", defaultValue = "PT0.5S")
  Duration pollInterval;

  @Inject
  @ConfigProperty(name = "kyodo.search.rebuild-backlog", defaultValue = "50000")
  long rebuildBacklog;

  @Inject
  @ConfigProperty(name = "kyodo.search.rebuild-threads", defaultValue = "2")
  int rebuildThreads;

  @Inject
  @ConfigProperty(name = "kyodo.search.outbox-retention", defaultValue = "P7D")
  Duration outboxRetention;

  /**
   * This node's index directory: the setting, else {@code kyodo-search} in Payara's instance
   * directory (Payara Micro's --rootdir, one per node), else in the working directory.
   */
  public Path dir() {
    if (dir.isPresent() && !dir.get().isBlank()) {
      return Path.of(dir.get()).toAbsolutePath();
    }
    String instance = System.getProperty("com.sun.aas.instanceRoot");
    return (instance == null ? Path.of("") : Path.of(instance))
        .resolve("kyodo-search")
        .toAbsolutePath();
  }

  /** How often the outbox is read: a change is searchable within about this much. */
  public Duration pollInterval() {
    return pollInterval.isNegative() || pollInterval.isZero()
        ? Duration.ofMillis(500)
        : pollInterval;
  }

  /** A backlog longer than this is not replayed row by row: the index is rebuilt instead. */
  public long rebuildBacklog() {
    return Math.max(1000, rebuildBacklog);
  }

  public int rebuildThreads() {
    return Math.max(1, Math.min(rebuildThreads, 8));
  }

  /** Outbox rows older than this are deleted; a node down for longer rebuilds its index. */
  public Duration outboxRetention() {
    return outboxRetention.compareTo(Duration.ofHours(1)) < 0
        ? Duration.ofHours(1)
        : outboxRetention;
  }
}
