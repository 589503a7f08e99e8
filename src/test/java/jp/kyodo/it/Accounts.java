package jp.kyodo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Creates participants through the public API, the way a person would. */
public final class Accounts {
  public static final String TERMS = "2026-04-01";
  public static final String PASSWORD = "a long and unusual passphrase";
  private static final Pattern TOKEN = Pattern.compile("token=([A-Za-z0-9_%-]+)");

  private static volatile String adminToken;
  private static final ConcurrentHashMap<String, AtomicInteger> NAMES_USED =
      new ConcurrentHashMap<>();

  private Accounts() {}

  /** A participant: id, address and a bearer token. */
  public record Participant(long id, String email, String token) {}

  public static String uniqueEmail(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.jp";
  }

  public static Api.Reply register(String email, String password, String displayName) {
    return Api.post(
        "/api/v1/participants",
        Api.json(
            "email", email,
            "password", password,
            "displayName", displayName,
            "acceptedTermsVersion", TERMS,
            "acceptedPrivacyVersion", TERMS),
        null);
  }

  /**
   * A display name no other participant of this run has: 「{prefix}さん」 the first time, then
   * 「{prefix}さん2」 … (display names are unique among active participants).
   */
  public static String uniqueName(String prefix) {
    int n = NAMES_USED.computeIfAbsent(prefix, p -> new AtomicInteger()).incrementAndGet();
    return prefix + "さん" + (n == 1 ? "" : String.valueOf(n));
  }

  /** Registered, confirmed through the mailed link, signed in. */
  public static Participant confirmed(String prefix) {
    String email = uniqueEmail(prefix);
    Api.Reply created = register(email, PASSWORD, uniqueName(prefix));
    assertEquals(201, created.status(), created.body());
    Api.Reply confirmed =
        Api.post(
            "/api/v1/auth/email-confirmation", Api.json("token", mailedToken(email, "確認")), null);
    assertEquals(204, confirmed.status(), confirmed.body());
    return new Participant(
        created.json().getJsonNumber("id").longValue(), email, signIn(email, PASSWORD));
  }

  public static String signIn(String email, String password) {
    Api.Reply reply =
        Api.post("/api/v1/auth/token", Api.json("email", email, "password", password), null);
    assertEquals(201, reply.status(), reply.body());
    return reply.json().getString("token");
  }

  public static String admin() {
    if (adminToken == null) {
      adminToken = signIn(KyodoServer.ADMIN_EMAIL, KyodoServer.ADMIN_PASSWORD);
    }
    return adminToken;
  }

  /** The newest mail to the address whose subject contains the word, as the outbox shows it. */
  public static JsonObject latestMail(String email, String subjectWord) {
    Api.Reply outbox =
        Api.get(
            "/api/v1/outbox?recipient=" + URLEncoder.encode(email, StandardCharsets.UTF_8),
            admin());
    assertEquals(200, outbox.status(), outbox.body());
    return outbox.array().stream()
        .map(v -> v.asJsonObject())
        .filter(m -> m.getString("subject").contains(subjectWord))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no '" + subjectWord + "' mail for " + email));
  }

  public static String mailedToken(String email, String subjectWord) {
    return tokenIn(latestMail(email, subjectWord).getString("body"));
  }

  public static String tokenIn(String body) {
    Matcher m = TOKEN.matcher(body);
    if (!m.find()) {
      throw new AssertionError("no token in mail: " + body);
    }
    return java.net.URLDecoder.decode(m.group(1), StandardCharsets.UTF_8);
  }
}
