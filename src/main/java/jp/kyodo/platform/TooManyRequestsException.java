package jp.kyodo.platform;

import java.time.Duration;
import java.util.Map;

/** 429: slow down; says when to try again (Retry-After). */
public class TooManyRequestsException extends KyodoException {
  private final Duration retryAfter;

  public TooManyRequestsException(String code, String messageKey, Duration retryAfter) {
    super(
        429, code, messageKey, Map.of("minutes", Math.max(1, (retryAfter.toSeconds() + 59) / 60)));
    this.retryAfter = retryAfter;
  }

  public Duration retryAfter() {
    return retryAfter;
  }
}
