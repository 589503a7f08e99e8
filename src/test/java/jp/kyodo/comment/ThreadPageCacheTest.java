package jp.kyodo.comment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import jp.kyodo.platform.ThreadChanged;
import jp.kyodo.platform.ThreadChanges;
import org.junit.jupiter.api.Test;

class ThreadPageCacheTest {
  private static final ThreadPageCache.Key PAGE = new ThreadPageCache.Key(1, null, null, null);

  private final ThreadPageCache cache = new ThreadPageCache();
  private final ThreadChanges changes = new ThreadChanges();
  private final AtomicInteger loads = new AtomicInteger();

  ThreadPageCacheTest() {
    cache.ttl = Duration.ofMinutes(1);
    cache.changes = changes;
    cache.init();
  }

  private ThreadService.ThreadPage version(String v) {
    loads.incrementAndGet();
    return new ThreadService.ThreadPage("oldest", List.of(), v);
  }

  private static String text(byte[] json) {
    return new String(json, StandardCharsets.UTF_8);
  }

  @Test
  void aFreshPageIsServedWithoutLoading() {
    cache.page(PAGE, () -> version("v1"));
    String again = text(cache.page(PAGE, () -> version("v2")));
    assertTrue(again.contains("v1"), again);
    assertEquals(1, loads.get());
    assertTrue(text(cache.servable(PAGE).orElseThrow()).contains("v1"));
  }

  @Test
  void afterANewCommentOneRequestRebuildsWhileOthersGetThePreviousPage() {
    cache.page(PAGE, () -> version("v1"));
    changes.changed(ThreadChanged.added(1));
    assertTrue(cache.servable(PAGE).isEmpty(), "stale and nobody rebuilding: the resource must");
    String rebuilt =
        text(
            cache.page(
                PAGE,
                () -> {
                  // a second reader arrives during the rebuild: previous page, no second load
                  String during = text(cache.page(PAGE, () -> version("never")));
                  assertTrue(during.contains("v1"), during);
                  assertTrue(text(cache.servable(PAGE).orElseThrow()).contains("v1"));
                  return version("v2");
                }));
    assertTrue(rebuilt.contains("v2"), rebuilt);
    assertEquals(2, loads.get());
    assertTrue(text(cache.servable(PAGE).orElseThrow()).contains("v2"));
  }

  @Test
  void afterTextIsWithdrawnNoEarlierPageIsServedEvenDuringARebuild() {
    cache.page(PAGE, () -> version("v1"));
    changes.changed(ThreadChanged.withdrawn(1));
    assertTrue(cache.servable(PAGE).isEmpty());
    String rebuilt =
        text(
            cache.page(
                PAGE,
                () -> {
                  String during = text(cache.page(PAGE, () -> version("v2-concurrent")));
                  assertTrue(during.contains("v2-concurrent"), during);
                  return version("v2");
                }));
    assertTrue(rebuilt.contains("v2"), rebuilt);
    assertEquals(3, loads.get());
  }

  @Test
  void changesToAnotherTopicLeaveThePageFresh() {
    cache.page(PAGE, () -> version("v1"));
    changes.changed(ThreadChanged.withdrawn(2));
    assertTrue(text(cache.servable(PAGE).orElseThrow()).contains("v1"));
  }

  @Test
  void aFailedRebuildLetsTheNextRequestTry() {
    cache.page(PAGE, () -> version("v1"));
    changes.changed(ThreadChanged.added(1));
    try {
      cache.page(
          PAGE,
          () -> {
            throw new IllegalStateException("database down");
          });
    } catch (IllegalStateException expected) {
      // the reader gets the error
    }
    assertTrue(text(cache.page(PAGE, () -> version("v2"))).contains("v2"));
  }
}
