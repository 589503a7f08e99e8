package jp.kyodo.search;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import jp.kyodo.platform.DatabaseAvailability;
import jp.kyodo.platform.DatabaseMigrations;

/**
 * Keeps this node's index in step with the database: every {@link SearchSettings#pollInterval()}
 * once the schema is ready, reads the search outbox after the index's position, reads the current
 * public state of what the rows name, and hands both to the back end. Builds the index from the
 * database instead when it is missing, unreadable, of another schema or database, deleted under the
 * running server, or so far behind (a bulk load, a node down for days: rows pruned) that replaying
 * would take longer. Rounds are skipped while the database is down.
 */
@ApplicationScoped
public class OutboxTailer {
  private static final Logger LOG = Logger.getLogger(OutboxTailer.class.getName());
  private static final int ROWS_PER_READ = 1000;
  private static final int READS_PER_ROUND = 20;
  private static final long PRUNE_EVERY_MILLIS = 10 * 60 * 1000L;

  @Inject PublicDocuments documents;
  @Inject SearchBackend backend;
  @Inject SearchSettings settings;
  @Inject DatabaseAvailability database;

  @Resource ManagedScheduledExecutorService scheduler;

  private ScheduledFuture<?> running;
  private String databaseId;
  private long lastPrune;

  void onSchemaReady(@Observes DatabaseMigrations.SchemaReady ready) {
    long every = settings.pollInterval().toMillis();
    running = scheduler.scheduleWithFixedDelay(this::round, 0, every, TimeUnit.MILLISECONDS);
  }

  void round() {
    if (!database.isAvailable()) {
      return;
    }
    try {
      if (databaseId == null) {
        databaseId = documents.database();
      }
      for (int i = 0; i < READS_PER_ROUND; i++) {
        if (!step()) {
          break;
        }
      }
      pruneNowAndThen();
    } catch (SQLException | RuntimeException e) {
      // the next round tries again; the failure must not end the schedule
      database.report(e);
      LOG.log(Level.WARNING, "Search outbox round failed; the next round retries", e);
    }
  }

  /** One read of the outbox; true when more rows may be waiting. */
  private boolean step() throws SQLException {
    Optional<OutboxPosition> at = backend.position(databaseId);
    if (at.isEmpty()) {
      rebuild();
      return false;
    }
    OutboxPosition position = at.get();
    PublicDocuments.Backlog backlog = documents.backlog(position, ROWS_PER_READ);
    if (backlog.newest() - position.seq() > settings.rebuildBacklog()) {
      backend.requestRebuild(
          "the outbox holds " + (backlog.newest() - position.seq()) + " rows after the index");
      return true;
    }
    if (backlog.oldest() > position.seq() + 1) {
      backend.requestRebuild("outbox rows after the index's position were pruned");
      return true;
    }
    List<Long> seqs = new ArrayList<>();
    Set<Long> comments = new HashSet<>();
    Set<Long> topics = new HashSet<>();
    for (PublicDocuments.OutboxRow row : backlog.rows()) {
      seqs.add(row.seq());
      switch (row.kind()) {
        case "comment" -> comments.add(row.targetId());
        case "topic" -> topics.add(row.targetId());
        default -> {
          // participant: names are never indexed (read when shown), so a withdrawal changes
          // nothing here; a back end that stores authors would re-read their documents
        }
      }
    }
    backend.apply(changes(comments, topics), position.after(seqs, System.currentTimeMillis()));
    return backlog.rows().size() == ROWS_PER_READ;
  }

  private SearchBackend.Changes changes(Set<Long> comments, Set<Long> topics) throws SQLException {
    List<SearchDocument> docs = new ArrayList<>(documents.topicsWithComments(topics));
    List<SearchDocument> found = documents.comments(comments);
    docs.addAll(found);
    Set<Long> gone = new HashSet<>(comments);
    found.forEach(d -> gone.remove(d.id()));
    List<String> removed = gone.stream().map(SearchDocument.Kind.COMMENT::key).toList();
    return new SearchBackend.Changes(docs, removed, List.copyOf(topics));
  }

  private void rebuild() throws SQLException {
    long estimate = documents.estimatedCount();
    String db = databaseId;
    backend.rebuild(
        new SearchBackend.DocumentSource() {
          @Override
          public long estimatedCount() {
            return estimate;
          }

          @Override
          public OutboxPosition forEach(Consumer<SearchDocument> sink) {
            OutboxPosition[] start = new OutboxPosition[1];
            try {
              documents.everything(
                  snapshot -> {
                    long now = System.currentTimeMillis();
                    java.util.Map<Long, Long> gaps = new java.util.HashMap<>();
                    snapshot.missing().forEach(s -> gaps.put(s, now));
                    start[0] = new OutboxPosition(db, snapshot.seq(), gaps);
                  },
                  sink);
            } catch (SQLException e) {
              throw new IllegalStateException("reading documents for the search index failed", e);
            }
            return start[0];
          }
        });
  }

  private void pruneNowAndThen() throws SQLException {
    long now = System.currentTimeMillis();
    if (now - lastPrune > PRUNE_EVERY_MILLIS) {
      lastPrune = now;
      int pruned = documents.prune(settings.outboxRetention());
      if (pruned > 0) {
        LOG.fine("Search outbox: " + pruned + " old rows deleted");
      }
    }
  }

  @PreDestroy
  void stop() {
    if (running != null) {
      running.cancel(false);
    }
  }
}
