package jp.kyodo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Pages and their forms over plain HTTP, with the session cookie carried by hand. */
final class WebForms {
  private static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]*)\"");

  private WebForms() {}

  /** GET with optional session cookie and extra headers (name, value, name, value …). */
  static Api.Reply get(String path, String session, String... headers) {
    HttpRequest.Builder b = to(path).GET();
    return Api.send(with(b, session, headers));
  }

  /**
   * Submits a form of the page: the page is read first for its view state; {@code fields} are the
   * inputs by their id inside the form, {@code button} the pressed button's id.
   */
  static Api.Reply submit(
      String path,
      String session,
      String form,
      String button,
      Map<String, String> fields,
      String... headers) {
    Api.Reply page = get(path, session, headers);
    assertEquals(200, page.status(), page.body());
    Matcher m = VIEW_STATE.matcher(page.body());
    if (!m.find()) {
      throw new AssertionError("no view state on " + path);
    }
    String cookie = session != null ? session : sessionOf(page);
    Map<String, String> values = new LinkedHashMap<>();
    values.put(form, form);
    fields.forEach((id, value) -> values.put(form + ":" + id, value));
    values.put(form + ":" + button, "x");
    values.put("jakarta.faces.ViewState", m.group(1));
    String body =
        values.entrySet().stream()
            .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
            .collect(Collectors.joining("&"));
    HttpRequest.Builder b =
        to(path)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    return Api.send(with(b, cookie, headers));
  }

  /** Signs in on the login page; the answer is the redirect that carries the new session. */
  static Api.Reply signIn(String email, String password, String... headers) {
    return signInAt("", email, password, headers);
  }

  /** As {@link #signIn}, on the server at {@code base} ("" for the test server). */
  static Api.Reply signInAt(String base, String email, String password, String... headers) {
    Api.Reply reply =
        submit(
            base + "/login.xhtml",
            null,
            "loginForm",
            "submit",
            Map.of("email", email, "password", password),
            headers);
    assertEquals(302, reply.status(), reply.toString());
    return reply;
  }

  /** "JSESSIONID=…" from the response's Set-Cookie, for the next request's Cookie header. */
  static String sessionOf(Api.Reply reply) {
    String cookie = sessionCookie(reply);
    assertNotNull(cookie, "no session cookie in " + reply.headers());
    return cookie.split(";")[0].strip();
  }

  /** The whole Set-Cookie value of the session cookie, or null. */
  static String sessionCookie(Api.Reply reply) {
    return reply.headers().entrySet().stream()
        .filter(e -> e.getKey().equalsIgnoreCase("Set-Cookie"))
        .flatMap(e -> e.getValue().stream())
        .filter(v -> v.startsWith("JSESSIONID="))
        .reduce((first, second) -> second)
        .orElse(null);
  }

  /** The attributes of a Set-Cookie value, lower-cased: "httponly", "samesite=lax", … */
  static List<String> attributes(String setCookie) {
    return java.util.Arrays.stream(setCookie.split(";"))
        .skip(1)
        .map(a -> a.strip().toLowerCase(java.util.Locale.ROOT))
        .toList();
  }

  /** A path of the test server, or a whole URL (another node's). */
  private static HttpRequest.Builder to(String pathOrUrl) {
    return pathOrUrl.startsWith("http")
        ? HttpRequest.newBuilder(java.net.URI.create(pathOrUrl)).timeout(Duration.ofSeconds(30))
        : Api.request(pathOrUrl, null);
  }

  private static HttpRequest.Builder with(
      HttpRequest.Builder b, String session, String... headers) {
    if (session != null) {
      b.header("Cookie", session);
    }
    for (int i = 0; i < headers.length; i += 2) {
      b.header(headers[i], headers[i + 1]);
    }
    return b;
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
