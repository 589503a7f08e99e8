package jp.kyodo.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Links to the public site, for mails (KYODO_PUBLIC_URL). */
@ApplicationScoped
public class PublicUrl {
  @Inject
  @ConfigProperty(name = "kyodo.public-url", defaultValue = "http://localhost:8080")
  String base;

  /** The absolute address of a path such as {@code /profile.xhtml#moderation}. */
  public String of(String path) {
    String root = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    return root + path;
  }
}
