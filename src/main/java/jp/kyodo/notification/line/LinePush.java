package jp.kyodo.notification.line;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.UUID;

/**
 * Sends a text to a participant's linked LINE account: what instant notifications and the LINE
 * digests use. The retry key must be the same for every attempt of the same message, so derive it
 * from what the message is ({@link #retryKey}).
 */
@ApplicationScoped
public class LinePush {
  @Inject LineSettings settings;
  @Inject LineLinks links;
  @Inject LineClient client;

  /** What became of one message. */
  public enum Outcome {
    /** LINE accepted it (or had already accepted it under this retry key). */
    SENT,
    /** LINE is not configured, or the participant has no LINE account linked: nothing was sent. */
    NOT_LINKED,
    /** Not accepted now (429, 5xx, no answer): send again later with the same retry key. */
    RETRY_LATER,
    /** LINE refused it for good (the LINE status says why). */
    REFUSED
  }

  public record Result(Outcome outcome, int lineStatus) {}

  public Result send(long participantId, String text, UUID retryKey) {
    if (!settings.enabled()) {
      return new Result(Outcome.NOT_LINKED, 0);
    }
    Optional<String> to = links.lineUserOf(participantId);
    if (to.isEmpty()) {
      return new Result(Outcome.NOT_LINKED, 0);
    }
    LineClient.Result result = client.push(to.get(), text, retryKey);
    Outcome outcome =
        switch (result.sent()) {
          case ACCEPTED -> Outcome.SENT;
          case RETRY -> Outcome.RETRY_LATER;
          case REFUSED -> Outcome.REFUSED;
        };
    return new Result(outcome, result.status());
  }

  /**
   * A retry key that is the same on every attempt of the same message: a name-based UUID of {@code
   * what} (for example {@code "notification:42"} or {@code "digest:7"}).
   */
  public static UUID retryKey(String what) {
    return UUID.nameUUIDFromBytes(("kyodo-line:" + what).getBytes(StandardCharsets.UTF_8));
  }
}
