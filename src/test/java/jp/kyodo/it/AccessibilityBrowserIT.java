package jp.kyodo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * axe-core's WCAG 2.2 A/AA rules on every page, as each role sees it, and in the states people meet
 * (a form sent back with errors, an empty list, a 404), in Chromium at phone width. A violation
 * fails the test with the rule, the element and what to fix.
 */
@ExtendWith(KyodoServer.class)
class AccessibilityBrowserIT {
  private static final List<String> TAGS =
      List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

  private static WebDriver driver;
  private static WebDriverWait wait;
  private final List<String> problems = new ArrayList<>();

  @BeforeAll
  static void openBrowser() {
    driver = Browser.start();
    wait = Browser.waitFor(driver);
  }

  @AfterAll
  static void closeBrowser() {
    if (driver != null) {
      driver.quit();
    }
  }

  @Test
  void publicPagesAsAnAnonymousVisitor() {
    long topic = Forum.openTopic("アクセシビリティの議題");
    long comment = Forum.id(Forum.post(topic, "確認用の意見です。", Accounts.confirmed("a11y-o").token()));
    Forum.reply(comment, "確認用の返信です。", Accounts.confirmed("a11y-r").token());
    try {
      SearchIT.within(
          java.time.Duration.ofSeconds(5),
          "the comment in search",
          () -> SearchIT.comments(SearchIT.q("確認用の意見")).contains(comment));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    driver.manage().deleteAllCookies();
    for (String path :
        List.of(
            "/",
            "/topics.xhtml",
            "/topics.xhtml?area=setagaya",
            "/search.xhtml",
            "/search.xhtml?" + SearchIT.q("確認用の意見"),
            "/search.xhtml?" + SearchIT.q("一致するものがない語") + "&kind=topic",
            "/search.xhtml?q=&district=nowhere",
            "/topic.xhtml?id=" + topic,
            "/comment.xhtml?id=" + comment,
            "/register.xhtml",
            "/login.xhtml",
            "/password-reset.xhtml",
            "/moderation-report.xhtml",
            "/open-data.xhtml",
            "/terms.xhtml",
            "/privacy.xhtml",
            "/confirm.xhtml?token=not-a-token",
            "/unsubscribe.xhtml?key=not-a-key&kind=reply",
            "/unsubscribe.xhtml?key="
                + Mailings.unsubscribeKey(Accounts.confirmed("a11y-u").id())
                + "&kind=digest-weekly",
            "/topic.xhtml?id=999999999")) {
      check(path);
    }
    // a form sent back with its errors beside the fields
    driver.get(KyodoServer.baseUrl() + "/register.xhtml");
    WebElement register = driver.findElement(By.id("registerForm:submit"));
    register.click();
    wait.until(ExpectedConditions.stalenessOf(register)); // the page that comes back
    wait.until(d -> d.findElement(By.id("registerForm:emailError")).getText().length() > 0);
    analyze("/register.xhtml with errors");
    driver.get(KyodoServer.baseUrl() + "/login.xhtml");
    fill("loginForm:email", "nobody@example.jp");
    fill("loginForm:password", "wrong password here");
    driver.findElement(By.id("loginForm:submit")).click();
    wait.until(d -> !d.findElements(By.cssSelector(".messages")).isEmpty());
    analyze("/login.xhtml with a refusal");
    driver.get(KyodoServer.baseUrl() + "/confirm.xhtml?token=not-a-token");
    WebElement confirm = driver.findElement(By.id("confirmForm:confirm"));
    confirm.click();
    wait.until(ExpectedConditions.stalenessOf(confirm));
    wait.until(d -> !d.findElements(By.cssSelector(".messages")).isEmpty());
    analyze("/confirm.xhtml with an unknown token");
    long leaving = Accounts.confirmed("a11y-leaving").id();
    driver.get(
        KyodoServer.baseUrl()
            + "/unsubscribe.xhtml?key="
            + Mailings.unsubscribeKey(leaving)
            + "&kind=reply");
    WebElement unsubscribe = driver.findElement(By.id("unsubscribeForm:unsubscribe"));
    unsubscribe.click();
    wait.until(ExpectedConditions.stalenessOf(unsubscribe));
    wait.until(d -> !d.findElements(By.id("unsubscribed")).isEmpty());
    analyze("/unsubscribe.xhtml after unsubscribing");
    assertNone();
  }

  @Test
  void aResidentsPages() {
    long topic = Forum.openTopic("住民のページ");
    Accounts.Participant p = Stats.signedIn("a11y-resident", "kyodo", "30s");
    long mine = Forum.id(Forum.post(topic, "自分の意見です。", p.token()));
    Forum.reply(mine, "あなたへの返信", Accounts.confirmed("a11y-x").token());
    signIn(p.email(), Accounts.PASSWORD);
    for (String path :
        List.of(
            "/",
            "/topic.xhtml?id=" + topic,
            "/comment.xhtml?id=" + mine,
            "/profile.xhtml",
            "/activity.xhtml",
            "/notifications.xhtml",
            "/notifications.xhtml?show=unread",
            "/notification-settings.xhtml",
            "/consent.xhtml")) {
      check(path);
    }
    // nothing to hear of yet: the empty list
    Accounts.Participant quiet = Accounts.confirmed("a11y-quiet");
    signIn(quiet.email(), Accounts.PASSWORD);
    check("/notifications.xhtml");
    signIn(p.email(), Accounts.PASSWORD);
    driver.get(KyodoServer.baseUrl() + "/topic.xhtml?id=" + topic);
    WebElement post = wait.until(d -> d.findElement(By.id("postForm:submit")));
    post.click();
    wait.until(ExpectedConditions.stalenessOf(post)); // the page that comes back
    wait.until(d -> d.findElement(By.id("postForm:bodyError")).getText().length() > 0);
    analyze("/topic.xhtml with an empty opinion sent");
    assertNone();
  }

  @Test
  void staffModeratorAndAdministratorPages() {
    long topic = Forum.openTopic("職員のページ");
    long comment = Forum.id(Forum.post(topic, "通報される意見", Accounts.confirmed("a11y-s").token()));
    Moderation.report(comment, "spam", Accounts.confirmed("a11y-rep").token());
    Camps camps = Camps.plant("意見グループのある議題", "a11y-groups", 12);
    long results = ResultsDocumentIT.publishedResults("結果を公表した議題", "a11y-results");
    assertEquals(
        200,
        Api.post("/api/v1/topics/" + camps.topic() + "/opinion-groups", "", Forum.staff().token())
            .status());
    ProxyEntryIT.enter(topic, ProxyEntryIT.entry("紙で寄せられた意見です。"));

    signIn(Forum.staff().email(), Accounts.PASSWORD);
    // the settings page sent back with an error beside the staff department field
    driver.get(KyodoServer.baseUrl() + "/notification-settings.xhtml");
    WebElement department = wait.until(d -> d.findElement(By.id("settingsForm:department")));
    ((org.openqa.selenium.JavascriptExecutor) driver)
        .executeScript("arguments[0].value = arguments[1];", department, "課".repeat(401));
    WebElement save = driver.findElement(By.id("settingsForm:save"));
    save.click();
    wait.until(ExpectedConditions.stalenessOf(save));
    wait.until(d -> d.findElement(By.id("settingsForm:departmentError")).getText().length() > 0);
    analyze("/notification-settings.xhtml with an error");
    for (String path :
        List.of(
            "/staff/topics.xhtml",
            "/staff/topic-edit.xhtml",
            "/staff/topic-edit.xhtml?id=" + topic,
            "/reports/topic.xhtml?id=" + topic,
            "/reports/opinion-groups.xhtml?id=" + topic,
            "/topic.xhtml?id=" + topic,
            "/staff/proxy-entry.xhtml?topic=" + topic,
            "/staff/proxy-import.xhtml?topic=" + topic)) {
      check(path);
    }
    check("/reports/opinion-groups.xhtml?id=" + camps.topic());
    Browser.screenshot(driver, "opinion-groups-phone", 390);
    Browser.screenshot(driver, "opinion-groups-desktop", 1280);
    check("/staff/results-edit.xhtml?id=" + results);
    Browser.screenshot(driver, "results-edit-phone", 390);
    Browser.screenshot(driver, "results-edit-desktop", 1280);
    check("/staff/results-edit.xhtml?id=" + topic);
    check("/results.xhtml?id=" + results);
    Browser.screenshot(driver, "results-document-phone", 390);
    Browser.screenshot(driver, "results-document-desktop", 1280);
    // key points (issue 17): the candidates, then a key point's edit form sent back with an error
    Api.post("/api/v1/topics/" + topic + "/key-points/extract", "", Forum.staff().token());
    Api.Reply made =
        Api.post(
            "/api/v1/topics/" + topic + "/key-points",
            Api.json("label", "職員のページの論点"),
            Forum.staff().token());
    check("/staff/key-points.xhtml?topic=" + topic);
    driver.get(
        KyodoServer.baseUrl()
            + "/staff/key-points.xhtml?topic="
            + topic
            + "&edit="
            + made.json().getJsonNumber("id").longValue());
    WebElement label = wait.until(d -> d.findElement(By.id("editForm:label")));
    label.clear();
    WebElement saveKeyPoint = driver.findElement(By.id("editForm:save"));
    saveKeyPoint.click();
    wait.until(ExpectedConditions.stalenessOf(saveKeyPoint));
    wait.until(d -> d.findElement(By.id("editForm:labelError")).getText().length() > 0);
    analyze("/staff/key-points.xhtml with an error");

    Accounts.Participant moderator = Moderation.moderator("a11y-mod");
    signIn(moderator.email(), Accounts.PASSWORD);
    check("/moderation/queue.xhtml");
    driver.findElement(By.cssSelector("main a[href*='case.xhtml']")).click();
    wait.until(ExpectedConditions.urlContains("/moderation/case.xhtml"));
    analyze("/moderation/case.xhtml");

    signIn(KyodoServer.ADMIN_EMAIL, KyodoServer.ADMIN_PASSWORD);
    for (String path :
        List.of(
            "/admin/participants.xhtml",
            "/admin/audit.xhtml",
            "/admin/outbox.xhtml",
            "/admin/watched-words.xhtml",
            "/admin/reserved-names.xhtml",
            "/admin/policy-documents.xhtml",
            "/admin/moderation-templates.xhtml",
            "/admin/statistics.xhtml")) {
      check(path);
    }
    check("/admin/nothing-here.xhtml");
    assertNone();
  }

  private void check(String path) {
    driver.get(KyodoServer.baseUrl() + path);
    wait.until(d -> d.findElement(By.tagName("main")));
    analyze(path);
  }

  private void analyze(String what) {
    Results results = new AxeBuilder().withTags(TAGS).analyze(driver);
    for (Rule rule : results.getViolations()) {
      problems.add(
          what
              + ": "
              + rule.getId()
              + " ("
              + rule.getHelp()
              + ") at "
              + rule.getNodes().stream()
                  .map(n -> String.valueOf(n.getTarget()) + " " + abbreviate(n.getHtml()))
                  .collect(Collectors.joining("; ")));
    }
  }

  private void assertNone() {
    assertEquals(List.of(), problems, "axe-core violations:\n" + String.join("\n", problems));
  }

  private static String abbreviate(String html) {
    return html == null || html.length() < 160 ? html : html.substring(0, 160) + "…";
  }

  private static void signIn(String email, String password) {
    driver.manage().deleteAllCookies();
    driver.get(KyodoServer.baseUrl() + "/login.xhtml");
    fill("loginForm:email", email);
    fill("loginForm:password", password);
    driver.findElement(By.id("loginForm:submit")).click();
    wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login.xhtml")));
  }

  private static void fill(String id, String value) {
    WebElement field = wait.until(ExpectedConditions.elementToBeClickable(By.id(id)));
    field.clear();
    field.sendKeys(value);
  }
}
