package jp.kyodo.comment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Pattern;
import jp.kyodo.platform.web.CachedPage;

/** The thread page as anonymous readers see it may be kept: it shows its topic's content only. */
@ApplicationScoped
public class ThreadHtmlPage implements CachedPage {
  private static final Pattern ID = Pattern.compile("[1-9][0-9]{0,17}");

  @Override
  public List<String> paths() {
    return List.of("/topic.xhtml");
  }

  @Override
  public OptionalLong topic(HttpServletRequest request) {
    String id = request.getParameter("id");
    return id != null && ID.matcher(id).matches()
        ? OptionalLong.of(Long.parseLong(id))
        : OptionalLong.empty();
  }

  /** A plain participant's page is every plain participant's, but for the marked places. */
  @Override
  public Optional<String> readerClass(HttpServletRequest request, String readerClass) {
    return Optional.of(readerClass);
  }
}
