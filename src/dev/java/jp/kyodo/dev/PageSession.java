package jp.kyodo.dev;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A page session for the benchmark's signed-in page scenarios: signs in through the sign-in page,
 * as a person would, and gives the session cookie for wrk to send.
 */
final class PageSession {
  private static final Pattern FORM =
      Pattern.compile("<form id=\"loginForm\"(.*?)</form>", Pattern.DOTALL);
  private static final Pattern ACTION = Pattern.compile("action=\"([^\"]+)\"");
  private static final Pattern INPUT = Pattern.compile("<input ([^>]*)>");
  private static final Pattern ATTRIBUTE = Pattern.compile("([a-zA-Z-]+)=\"([^\"]*)\"");

  private PageSession() {}

  /** "Cookie: JSESSIONID=…" of a session signed in as the participant with the e-mail address. */
  static String cookieHeader(String base, String email, String password)
      throws IOException, InterruptedException {
    CookieManager cookies = new CookieManager();
    HttpClient http =
        HttpClient.newBuilder()
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    String page =
        http.send(
                HttpRequest.newBuilder(URI.create(base + "/login.xhtml")).GET().build(),
                HttpResponse.BodyHandlers.ofString())
            .body();
    Matcher form = FORM.matcher(page);
    if (!form.find()) {
      throw new IllegalStateException("no sign-in form on /login.xhtml");
    }
    Matcher action = ACTION.matcher(form.group(1));
    if (!action.find()) {
      throw new IllegalStateException("the sign-in form has no action");
    }
    Map<String, String> fields = new LinkedHashMap<>();
    Matcher inputs = INPUT.matcher(form.group(1));
    while (inputs.find()) {
      Map<String, String> a = new LinkedHashMap<>();
      Matcher m = ATTRIBUTE.matcher(inputs.group(1));
      while (m.find()) {
        a.put(m.group(1), m.group(2).replace("&amp;", "&"));
      }
      if (a.containsKey("name") && !"submit".equals(a.get("type"))) {
        fields.put(a.get("name"), a.getOrDefault("value", ""));
      }
    }
    fields.put("loginForm:email", email);
    fields.put("loginForm:password", password);
    fields.put("loginForm:submit", "x");
    String body =
        fields.entrySet().stream()
            .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
            .collect(Collectors.joining("&"));
    HttpResponse<String> signedIn =
        http.send(
            HttpRequest.newBuilder(URI.create(base + action.group(1).replace("&amp;", "&")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (signedIn.statusCode() != 302) {
      throw new IllegalStateException("sign-in failed: " + signedIn.statusCode());
    }
    for (HttpCookie c : cookies.getCookieStore().getCookies()) {
      if ("JSESSIONID".equalsIgnoreCase(c.getName())) {
        return "Cookie: " + c.getName() + "=" + c.getValue();
      }
    }
    throw new IllegalStateException("no session cookie after signing in");
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
