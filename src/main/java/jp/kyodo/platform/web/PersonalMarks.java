package jp.kyodo.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Where a page rendered for a class of signed-in readers differs from one reader to the next
 * ({@code #{personal…}} in the pages): while {@link PageCacheFilter} renders such a page once, as a
 * stand-in reader of the class, the page writes marks instead of one reader's values; the filter
 * cuts the kept page at them ({@link RenderedPage}) and fills them for each reader from {@link
 * ReaderFacts}. Outside that render every method answers the empty string and {@link #isTemplate}
 * false, and the page shows its own values as it always did.
 *
 * <p>A mark is {@code secret type kind arg secret}: the secret is new for each render (like a
 * script nonce), so no text a participant wrote can pass for a mark.
 */
@Named("personal")
@ApplicationScoped
public class PersonalMarks {
  /** The request attribute holding the secret of the page being rendered for a reader class. */
  static final String ATTRIBUTE = PersonalMarks.class.getName();

  private static final SecureRandom RANDOM = new SecureRandom();

  @Inject HttpServletRequest request;

  /** Whether this render is the one kept for a class of readers. */
  public boolean isTemplate() {
    return request.getAttribute(ATTRIBUTE) != null;
  }

  /** The start of a section shown to the readers whose {@code kind} is true of {@code arg}. */
  public String begin(String kind, Object arg) {
    return mark("s", kind, arg);
  }

  /** The end of the innermost section. */
  public String getEnd() {
    Object secret = request.getAttribute(ATTRIBUTE);
    return secret == null ? "" : secret + "e" + secret;
  }

  /** A reader's value ({@code kind} of {@code arg}), escaped when written. */
  public String value(String kind, Object arg) {
    return mark("v", kind, arg);
  }

  private String mark(String type, String kind, Object arg) {
    Object secret = request.getAttribute(ATTRIBUTE);
    return secret == null
        ? ""
        : mark((String) secret, type, kind, arg == null ? "" : arg.toString());
  }

  static String mark(String secret, String type, String kind, String arg) {
    return secret + type + kind + " " + arg + secret;
  }

  /** A new secret: 128 random bits, in letters and digits that no escaping changes. */
  static String secret() {
    byte[] bits = new byte[16];
    RANDOM.nextBytes(bits);
    return "kyodo" + Base64.getUrlEncoder().withoutPadding().encodeToString(bits);
  }
}
