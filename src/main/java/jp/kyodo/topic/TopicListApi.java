package jp.kyodo.topic;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import jp.kyodo.platform.ThreadChanges;
import jp.kyodo.platform.web.CachedPage;
import jp.kyodo.platform.web.Requests;

/**
 * The topic list of the API as anonymous clients get it may be kept, per query and language, like
 * the topic list page: it changes with what lists show of any topic, and its counts and its
 * "active" order within the cache's lifetime. Staff, who may list drafts, send a token and are
 * always answered fresh.
 */
@ApplicationScoped
public class TopicListApi implements CachedPage {
  @Override
  public List<String> paths() {
    return List.of("/api/v1/topics");
  }

  @Override
  public OptionalLong topic(HttpServletRequest request) {
    return Requests.acceptsJson(request)
        ? OptionalLong.of(ThreadChanges.LISTS)
        : OptionalLong.empty();
  }

  @Override
  public Locale language(HttpServletRequest request) {
    return Requests.language(request);
  }
}
