package jp.kyodo.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Whether a request reached Kyodo over https, and what HSTS then says. Over a direct TLS listener
 * the container knows. Behind a reverse proxy that ends TLS, Kyodo believes the proxy's header
 * (e.g. {@code X-Forwarded-Proto: https}) only when {@code kyodo.http.forwarded-proto-header} names
 * it: without that setting any client could send the header, so it is ignored.
 */
@ApplicationScoped
public class TransportSecurity {
  /** One year, the usual recommendation; whether subdomains follow is the ward's to decide. */
  public static final String DEFAULT_HSTS = "max-age=31536000";

  @Inject
  @ConfigProperty(name = "kyodo.http.forwarded-proto-header")
  Optional<String> forwardedProtoHeader = Optional.empty();

  @Inject
  @ConfigProperty(name = "kyodo.http.hsts", defaultValue = DEFAULT_HSTS)
  String hsts = DEFAULT_HSTS;

  public boolean isHttps(HttpServletRequest request) {
    return request.isSecure()
        || forwardedProtoHeader.map(h -> forwardedHttps(request.getHeader(h))).orElse(false);
  }

  /** The Strict-Transport-Security value for https responses; empty when switched off. */
  public Optional<String> hsts() {
    String value = hsts == null ? "" : hsts.strip();
    return value.isEmpty() || value.equalsIgnoreCase("off") ? Optional.empty() : Optional.of(value);
  }

  /** The first (client-side) protocol a proxy chain reports, e.g. "https, http". */
  static boolean forwardedHttps(String value) {
    if (value == null) {
      return false;
    }
    int comma = value.indexOf(',');
    return (comma < 0 ? value : value.substring(0, comma)).strip().equalsIgnoreCase("https");
  }
}
