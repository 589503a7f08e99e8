package jp.kyodo.search;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.FSDirectory;

/**
 * The search index of this node: Lucene in a directory of its own ({@link SearchSettings#dir()}).
 * The directory holds one generation ({@code g<millis>}); a rebuild writes a new generation beside
 * it while searches still read the old one, then switches and deletes the old. Commits (durable
 * position) at most every few seconds; changes are searchable at once after each batch.
 */
@ApplicationScoped
public class LuceneBackend implements SearchBackend {
  private static final Logger LOG = Logger.getLogger(LuceneBackend.class.getName());
  private static final Duration COMMIT_EVERY = Duration.ofSeconds(5);
  private static final int REBUILD_BATCH = 500;

  @Inject SearchSettings settings;

  private final JapaneseAnalysis analysis = JapaneseAnalysis.load();
  private final AtomicReference<LuceneIndex> current = new AtomicReference<>();
  private volatile Path generation;
  private volatile long lastCommitNanos = System.nanoTime();
  private volatile OutboxPosition position;
  private volatile boolean uncommitted;

  private final AtomicLong rebuildDone = new AtomicLong();
  private volatile long rebuildTotal;
  private volatile Instant rebuildStartedAt;
  private volatile Double lastRebuildSeconds;
  private volatile String lastRebuildReason;
  private volatile String pendingReason = "no index yet";

  @Override
  public synchronized Optional<OutboxPosition> position(String database) {
    LuceneIndex index = current.get();
    if (index != null && !index.intact()) {
      pendingReason = "its directory was deleted or emptied";
      LOG.warning("Search index " + generation + " is gone from disk; rebuilding");
      return Optional.empty();
    }
    if (index == null) {
      index = openNewest();
      if (index == null) {
        return Optional.empty();
      }
    }
    if (position == null) {
      return Optional.empty(); // a rebuild was asked for
    }
    if (!database.equals(position.database())) {
      pendingReason = "it was built from another database";
      return Optional.empty();
    }
    return Optional.of(position);
  }

  private LuceneIndex openNewest() {
    Path newest = generations().stream().findFirst().orElse(null);
    if (newest == null) {
      pendingReason = "there is no index in " + settings.dir();
      return null;
    }
    try {
      LuceneIndex index = LuceneIndex.openExisting(FSDirectory.open(newest), analysis);
      if (index == null) {
        pendingReason = "the index in " + newest + " is of another schema version";
        return null;
      }
      OutboxPosition stored = index.committedPosition();
      if (stored == null) {
        index.close();
        pendingReason = "the index in " + newest + " records no outbox position";
        return null;
      }
      position = stored;
      generation = newest;
      current.set(index);
      LOG.info("Search index opened: " + newest + ", " + index.documents() + " documents");
      return index;
    } catch (IOException | RuntimeException e) {
      pendingReason = "the index in " + newest + " could not be read (" + e + ")";
      LOG.log(Level.WARNING, "Search index " + newest + " could not be read; rebuilding", e);
      return null;
    }
  }

  @Override
  public synchronized void apply(Changes changes, OutboxPosition next) {
    LuceneIndex index = current.get();
    try {
      if (!changes.isEmpty()) {
        index.apply(changes);
        index.refresh();
        uncommitted = true;
      } else if (!next.equals(position)) {
        uncommitted = true;
      }
      position = next;
      if (uncommitted && System.nanoTime() - lastCommitNanos > COMMIT_EVERY.toNanos()) {
        index.commit(next);
        uncommitted = false;
        lastCommitNanos = System.nanoTime();
      }
    } catch (IOException | AlreadyClosedException e) {
      throw new IllegalStateException("search index write failed", e);
    }
  }

  @Override
  public void rebuild(DocumentSource source) {
    String reason = pendingReason;
    Path next = settings.dir().resolve("g" + System.currentTimeMillis());
    long t0 = System.nanoTime();
    rebuildTotal = source.estimatedCount();
    rebuildDone.set(0);
    rebuildStartedAt = Instant.now();
    LOG.info(
        "Search index rebuild started ("
            + reason
            + "): about "
            + rebuildTotal
            + " documents into "
            + next);
    int threads =
        Math.max(
            1, Math.min(settings.rebuildThreads(), Runtime.getRuntime().availableProcessors()));
    ExecutorService workers =
        Executors.newFixedThreadPool(
            threads,
            r -> {
              Thread t = new Thread(r, "kyodo-search-rebuild");
              t.setDaemon(true);
              return t;
            });
    LuceneIndex built = null;
    try {
      Files.createDirectories(next);
      built = LuceneIndex.create(FSDirectory.open(next), analysis);
      LuceneIndex target = built;
      Semaphore inFlight = new Semaphore(threads * 2);
      AtomicReference<Exception> failed = new AtomicReference<>();
      List<SearchDocument> batch = new ArrayList<>(REBUILD_BATCH);
      long[] lastLog = {System.nanoTime()};
      OutboxPosition start =
          source.forEach(
              doc -> {
                batch.add(doc);
                if (batch.size() == REBUILD_BATCH) {
                  submit(workers, inFlight, target, List.copyOf(batch), failed);
                  batch.clear();
                  if (System.nanoTime() - lastLog[0] > TimeUnit.SECONDS.toNanos(10)) {
                    lastLog[0] = System.nanoTime();
                    logProgress(t0);
                  }
                }
              });
      submit(workers, inFlight, target, List.copyOf(batch), failed);
      workers.shutdown();
      workers.awaitTermination(1, TimeUnit.HOURS);
      if (failed.get() != null) {
        throw new IllegalStateException("search index rebuild failed", failed.get());
      }
      built.commit(start);
      built.refresh();
      synchronized (this) {
        LuceneIndex old = current.getAndSet(built);
        Path oldGeneration = generation;
        generation = next;
        position = start;
        uncommitted = false;
        lastCommitNanos = System.nanoTime();
        closeQuietly(old);
        for (Path other : generations()) {
          if (!other.equals(next)) {
            deleteQuietly(other);
          }
        }
        if (oldGeneration != null && !oldGeneration.equals(next)) {
          deleteQuietly(oldGeneration);
        }
      }
      built = null;
      lastRebuildSeconds = (System.nanoTime() - t0) / 1e9;
      lastRebuildReason = reason;
      LOG.info(
          String.format(
              "Search index rebuilt: %d documents in %.1f s",
              rebuildDone.get(), lastRebuildSeconds));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } finally {
      workers.shutdownNow();
      rebuildStartedAt = null;
      if (built != null) {
        closeQuietly(built);
        deleteQuietly(next);
      }
    }
  }

  private void submit(
      ExecutorService workers,
      Semaphore inFlight,
      LuceneIndex target,
      List<SearchDocument> docs,
      AtomicReference<Exception> failed) {
    if (docs.isEmpty()) {
      return;
    }
    inFlight.acquireUninterruptibly();
    workers.execute(
        () -> {
          try {
            for (SearchDocument d : docs) {
              target.add(d);
            }
            rebuildDone.addAndGet(docs.size());
          } catch (IOException | RuntimeException e) {
            failed.compareAndSet(null, e);
          } finally {
            inFlight.release();
          }
        });
  }

  private void logProgress(long t0) {
    long done = rebuildDone.get();
    double seconds = (System.nanoTime() - t0) / 1e9;
    LOG.info(
        String.format(
            "Search index rebuild: %,d of about %,d documents (%d %%), %.0f s",
            done,
            rebuildTotal,
            rebuildTotal == 0 ? 100 : Math.min(100, done * 100 / rebuildTotal),
            seconds));
  }

  @Override
  public SearchHits search(SearchRequest request) {
    for (int attempt = 0; ; attempt++) {
      LuceneIndex index = current.get();
      if (index == null) {
        throw new SearchUnavailable();
      }
      try {
        return index.search(request);
      } catch (AlreadyClosedException switched) {
        if (attempt > 0) {
          throw new SearchUnavailable(); // a rebuild switched indexes under this search twice
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  @Override
  public Set<String> marks(SearchTerms terms) {
    return current.get() == null ? Set.of() : current.get().marks(terms);
  }

  @Override
  public IndexStatus status() {
    LuceneIndex index = current.get();
    OutboxPosition p = position;
    String state = rebuildStartedAt != null ? "rebuilding" : index == null ? "missing" : "ready";
    return new IndexStatus(
        state,
        settings.dir().toString(),
        analysis.version(),
        index == null ? 0 : index.documents(),
        p == null ? 0 : p.seq(),
        p == null ? 0 : p.gaps().size(),
        rebuildDone.get(),
        rebuildTotal,
        rebuildStartedAt,
        lastRebuildSeconds,
        lastRebuildReason);
  }

  @Override
  public synchronized void requestRebuild(String reason) {
    pendingReason = reason;
    position = null;
  }

  /** Generations in the directory, newest first. */
  private List<Path> generations() {
    if (!Files.isDirectory(settings.dir())) {
      return List.of();
    }
    try (Stream<Path> children = Files.list(settings.dir())) {
      return children
          .filter(p -> p.getFileName().toString().matches("g[0-9]+") && Files.isDirectory(p))
          .sorted(
              Comparator.comparing(
                      (Path p) -> Long.parseLong(p.getFileName().toString().substring(1)))
                  .reversed())
          .toList();
    } catch (IOException e) {
      return List.of();
    }
  }

  private static void closeQuietly(LuceneIndex index) {
    if (index != null) {
      try {
        index.close();
      } catch (IOException | RuntimeException e) {
        LOG.log(Level.FINE, "closing a replaced search index", e);
      }
    }
  }

  private static void deleteQuietly(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException | RuntimeException e) {
      LOG.log(Level.FINE, "deleting " + dir, e);
    }
  }

  @PreDestroy
  synchronized void close() {
    LuceneIndex index = current.getAndSet(null);
    if (index != null && position != null && uncommitted) {
      try {
        index.commit(position);
      } catch (IOException | RuntimeException e) {
        LOG.log(Level.WARNING, "Search index not committed at shutdown; the outbox replays it", e);
      }
    }
    closeQuietly(index);
  }
}
