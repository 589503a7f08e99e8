package jp.kyodo.topic;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import jp.kyodo.platform.ThreadChanges;
import jp.kyodo.platform.web.CachedPage;

/**
 * The topic list as anonymous readers see it may be kept, per query: it changes with what lists
 * show of any topic, and its counts of opinions within the cache's lifetime.
 */
@ApplicationScoped
public class TopicListHtmlPage implements CachedPage {
  @Override
  public List<String> paths() {
    return List.of("/topics.xhtml");
  }

  @Override
  public OptionalLong topic(HttpServletRequest request) {
    return OptionalLong.of(ThreadChanges.LISTS);
  }

  /** A plain participant's page is every plain participant's, but for the marked places. */
  @Override
  public Optional<String> readerClass(HttpServletRequest request, String readerClass) {
    return Optional.of(readerClass);
  }
}
