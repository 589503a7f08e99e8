package jp.kyodo.notification.line;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The ward's LINE channel from configuration (KYODO_LINE_CHANNEL_ACCESS_TOKEN,
 * KYODO_LINE_CHANNEL_SECRET and friends). Without both the token and the secret LINE is off: no
 * link codes, the webhook answers 404, nothing is pushed, and {@code line} is no channel choice.
 */
@ApplicationScoped
public class LineSettings {
  @Inject
  @ConfigProperty(name = "kyodo.line.channel-access-token")
  Optional<String> accessToken;

  @Inject
  @ConfigProperty(name = "kyodo.line.channel-secret")
  Optional<String> channelSecret;

  @Inject
  @ConfigProperty(name = "kyodo.line.api-url", defaultValue = "https://api.line.me")
  String apiUrl;

  /** The ward account's add-friend link (https://line.me/R/ti/p/@…), shown with the link code. */
  @Inject
  @ConfigProperty(name = "kyodo.line.friend-url")
  Optional<String> friendUrl;

  @Inject
  @ConfigProperty(name = "kyodo.line.poll-interval", defaultValue = "PT5S")
  Duration pollInterval;

  @Inject
  @ConfigProperty(name = "kyodo.line.retry-delay", defaultValue = "PT30S")
  Duration retryDelay;

  /** Whether LINE is configured: both the channel access token and the channel secret are set. */
  public boolean enabled() {
    return accessToken.filter(t -> !t.isBlank()).isPresent()
        && channelSecret.filter(s -> !s.isBlank()).isPresent();
  }

  String accessToken() {
    return accessToken.orElseThrow();
  }

  String channelSecret() {
    return channelSecret.orElseThrow();
  }

  /** The Messaging API's base address without a trailing slash. */
  String apiUrl() {
    return apiUrl.endsWith("/") ? apiUrl.substring(0, apiUrl.length() - 1) : apiUrl;
  }

  public Optional<String> friendUrl() {
    return friendUrl.filter(u -> !u.isBlank());
  }

  Duration pollInterval() {
    return pollInterval;
  }

  /**
   * The wait after the first failed attempt; it doubles with each further one (at most an hour).
   */
  Duration retryDelay(int attempts) {
    Duration delay = retryDelay.multipliedBy(1L << Math.min(Math.max(attempts - 1, 0), 12));
    return delay.compareTo(Duration.ofHours(1)) > 0 ? Duration.ofHours(1) : delay;
  }
}
