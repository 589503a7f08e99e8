package jp.kyodo.notification.line;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The LINE Messaging API over the JDK's HTTP client: push (with {@code X-Line-Retry-Key}, so that a
 * retry of a push LINE did receive is not delivered twice) and reply. Never throws for what LINE or
 * the network answers; the caller decides from the {@link Sent} result.
 */
@ApplicationScoped
public class LineClient {
  private static final Logger LOG = Logger.getLogger(LineClient.class.getName());
  private static final Duration TIMEOUT = Duration.ofSeconds(10);

  /** LINE's limit for one text message. */
  static final int MAX_TEXT = 5000;

  @Inject LineSettings settings;

  private final HttpClient http =
      HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(5))
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  /** What became of a request to LINE. */
  public enum Sent {
    /** LINE accepted it (2xx), or had already accepted it with this retry key (409). */
    ACCEPTED,
    /** Try again later with the same retry key: 429, 5xx, or no answer. */
    RETRY,
    /** LINE refused it for good (another 4xx: a blocked or unknown user, a bad token …). */
    REFUSED
  }

  /** The outcome with LINE's status (0 when there was no answer). */
  public record Result(Sent sent, int status) {}

  public Result push(String lineUserId, String text, UUID retryKey) {
    String body =
        Json.createObjectBuilder()
            .add("to", lineUserId)
            .add("messages", Json.createArrayBuilder().add(textMessage(text)))
            .build()
            .toString();
    return post("/v2/bot/message/push", body, retryKey);
  }

  public Result reply(String replyToken, String text) {
    String body =
        Json.createObjectBuilder()
            .add("replyToken", replyToken)
            .add("messages", Json.createArrayBuilder().add(textMessage(text)))
            .build()
            .toString();
    return post("/v2/bot/message/reply", body, null);
  }

  private static jakarta.json.JsonObjectBuilder textMessage(String text) {
    String shortened =
        text.codePointCount(0, text.length()) <= MAX_TEXT
            ? text
            : text.substring(0, text.offsetByCodePoints(0, MAX_TEXT - 1)) + "…";
    return Json.createObjectBuilder().add("type", "text").add("text", shortened);
  }

  private Result post(String path, String json, UUID retryKey) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(settings.apiUrl() + path))
            .timeout(TIMEOUT)
            .header("Authorization", "Bearer " + settings.accessToken())
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json));
    if (retryKey != null) {
      request.header("X-Line-Retry-Key", retryKey.toString());
    }
    try {
      HttpResponse<String> response =
          http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      return new Result(classify(response.statusCode()), response.statusCode());
    } catch (IOException e) {
      LOG.log(Level.WARNING, "LINE did not answer " + path + ": " + e);
      return new Result(Sent.RETRY, 0);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Result(Sent.RETRY, 0);
    }
  }

  static Sent classify(int status) {
    if ((status >= 200 && status < 300) || status == 409) {
      return Sent.ACCEPTED;
    }
    if (status == 429 || status >= 500) {
      return Sent.RETRY;
    }
    return Sent.REFUSED;
  }
}
