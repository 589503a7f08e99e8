package jp.kyodo.platform;

import jakarta.ws.rs.core.HttpHeaders;
import java.util.Locale;

/** The language of an API response: Japanese unless Accept-Language asks for English. */
public final class ApiLocale {
  private ApiLocale() {}

  public static Locale of(HttpHeaders headers) {
    if (headers == null) {
      return Messages.JAPANESE;
    }
    try {
      return Messages.firstSupported(headers.getAcceptableLanguages());
    } catch (RuntimeException malformedHeader) {
      return Messages.JAPANESE;
    }
  }
}
