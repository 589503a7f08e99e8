package jp.kyodo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The page areas (ForumPolicy, applied by the authentication filter) for anonymous visitors,
 * including paths spelled differently; signed-in visitors without the role are covered by the
 * browser tests (403 page).
 */
@ExtendWith(KyodoServer.class)
class PageAccessIT {
  private static final HttpClient NO_REDIRECTS =
      HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

  private static HttpResponse<String> get(String path) throws Exception {
    return NO_REDIRECTS.send(
        HttpRequest.newBuilder(URI.create(KyodoServer.baseUrl() + path)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/profile.xhtml",
        "/admin/audit.xhtml",
        "/admin/audit-log.csv",
        "/admin/statistics.xhtml",
        "/reports/opinion-groups.xhtml?id=1",
        "/staff/results-edit.xhtml?id=1",
        "/moderation/queue.xhtml",
        "/staff/key-points.xhtml?topic=1",
        "/%73taff/key-points.xhtml?topic=1",
        "/%61dmin/audit.xhtml",
        "/admin/../admin/audit.xhtml",
        "/moderation/./queue.xhtml",
        "/staff/proxy-entry.xhtml?topic=1",
        "/staff/proxy-import.xhtml?topic=1"
      })
  void anonymousVisitorsAreSentToSignIn(String path) throws Exception {
    HttpResponse<String> r = get(path);
    assertEquals(302, r.statusCode(), path + " → " + r.statusCode() + " " + r.body());
    String location = r.headers().firstValue("Location").orElse("");
    assertTrue(location.contains("/login.xhtml?next="), location);
  }

  /**
   * Signed in without the role: 403, as on the other staff pages; with it, an unknown topic is 404.
   */
  @ParameterizedTest
  @ValueSource(strings = {"/staff/proxy-entry.xhtml", "/staff/proxy-import.xhtml"})
  void proxyEntryPagesAreForStaff(String page) {
    long topic = Forum.openTopic("代理入力のページ");
    String resident =
        WebForms.sessionOf(
            WebForms.signIn(Accounts.confirmed("page-resident").email(), Accounts.PASSWORD));
    assertEquals(403, WebForms.get(page + "?topic=" + topic, resident).status());
    String staff = WebForms.sessionOf(WebForms.signIn(Forum.staff().email(), Accounts.PASSWORD));
    assertEquals(200, WebForms.get(page + "?topic=" + topic, staff).status());
    assertEquals(404, WebForms.get(page + "?topic=999999999", staff).status());
    assertEquals(404, WebForms.get(page, staff).status());
  }

  @ParameterizedTest
  @ValueSource(strings = {"/", "/topics.xhtml", "/moderation-report.xhtml", "/login.xhtml"})
  void publicPagesOpenForAnyone(String path) throws Exception {
    HttpResponse<String> r = get(path);
    assertEquals(200, r.statusCode(), path + " → " + r.body());
  }
}
