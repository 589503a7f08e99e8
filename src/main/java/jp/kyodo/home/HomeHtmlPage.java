package jp.kyodo.home;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.OptionalLong;
import jp.kyodo.platform.ThreadChanges;
import jp.kyodo.platform.web.CachedPage;

/**
 * The home page as anonymous readers see it (open topics, the ward's latest answers, totals; no
 * place of their own) may be kept: it is a list of topics.
 */
@ApplicationScoped
public class HomeHtmlPage implements CachedPage {
  @Override
  public List<String> paths() {
    return List.of("/", "/index.xhtml");
  }

  @Override
  public OptionalLong topic(HttpServletRequest request) {
    return OptionalLong.of(ThreadChanges.LISTS);
  }
}
