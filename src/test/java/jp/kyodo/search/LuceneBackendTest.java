package jp.kyodo.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Lucene back end on its own directory, without a database: built, fed changes, its directory
 * deleted under it, rebuilt, and fed again.
 */
class LuceneBackendTest {
  private static final String DB = "test-db";
  private Path dir;
  private LuceneBackend backend;

  @BeforeEach
  void start() throws IOException {
    dir = Files.createTempDirectory("kyodo-backend-test");
    SearchSettings settings = new SearchSettings();
    settings.dir = Optional.of(dir.toString());
    settings.rebuildThreads = 2;
    backend = new LuceneBackend();
    backend.settings = settings;
  }

  @AfterEach
  void stop() throws IOException {
    backend.close();
    deleteRecursively(dir);
  }

  @Test
  void changesAfterARebuildCausedByADeletedDirectoryAreSearchableAtOnce() throws Exception {
    assertTrue(backend.position(DB).isEmpty(), "no index yet");
    backend.rebuild(source(3, comment(1, "最初の公園"), comment(2, "二番目の公園")));
    assertEquals(Set.of(1L, 2L), found("公園"));
    OutboxPosition at = backend.position(DB).orElseThrow();
    at = apply(at, List.of(comment(3, "三番目の公園")), List.of());
    assertEquals(Set.of(1L, 2L, 3L), found("公園"));

    deleteRecursively(dir);
    assertTrue(backend.position(DB).isEmpty(), "the deletion is noticed");
    backend.rebuild(source(4, comment(1, "最初の公園"), comment(2, "二番目の公園")));
    at = backend.position(DB).orElseThrow();
    assertEquals(4, at.seq());
    at = apply(at, List.of(comment(5, "五番目の公園"), comment(6, "六番目の公園")), List.of());
    assertEquals(Set.of(1L, 2L, 5L, 6L), found("公園"));
    at = apply(at, List.of(), List.of("c5"));
    assertEquals(Set.of(1L, 2L, 6L), found("公園"), "a removed comment is gone at once");
    assertEquals("ready", backend.status().state());
  }

  @Test
  void anIndexMissingSomeOfItsFilesIsRebuiltEvenWithItsCommitPointLeft() throws Exception {
    backend.rebuild(source(1, comment(1, "公園"), comment(2, "児童館")));
    assertTrue(backend.position(DB).isPresent());
    // as when a commit lands while the directory is being deleted: a segments file survives,
    // the segments it names do not
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.filter(Files::isRegularFile).toList()) {
        if (!p.getFileName().toString().startsWith("segments")) {
          Files.delete(p);
        }
      }
    }
    assertTrue(backend.position(DB).isEmpty(), "the loss is noticed");
    backend.rebuild(source(2, comment(1, "公園"), comment(2, "児童館")));
    assertEquals(Set.of(2L), found("児童館"));
  }

  private OutboxPosition apply(OutboxPosition at, List<SearchDocument> docs, List<String> removed) {
    OutboxPosition next = at.after(List.of(at.seq() + 1), System.currentTimeMillis());
    backend.apply(new SearchBackend.Changes(docs, removed, List.of()), next);
    return backend.position(DB).orElseThrow();
  }

  private Set<Long> found(String text) {
    return backend.search(SearchCorpus.request(text, 20)).hits().stream()
        .map(SearchHits.Hit::id)
        .collect(Collectors.toSet());
  }

  private static SearchDocument comment(long id, String text) {
    return new SearchDocument(
        SearchDocument.Kind.COMMENT,
        id,
        1,
        null,
        text,
        "open",
        "environment",
        "setagaya",
        null,
        Instant.parse("2026-04-01T00:00:00Z").plusSeconds(id));
  }

  private static SearchBackend.DocumentSource source(long seq, SearchDocument... docs) {
    return new SearchBackend.DocumentSource() {
      @Override
      public long estimatedCount() {
        return docs.length;
      }

      @Override
      public OutboxPosition forEach(Consumer<SearchDocument> sink) {
        for (SearchDocument d : docs) {
          sink.accept(d);
        }
        return OutboxPosition.start(DB, seq);
      }
    };
  }

  private static void deleteRecursively(Path path) throws IOException {
    if (!Files.exists(path)) {
      return;
    }
    try (Stream<Path> files = Files.walk(path)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
