package jp.kyodo.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;

/**
 * Which signed-in readers see the same page as every other reader of their class, but for the
 * places {@link PersonalMarks} mark, and the stand-in a class's page is rendered as. Implemented
 * once, by the feature that knows who is asking (security).
 */
public interface PageReaders {
  /** The reader's class, or empty when their page is to be rendered for them alone. */
  Optional<String> classOf(HttpServletRequest request);

  /**
   * Makes the request's actor, until the returned handle is closed, a stand-in reader of the class:
   * no one in particular, with nothing of their own.
   */
  StandIn standIn(HttpServletRequest request, String readerClass);

  /** Puts the request's own reader back. */
  interface StandIn extends AutoCloseable {
    @Override
    void close();
  }
}
