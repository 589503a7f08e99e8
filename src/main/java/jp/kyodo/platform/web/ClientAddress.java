package jp.kyodo.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The address of the client making the current request. Behind a reverse proxy, set {@code
 * kyodo.http.client-address-header} (e.g. X-Forwarded-For) so that limits apply per client, not per
 * proxy; without it the header is ignored, since clients could forge it. With it, the <em>last</em>
 * address counts: the one the proxy in front of Kyodo added. A proxy that appends (HAProxy's {@code
 * option forwardfor}, nginx's {@code $proxy_add_x_forwarded_for}) keeps whatever the client sent
 * before it, so the first address is the client's own claim.
 */
@ApplicationScoped
public class ClientAddress {
  @Inject HttpServletRequest request;

  @Inject
  @ConfigProperty(name = "kyodo.http.client-address-header")
  Optional<String> header;

  public String get() {
    if (header.isPresent()) {
      String forwarded = lastAddress(Collections.list(request.getHeaders(header.get())));
      if (forwarded != null) {
        return forwarded;
      }
    }
    return request.getRemoteAddr();
  }

  /** The last address of the header's lines, each a comma-separated list; null when none. */
  static String lastAddress(List<String> lines) {
    for (int i = lines.size() - 1; i >= 0; i--) {
      String[] addresses = lines.get(i).split(",");
      for (int j = addresses.length - 1; j >= 0; j--) {
        if (!addresses[j].isBlank()) {
          return addresses[j].strip();
        }
      }
    }
    return null;
  }
}
