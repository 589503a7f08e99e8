package jp.kyodo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The browser-facing security headers on every kind of response, Cache-Control on personal pages
 * and exports only, and the session cookie's flags — Secure only when https is known: from the
 * connection or from the proxy header the test server is configured to trust (X-Forwarded-Proto).
 */
@ExtendWith(KyodoServer.class)
class SecurityHeadersIT {
  private static final String PROXY_HTTPS = "X-Forwarded-Proto";

  /** Headers every response carries, whatever wrote it. */
  private static void assertCommonHeaders(Api.Reply reply, String what) {
    String context = what + " " + reply.status() + " " + reply.headers();
    assertEquals("nosniff", reply.header("X-Content-Type-Options"), context);
    assertEquals("same-origin", reply.header("Referrer-Policy"), context);
    assertEquals("DENY", reply.header("X-Frame-Options"), context);
    assertTrue(reply.header("Permissions-Policy").contains("camera=()"), context);
    assertTrue(reply.header("Permissions-Policy").contains("geolocation=()"), context);
    assertEquals(1, values(reply, "Content-Security-Policy").size(), "one policy: " + context);
    String csp = reply.header("Content-Security-Policy");
    assertTrue(csp.contains("frame-ancestors 'none'"), context);
    assertFalse(directive(csp, "script-src").contains("'unsafe-inline'"), context);
    assertNull(reply.header("Strict-Transport-Security"), "plain http has no HSTS: " + context);
  }

  /** A non-page response: nothing in it may run or load. */
  private static void assertNonPagePolicy(Api.Reply reply, String what) {
    assertCommonHeaders(reply, what);
    assertTrue(
        reply.header("Content-Security-Policy").startsWith("default-src 'none'"),
        what + " " + reply.headers());
  }

  @Test
  void pagesHaveANoncePolicyAndEveryScriptCarriesTheNonce() {
    Api.Reply home = WebForms.get("/", null);
    assertEquals(200, home.status(), home.body());
    assertCommonHeaders(home, "home page");
    String csp = home.header("Content-Security-Policy");
    assertTrue(csp.contains("default-src 'self'"), csp);
    assertTrue(csp.contains("object-src 'none'"), csp);
    assertTrue(csp.contains("base-uri 'self'"), csp);
    Matcher nonce =
        Pattern.compile("'nonce-([A-Za-z0-9+/=]+)'").matcher(directive(csp, "script-src"));
    assertTrue(nonce.find(), csp);
    // every script element carries this response's nonce; no inline event handler is left
    Matcher script = Pattern.compile("<script([^>]*)>").matcher(home.body());
    int scripts = 0;
    while (script.find()) {
      scripts++;
      assertTrue(
          script.group(1).contains("nonce=\"" + nonce.group(1) + "\""), script.group() + " " + csp);
    }
    assertTrue(scripts > 0, home.body());
    assertFalse(
        Pattern.compile("<[a-z]+ [^>]*\\son[a-z]+=", Pattern.CASE_INSENSITIVE)
            .matcher(home.body())
            .find(),
        home.body());
    // a fresh nonce for every response
    String again = WebForms.get("/", null).header("Content-Security-Policy");
    assertFalse(again.equals(csp), again);

    Api.Reply missing = WebForms.get("/no-such-page.xhtml", null);
    assertEquals(404, missing.status());
    assertCommonHeaders(missing, "error page");
  }

  @Test
  void apiResponsesAndProblemsCarryTheHeaders() {
    Api.Reply areas = Api.get("/api/v1/policy-areas", null);
    assertEquals(200, areas.status(), areas.body());
    assertNonPagePolicy(areas, "API read");

    Api.Reply notFound = Api.get("/api/v1/topics/987654321", null);
    assertEquals(404, notFound.status(), notFound.body());
    assertEquals("application/problem+json", notFound.mediaType());
    assertNonPagePolicy(notFound, "API problem");

    // written by the authentication filter, before JAX-RS
    Api.Reply badToken = Api.get("/api/v1/participants/me", "not-a-token");
    assertEquals(401, badToken.status(), badToken.body());
    assertEquals("application/problem+json", badToken.mediaType());
    assertEquals("authentication_required", badToken.json().getString("code"));
    assertNonPagePolicy(badToken, "authentication problem");
    assertEquals("no-store", badToken.header("Cache-Control"));
  }

  @Test
  void cachedThreadPagesAndStaticResourcesCarryTheHeaders() {
    long topic = Forum.openTopic("ヘッダーとキャッシュ");
    Forum.post(topic, "キャッシュされる意見", Accounts.confirmed("headers-cache").token());
    String thread = "/api/v1/topics/" + topic + "/comments";
    Api.Reply built = Api.get(thread, null);
    Api.Reply cached = Api.get(thread, null);
    assertEquals(200, cached.status(), cached.body());
    assertEquals(built.body(), cached.body());
    assertEquals("0", cached.header("X-Kyodo-Query-Count"), "served by the cache filter");
    assertNonPagePolicy(cached, "cached thread page");
    assertNull(cached.header("Cache-Control"), "a public read stays cacheable");

    Api.Reply css = WebForms.get("/jakarta.faces.resource/kyodo.css.xhtml?ln=kyodo", null);
    assertEquals(200, css.status());
    assertTrue(css.header("Content-Type").startsWith("text/css"), css.headers().toString());
    assertCommonHeaders(css, "style sheet");

    Api.Reply robots = WebForms.get("/robots.txt", null);
    assertEquals(200, robots.status());
    assertNonPagePolicy(robots, "static file");
  }

  @Test
  void personalPagesAndExportsAreNeverStoredPublicReadsAre() {
    long topic = Forum.openTopic("保存しない応答");
    Forum.post(topic, "公開の意見", Accounts.confirmed("headers-public").token());
    String admin =
        WebForms.sessionOf(WebForms.signIn(KyodoServer.ADMIN_EMAIL, KyodoServer.ADMIN_PASSWORD));
    for (String page :
        List.of(
            "/profile.xhtml",
            "/admin/participants.xhtml",
            "/admin/audit.xhtml",
            "/admin/outbox.xhtml",
            "/admin/statistics.xhtml",
            "/admin/audit-log.csv",
            "/admin/statistics-csv.xhtml?table=registrations")) {
      Api.Reply reply = WebForms.get(page, admin);
      assertEquals(200, reply.status(), page + " " + reply.body());
      assertEquals("no-store", reply.header("Cache-Control"), page + " " + reply.headers());
      assertCommonHeaders(reply, page);
    }
    Accounts.Participant moderator = Moderation.moderator("headers-mod");
    String moderation = WebForms.sessionOf(WebForms.signIn(moderator.email(), Accounts.PASSWORD));
    String staff = WebForms.sessionOf(WebForms.signIn(Forum.staff().email(), Accounts.PASSWORD));
    record Visit(String page, String session, int status) {}
    for (Visit v :
        List.of(
            new Visit("/moderation/queue.xhtml", moderation, 200),
            new Visit("/staff/topic-edit.xhtml", staff, 200),
            // refused is personal too
            new Visit("/staff/topic-edit.xhtml", moderation, 403))) {
      Api.Reply reply = WebForms.get(v.page(), v.session());
      assertEquals(v.status(), reply.status(), v.page());
      assertEquals("no-store", reply.header("Cache-Control"), v.page() + " " + reply.headers());
      assertCommonHeaders(reply, v.page());
    }
    assertTrue(
        WebForms.get("/admin/statistics-csv.xhtml?table=registrations", admin)
            .header("Content-Type")
            .startsWith("text/csv"));

    // "download my data" resets the response before writing the file
    Api.Reply myData =
        WebForms.submit("/profile.xhtml", admin, "downloadForm", "download", Map.of());
    assertEquals(200, myData.status(), myData.toString());
    assertTrue(myData.header("Content-Disposition").contains("kyodo-my-data.json"));
    assertEquals("no-store", myData.header("Cache-Control"), myData.headers().toString());
    assertEquals("nosniff", myData.header("X-Content-Type-Options"));

    // a new API token is the answer to a write
    Api.Reply issued =
        Api.post(
            "/api/v1/auth/token",
            Api.json("email", KyodoServer.ADMIN_EMAIL, "password", KyodoServer.ADMIN_PASSWORD),
            null);
    assertEquals(201, issued.status(), issued.body());
    assertEquals("no-store", issued.header("Cache-Control"));

    String token = Accounts.admin();
    for (String export :
        List.of(
            "/api/v1/audit-log/export.csv",
            "/api/v1/stats/tables/registrations.csv",
            "/api/v1/stats/topics/" + topic + "/comments.csv",
            "/api/v1/participants/me/export",
            "/api/v1/participants/me")) {
      Api.Reply reply = Api.get(export, token);
      assertEquals(200, reply.status(), export + " " + reply.body());
      assertEquals("no-store", reply.header("Cache-Control"), export);
      assertNonPagePolicy(reply, export);
    }

    for (String read :
        List.of(
            "/",
            "/topics.xhtml",
            "/topic.xhtml?id=" + topic,
            "/moderation-report.xhtml",
            "/api/v1/topics",
            "/api/v1/topics/" + topic,
            "/api/v1/topics/" + topic + "/comments",
            "/api/v1/open-data/participation.csv")) {
      Api.Reply reply = WebForms.get(read, null);
      assertEquals(200, reply.status(), read + " " + reply.body());
      String cache = reply.header("Cache-Control");
      assertTrue(cache == null || !cache.contains("no-store"), read + ": " + cache);
      assertNull(reply.header("Set-Cookie"), read + " starts no session");
      assertCommonHeaders(reply, read);
    }
  }

  @Test
  void sessionCookieIsHttpOnlyLaxAndSecureOnlyOverTrustedHttps() {
    Api.Reply plain = WebForms.get("/login.xhtml", null);
    List<String> flags = WebForms.attributes(WebForms.sessionCookie(plain));
    assertTrue(flags.contains("httponly"), flags.toString());
    assertTrue(flags.contains("samesite=lax"), flags.toString());
    assertFalse(flags.contains("secure"), "plain http: " + flags);
    assertNull(plain.header("Strict-Transport-Security"));

    Api.Reply proxied = WebForms.get("/login.xhtml", null, PROXY_HTTPS, "https");
    flags = WebForms.attributes(WebForms.sessionCookie(proxied));
    assertTrue(flags.containsAll(List.of("httponly", "samesite=lax", "secure")), flags.toString());
    assertEquals("max-age=31536000", proxied.header("Strict-Transport-Security"));

    // only the configured header is believed, and only when it says https
    for (String[] untrusted :
        List.of(
            new String[] {PROXY_HTTPS, "http"},
            new String[] {"Forwarded", "proto=https"},
            new String[] {"X-Forwarded-Scheme", "https"},
            new String[] {"X-Forwarded-Ssl", "on"},
            new String[] {"Front-End-Https", "on"})) {
      Api.Reply reply = WebForms.get("/login.xhtml", null, untrusted);
      flags = WebForms.attributes(WebForms.sessionCookie(reply));
      assertFalse(flags.contains("secure"), untrusted[0] + ": " + flags);
      assertNull(reply.header("Strict-Transport-Security"), untrusted[0]);
    }

    // signing in changes the session id; the new cookie has every flag too
    Api.Reply signedIn =
        WebForms.signIn(KyodoServer.ADMIN_EMAIL, KyodoServer.ADMIN_PASSWORD, PROXY_HTTPS, "https");
    String cookie = WebForms.sessionCookie(signedIn);
    assertNotNull(cookie, signedIn.headers().toString());
    flags = WebForms.attributes(cookie);
    assertTrue(flags.containsAll(List.of("httponly", "samesite=lax", "secure")), cookie);
    assertEquals("max-age=31536000", signedIn.header("Strict-Transport-Security"));
    assertTrue(signedIn.header("Location").startsWith("https://"), signedIn.headers().toString());
    Api.Reply profile = WebForms.get("/profile.xhtml", WebForms.sessionOf(signedIn));
    assertEquals(200, profile.status(), "the new session is signed in");

    Api.Reply toSignIn = WebForms.get("/profile.xhtml", null, PROXY_HTTPS, "https");
    assertEquals(302, toSignIn.status());
    assertTrue(
        toSignIn.header("Location").startsWith("https://127.0.0.1:"),
        toSignIn.headers().toString());

    Api.Reply plainSignIn = WebForms.signIn(KyodoServer.ADMIN_EMAIL, KyodoServer.ADMIN_PASSWORD);
    flags = WebForms.attributes(WebForms.sessionCookie(plainSignIn));
    assertTrue(flags.containsAll(List.of("httponly", "samesite=lax")), flags.toString());
    assertFalse(flags.contains("secure"), flags.toString());

    // cookies the application sets itself get Secure the same way
    Api.Reply language = WebForms.get("/?lang=en", null, PROXY_HTTPS, "https");
    String lang =
        values(language, "Set-Cookie").stream()
            .filter(v -> v.startsWith("kyodo_lang="))
            .findFirst()
            .orElseThrow();
    assertTrue(WebForms.attributes(lang).contains("secure"), lang);
    assertEquals(
        "max-age=31536000",
        Api.send(Api.request("/api/v1/policy-areas", null).header(PROXY_HTTPS, "https").GET())
            .header("Strict-Transport-Security"),
        "HSTS on the API over https too");
  }

  private static List<String> values(Api.Reply reply, String name) {
    return reply.headers().entrySet().stream()
        .filter(e -> e.getKey().equalsIgnoreCase(name))
        .flatMap(e -> e.getValue().stream())
        .toList();
  }

  /** One directive of a policy, e.g. "script-src 'self' 'nonce-…'", or "" if absent. */
  private static String directive(String csp, String name) {
    for (String d : csp.split(";")) {
      if (d.strip().startsWith(name + " ")) {
        return d.strip();
      }
    }
    return "";
  }
}
