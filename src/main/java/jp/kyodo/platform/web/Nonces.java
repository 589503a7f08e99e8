package jp.kyodo.platform.web;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

/**
 * Script nonces in the form PrimeFaces makes them (Base64 of a random UUID), which {@link
 * NonceFacesContextFactory} accepts back from an Ajax request.
 */
final class Nonces {
  private Nonces() {}

  static String fresh() {
    return Base64.getEncoder()
        .encodeToString(UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8));
  }
}
