package jp.kyodo.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A page (or an API read) that {@link PageCacheFilter} may answer from {@link RenderedPages} for
 * anonymous readers: a CDI bean per page, in the feature that renders it, saying which topic's
 * changes the page shows.
 */
public interface CachedPage {
  /** The page's paths within the application, e.g. {@code /topic.xhtml}. */
  List<String> paths();

  /**
   * The topic whose content the requested page shows ({@link jp.kyodo.platform.ThreadChanges#LISTS}
   * for a list of topics); empty when this request is not to be cached (the page then renders as
   * always, and says what is wrong).
   */
  OptionalLong topic(HttpServletRequest request);

  /**
   * For a signed-in reader of class {@code readerClass} ({@link PageReaders}): the class of readers
   * whose page this request's page is, or empty when it is rendered for this reader alone (the
   * default). A page whose content depends on more than the reader's class names that too, e.g. the
   * home page the reader's district.
   */
  default Optional<String> readerClass(HttpServletRequest request, String readerClass) {
    return Optional.empty();
  }

  /** The language the answer is in: a page's (chosen with {@code ?lang=}, kept in a cookie). */
  default Locale language(HttpServletRequest request) {
    return Language.of(request);
  }
}
