package jp.kyodo.platform;

import java.util.Map;

/**
 * 404: does not exist, or the caller may not see it (the two are deliberately the same). {@code
 * what} is named in the reader's language by the bundle's {@code what.<what>} (議題, topic); a word
 * without one is shown as it is.
 */
public class ResourceNotFoundException extends KyodoException {
  public ResourceNotFoundException(String what) {
    super(404, "not_found", "problem.notFound", Map.of("what", word(what)));
  }

  private static Messages.Localized word(String what) {
    String key = "what." + what.replace(' ', '_');
    return locale -> Messages.has(locale, key) ? Messages.get(locale, key) : what;
  }
}
