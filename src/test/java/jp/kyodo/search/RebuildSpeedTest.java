package jp.kyodo.search;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;

/**
 * Opt-in: how fast documents such as the benchmark's are analysed and written to an index on disk,
 * without the database. {@code mvn test -Dtest=RebuildSpeedTest -Dkyodo.search.speed=500000}
 * (documents; 2 threads as the server's rebuild). Prints documents a second.
 */
class RebuildSpeedTest {
  @Test
  void indexesBenchmarkLikeComments() throws Exception {
    String n = System.getProperty("kyodo.search.speed");
    assumeTrue(n != null, "opt-in: -Dkyodo.search.speed=<documents>");
    int count = Integer.parseInt(n);
    Path dir = Files.createTempDirectory("kyodo-search-speed");
    JapaneseAnalysis analysis = JapaneseAnalysis.load();
    long t0 = System.nanoTime();
    try (LuceneIndex index = LuceneIndex.create(FSDirectory.open(dir), analysis)) {
      ExecutorService workers = Executors.newFixedThreadPool(2);
      int batch = 500;
      for (int start = 1; start <= count; start += batch) {
        int from = start;
        workers.execute(
            () -> {
              try {
                for (int id = from; id < from + batch && id <= count; id++) {
                  index.add(
                      new SearchDocument(
                          SearchDocument.Kind.COMMENT,
                          id,
                          1 + id % 1000,
                          null,
                          "意見 " + id + "：公園や道路、子育て支援について考えていることを書きます。",
                          "open",
                          "environment",
                          "setagaya",
                          null,
                          Instant.parse("2026-04-01T00:00:00Z").plusSeconds(id)));
                }
              } catch (Exception e) {
                throw new IllegalStateException(e);
              }
            });
      }
      workers.shutdown();
      workers.awaitTermination(1, TimeUnit.HOURS);
      index.commit(OutboxPosition.start("speed", 0));
      double s = (System.nanoTime() - t0) / 1e9;
      System.out.printf("[speed] %d documents in %.1f s: %.0f a second%n", count, s, count / s);
    }
  }
}
