package jp.kyodo.it;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import jp.kyodo.notification.line.LineSignature;

/**
 * The LINE Messaging API's stand-in (WireMock, in the test JVM): the test server's
 * kyodo.line.api-url points here. By default it accepts every push and reply; a test adds its own
 * answers for its own LINE user ids. Never the internet.
 */
public final class LineStandIn {
  public static final String ACCESS_TOKEN = "it-line-channel-access-token";
  public static final String CHANNEL_SECRET = "it-line-channel-secret";

  private static WireMockServer server;

  private LineStandIn() {}

  /** Starts the stand-in on a free port; the settings that point the test server at it. */
  static synchronized Map<String, String> start() {
    if (server == null) {
      server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
      server.start();
      server.stubFor(
          post(urlPathEqualTo("/v2/bot/message/push"))
              .atPriority(10)
              .willReturn(aResponse().withStatus(200).withBody("{\"sentMessages\":[]}")));
      server.stubFor(
          post(urlPathEqualTo("/v2/bot/message/reply"))
              .atPriority(10)
              .willReturn(aResponse().withStatus(200).withBody("{}")));
      Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
    }
    return Map.of(
        "kyodo.line.api-url",
        server.baseUrl(),
        "kyodo.line.channel-access-token",
        ACCESS_TOKEN,
        "kyodo.line.channel-secret",
        CHANNEL_SECRET,
        "kyodo.line.friend-url",
        "https://line.me/R/ti/p/@kyodo-test",
        "kyodo.line.poll-interval",
        "PT0.2S",
        "kyodo.line.retry-delay",
        "PT1S");
  }

  public static WireMockServer server() {
    return server;
  }

  /** What the test server sent to {@code path} (push or reply) with {@code text} in its body. */
  public static List<LoggedRequest> requests(String path, String bodyContains) {
    return server.getAllServeEvents().stream()
        .map(e -> e.getRequest())
        .filter(r -> r.getUrl().equals(path))
        .filter(r -> r.getBodyAsString().contains(bodyContains))
        .sorted((a, b) -> a.getLoggedDate().compareTo(b.getLoggedDate()))
        .toList();
  }

  /** The signature LINE would send with {@code body}. */
  public static String sign(String body) {
    return LineSignature.sign(CHANNEL_SECRET, body.getBytes(StandardCharsets.UTF_8));
  }
}
