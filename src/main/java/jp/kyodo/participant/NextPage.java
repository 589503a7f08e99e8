package jp.kyodo.participant;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Where to send someone after signing in or accepting the terms: a path inside the site only. */
final class NextPage {
  static final String DEFAULT = "/profile.xhtml";

  private NextPage() {}

  /** The path if it stays inside the site, so the parameter cannot send people elsewhere. */
  static String safe(String next) {
    if (next != null && next.startsWith("/") && !next.startsWith("//") && !next.contains("\\")) {
      return next;
    }
    return DEFAULT;
  }

  /** The acceptance page, which continues to {@code next} once the participant has accepted. */
  static String consentThen(String next) {
    return "/consent.xhtml?next=" + URLEncoder.encode(safe(next), StandardCharsets.UTF_8);
  }
}
