package jp.kyodo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * In Chromium, with the Content-Security-Policy enforced: a participant's hostile links and an
 * administrator's hostile label run nothing, and the main pages, used as people use them, report no
 * policy violation and no script error.
 */
@ExtendWith(KyodoServer.class)
class WebSecurityBrowserIT {
  private static WebDriver driver;
  private static WebDriverWait wait;

  @BeforeAll
  static void openBrowser() {
    driver = Browser.start();
    wait = Browser.waitFor(driver);
  }

  @AfterEach
  void noContentSecurityPolicyViolations() {
    Browser.assertNoScriptProblems(driver);
  }

  @AfterAll
  static void closeBrowser() {
    if (driver != null) {
      driver.quit();
    }
  }

  @Test
  void clickingEveryLinkOfAHostileCommentRunsNothing() {
    long topic = Forum.openTopic("危ないリンク");
    String inside = KyodoServer.baseUrl() + "/topics.xhtml";
    String body =
        String.join(
            "\n",
            "javascript://%0Awindow.__xss=1",
            "JAVASCRIPT:window.__xss=2",
            "data:text/html,<script>parent.__xss=3</script>",
            "vbscript:__xss=4",
            "javascript://example.jp/%0Aalert(document.domain)",
            "\"><img src=x onerror=window.__xss=5>",
            "区のページ " + inside);
    long comment = Forum.id(Forum.post(topic, body, Accounts.confirmed("xss-links").token()));

    for (String page : List.of("/topic.xhtml?id=" + topic, "/comment.xhtml?id=" + comment)) {
      driver.get(KyodoServer.baseUrl() + page);
      List<WebElement> links = commentLinks(comment);
      assertEquals(1, links.size(), "only the web address is a link on " + page);
      assertEquals(inside, links.get(0).getAttribute("href"));
      String text =
          driver.findElement(By.cssSelector("#c" + comment + " .comment__body")).getText();
      assertTrue(text.contains("javascript://%0Awindow.__xss=1"), text);
      assertTrue(text.contains("<img src=x onerror=window.__xss=5>"), text);
      for (int i = 0; i < links.size(); i++) {
        driver.get(KyodoServer.baseUrl() + page);
        setHook();
        commentLinks(comment).get(i).click();
        assertNoAlert();
        assertNotRun();
      }
    }
  }

  @Test
  void aHostilePolicyAreaNameRunsNothingAndTheChartIsDrawn() {
    String hostile = "</script><script>window.__xss=1</script>";
    Api.Reply saved =
        Api.put(
            "/api/v1/policy-areas/xss-label",
            Api.json("nameJa", hostile, "nameEn", hostile, "sortOrder", 990, "active", false),
            Accounts.admin());
    // added on a fresh database (201), changed when an earlier run left it (200)
    assertTrue(saved.status() == 201 || saved.status() == 200, saved.toString());

    signIn(KyodoServer.ADMIN_EMAIL, KyodoServer.ADMIN_PASSWORD);
    driver.get(KyodoServer.baseUrl() + "/admin/statistics.xhtml");
    wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "参加状況の統計とKPI"));
    assertNoAlert();
    assertNotRun();

    WebElement table = driver.findElement(By.id("table-activity-policy_area"));
    assertTrue(
        table.findElements(By.cssSelector("tbody th[scope=row]")).stream()
            .anyMatch(th -> th.getText().equals(hostile)),
        "the name is shown as text: " + table.getText());
    WebElement section = table.findElement(By.xpath("ancestor::section[1]"));
    WebElement canvas = section.findElement(By.tagName("canvas"));
    Object labels =
        ((JavascriptExecutor) driver)
            .executeScript(
                "const c = window.Chart && Chart.getChart(arguments[0]);"
                    + " return c ? c.data.labels : null;",
                canvas);
    assertNotNull(labels, "Chart.js drew the chart");
    assertTrue(((List<?>) labels).contains(hostile), "the label is data: " + labels);
  }

  @Test
  void theMainPagesReportNoPolicyViolation() {
    long topic = Forum.openTopic("ポリシー違反のない画面");
    Accounts.Participant author = Accounts.confirmed("csp-author");
    long comment = Forum.id(Forum.post(topic, "最初の意見 https://example.jp/", author.token()));

    driver.manage().deleteAllCookies();
    for (String page :
        List.of(
            "/",
            "/topics.xhtml",
            "/topic.xhtml?id=" + topic,
            "/comment.xhtml?id=" + comment,
            "/moderation-report.xhtml",
            "/register.xhtml",
            "/password-reset.xhtml",
            "/no-such-page.xhtml",
            "/?lang=en",
            "/?lang=ja")) {
      driver.get(KyodoServer.baseUrl() + page);
      assertFalse(driver.findElement(By.tagName("h1")).getText().isBlank(), page);
    }
    // a refused sign-in shows the page again (a postback that renders)
    driver.get(KyodoServer.baseUrl() + "/login.xhtml");
    fill("loginForm:email", author.email());
    fill("loginForm:password", "not the password at all");
    driver.findElement(By.id("loginForm:submit")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".messages")));

    // a participant replies on the comment page and reacts there
    signIn(author.email(), Accounts.PASSWORD);
    driver.get(KyodoServer.baseUrl() + "/comment.xhtml?id=" + comment);
    fill("replyForm:body", "ブラウザからの返信です");
    driver.findElement(By.id("replyForm:submit")).click();
    wait.until(
        ExpectedConditions.presenceOfElementLocated(
            By.xpath("//article[contains(., 'ブラウザからの返信です')]")));
    driver.get(KyodoServer.baseUrl() + "/profile.xhtml");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("accountDisplayName")));

    // staff and administrators' pages
    signIn(Forum.staff().email(), Accounts.PASSWORD);
    driver.get(KyodoServer.baseUrl() + "/staff/topic-edit.xhtml");
    wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("form")));
    signIn(KyodoServer.ADMIN_EMAIL, KyodoServer.ADMIN_PASSWORD);
    for (String page :
        List.of(
            "/admin/participants.xhtml",
            "/admin/outbox.xhtml",
            "/admin/audit.xhtml",
            "/admin/watched-words.xhtml",
            "/admin/moderation-templates.xhtml",
            "/moderation/queue.xhtml",
            "/admin/statistics.xhtml")) {
      driver.get(KyodoServer.baseUrl() + page);
      assertFalse(driver.findElement(By.tagName("h1")).getText().isBlank(), page);
    }
    assertFalse(
        driver.findElements(By.cssSelector("canvas")).isEmpty(), "charts on the statistics page");
  }

  @Test
  void theBrowserRefusesAnInlineScriptWithoutTheNonceAndTheTestSeesIt() {
    driver.get(KyodoServer.baseUrl() + "/topics.xhtml");
    ((JavascriptExecutor) driver)
        .executeScript(
            "const s = document.createElement('script');"
                + " s.textContent = 'window.__xss = 1';"
                + " document.body.appendChild(s);");
    assertNotRun();
    List<String> problems = Browser.scriptProblems(driver);
    assertTrue(
        problems.stream().anyMatch(p -> p.contains("script-src")),
        "the violation is reported: " + problems);
  }

  private static List<WebElement> commentLinks(long comment) {
    return driver.findElements(By.cssSelector("#c" + comment + " .comment__body a"));
  }

  private static void setHook() {
    ((JavascriptExecutor) driver).executeScript("window.__xss = undefined;");
  }

  private static void assertNotRun() {
    Object hook = ((JavascriptExecutor) driver).executeScript("return window.__xss;");
    assertEquals(null, hook, "a hostile script ran on " + driver.getCurrentUrl());
  }

  private static void assertNoAlert() {
    try {
      String text = driver.switchTo().alert().getText();
      driver.switchTo().alert().dismiss();
      throw new AssertionError("an alert opened: " + text);
    } catch (NoAlertPresentException expected) {
      // nothing ran
    }
  }

  private static void signIn(String email, String password) {
    driver.manage().deleteAllCookies();
    driver.get(KyodoServer.baseUrl() + "/login.xhtml");
    fill("loginForm:email", email);
    fill("loginForm:password", password);
    driver.findElement(By.id("loginForm:submit")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("signOutForm:signOut")));
  }

  private static void fill(String id, String value) {
    WebElement field = wait.until(ExpectedConditions.elementToBeClickable(By.id(id)));
    field.clear();
    field.sendKeys(value);
  }
}
