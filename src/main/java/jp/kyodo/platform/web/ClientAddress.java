package jp.kyodo.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The address of the client making the current request. Behind a reverse proxy, set {@code
 * kyodo.http.client-address-header} (e.g. X-Forwarded-For) so that limits apply per client, not per
 * proxy; without it the header is ignored, since clients could forge it.
 */
@ApplicationScoped
public class ClientAddress {
  @Inject HttpServletRequest request;

  @Inject
  @ConfigProperty(name = "kyodo.http.client-address-header")
  Optional<String> header;

  public String get() {
    if (header.isPresent()) {
      String forwarded = request.getHeader(header.get());
      if (forwarded != null && !forwarded.isBlank()) {
        return forwarded.split(",")[0].strip();
      }
    }
    return request.getRemoteAddr();
  }
}
