package jp.kyodo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser without a browser: a cookie jar (the page session), GETs of pages, and form posts built
 * from the form as the page rendered it (its fields, hidden values and view state).
 */
final class WebSession {
  private static final Pattern FORM =
      Pattern.compile("<form id=\"([^\"]+)\"(.*?)</form>", Pattern.DOTALL);
  private static final Pattern INPUT = Pattern.compile("<input ([^>]*)>");
  private static final Pattern TEXTAREA =
      Pattern.compile("<textarea [^>]*name=\"([^\"]+)\"[^>]*>(.*?)</textarea>", Pattern.DOTALL);
  private static final Pattern SELECT =
      Pattern.compile("<select [^>]*name=\"([^\"]+)\"[^>]*>(.*?)</select>", Pattern.DOTALL);
  private static final Pattern OPTION = Pattern.compile("<option value=\"([^\"]*)\"([^>]*)>");
  private static final Pattern ATTRIBUTE = Pattern.compile("([a-zA-Z-]+)=\"([^\"]*)\"");

  private final HttpClient http;

  private WebSession() {
    http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
  }

  static WebSession anonymous() {
    return new WebSession();
  }

  /** Signed in through the sign-in page, as a person would. */
  static WebSession signedIn(String email, String password) {
    WebSession s = new WebSession();
    Form login = s.form("/login.xhtml", "loginForm");
    login.set("loginForm:email", email).set("loginForm:password", password);
    Page signedIn = s.submit(login, "loginForm:submit");
    assertEquals(302, signedIn.status(), signedIn.body());
    return s;
  }

  /**
   * A response: status, Location (for redirects), body, and the SQL statements it cost (the
   * server's diagnostics header; -1 without it).
   */
  record Page(int status, String location, String contentType, String body, int queries) {
    /** The text of the page's h1. */
    String heading() {
      Matcher m = Pattern.compile("<h1[^>]*>([^<]*)</h1>").matcher(body);
      return m.find() ? m.group(1).strip() : "";
    }

    @Override
    public String toString() {
      return status + " " + (location == null ? "" : location + " ") + heading();
    }
  }

  /** A form as rendered: where it posts and its fields in order. */
  static final class Form {
    final String action;
    final Map<String, String> fields = new LinkedHashMap<>();
    final List<String> buttons = new ArrayList<>();

    Form(String action) {
      this.action = action;
    }

    Form set(String name, String value) {
      fields.put(name, value);
      return this;
    }

    /** The body, percent-encoded as a browser would (each value UTF-8). */
    String encoded(String button) {
      Map<String, String> all = new LinkedHashMap<>(fields);
      if (button != null) {
        all.put(button, "x");
      }
      return all.entrySet().stream()
          .map(e -> enc(e.getKey()) + "=" + (e.getValue() == null ? "" : enc(e.getValue())))
          .collect(Collectors.joining("&"));
    }
  }

  Page get(String pathAndQuery) {
    return send(HttpRequest.newBuilder(uri(pathAndQuery)).GET());
  }

  /** The page, and the form with the id on it (fails when the page has no such form). */
  Form form(String path, String formId) {
    Page page = get(path);
    assertEquals(200, page.status(), path + " " + page);
    Matcher m = FORM.matcher(page.body());
    while (m.find()) {
      if (m.group(1).equals(formId)) {
        return parse(m.group(0));
      }
    }
    throw new AssertionError("no form " + formId + " on " + path);
  }

  Page submit(Form form, String button) {
    return post(form.action, form.encoded(button), null);
  }

  /** The form as another site's page would post it. */
  Page submitFrom(String origin, Form form, String button) {
    return postFrom(origin, form.action, form.encoded(button), null);
  }

  /** A form post with a body exactly as given (already encoded), from this site's page. */
  Page post(String path, String encodedBody, String referer) {
    return postFrom(KyodoServer.baseUrl(), path, encodedBody, referer);
  }

  /** A form post as a browser sends it from a page of {@code origin} (null: no Origin header). */
  Page postFrom(String origin, String path, String encodedBody, String referer) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(uri(path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(encodedBody));
    if (origin != null) {
      b.header("Origin", origin);
    }
    if (referer != null) {
      b.header("Referer", KyodoServer.baseUrl() + referer);
    }
    return send(b);
  }

  private Page send(HttpRequest.Builder builder) {
    try {
      HttpResponse<String> r =
          http.send(
              builder.timeout(Duration.ofSeconds(30)).build(),
              HttpResponse.BodyHandlers.ofString());
      return new Page(
          r.statusCode(),
          r.headers().firstValue("Location").orElse(null),
          r.headers().firstValue("Content-Type").orElse(""),
          r.body(),
          r.headers().firstValue("X-Kyodo-Query-Count").map(Integer::parseInt).orElse(-1));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static URI uri(String pathAndQuery) {
    String base = KyodoServer.baseUrl();
    return URI.create(pathAndQuery.startsWith("http") ? pathAndQuery : base + pathAndQuery);
  }

  private static Form parse(String html) {
    Map<String, String> formAttributes = attributes(html.substring(0, html.indexOf('>')));
    Form form = new Form(unescape(formAttributes.get("action")));
    Matcher inputs = INPUT.matcher(html);
    while (inputs.find()) {
      Map<String, String> a = attributes(inputs.group(1));
      String name = a.get("name");
      String type = a.getOrDefault("type", "text");
      if (name == null) {
        continue;
      }
      if (type.equals("submit")) {
        form.buttons.add(name);
      } else if (!type.equals("checkbox") || a.containsKey("checked")) {
        form.fields.put(
            name, unescape(a.getOrDefault("value", type.equals("checkbox") ? "on" : "")));
      }
    }
    Matcher areas = TEXTAREA.matcher(html);
    while (areas.find()) {
      form.fields.put(areas.group(1), unescape(areas.group(2)));
    }
    Matcher selects = SELECT.matcher(html);
    while (selects.find()) {
      Matcher options = OPTION.matcher(selects.group(2));
      String value = null;
      while (options.find()) {
        if (value == null || options.group(2).contains("selected")) {
          value = unescape(options.group(1));
        }
      }
      form.fields.put(selects.group(1), value == null ? "" : value);
    }
    return form;
  }

  private static Map<String, String> attributes(String tag) {
    Map<String, String> a = new LinkedHashMap<>();
    Matcher m = ATTRIBUTE.matcher(tag);
    while (m.find()) {
      a.put(m.group(1), m.group(2));
    }
    return a;
  }

  private static String unescape(String html) {
    return html == null
        ? null
        : html.replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&quot;", "\"")
            .replace("&#39;", "'")
            .replace("&amp;", "&");
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
