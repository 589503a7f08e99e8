package jp.kyodo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * In Chromium: a participant reports a comment from its page; a moderator finds it in the queue,
 * hides it with a template, and the public sees the placeholder instead of the text.
 */
@ExtendWith(KyodoServer.class)
class ModerationBrowserIT {
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
  void aModeratorHidesAReportedCommentFromTheQueue() {
    long topic = Forum.openTopic("ごみ出しのルール");
    String text = "隣の人の電話番号を晒します " + UUID.randomUUID().toString().substring(0, 8);
    long comment = Forum.id(Forum.post(topic, text, Accounts.confirmed("offender").token()));

    // a participant reports it from the comment's page, with the keyboard-usable form
    Accounts.Participant reporter = Accounts.confirmed("browser-reporter");
    signIn(reporter.email());
    driver.get(KyodoServer.baseUrl() + "/comment.xhtml?id=" + comment);
    driver.findElement(By.id("reportForm:send")).click();
    WebElement reasonError =
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("reportForm:reasonError")));
    assertFalse(reasonError.getText().isBlank(), "the missing reason is named beside the field");
    new Select(driver.findElement(By.id("reportForm:reason"))).selectByValue("personal_info");
    driver.findElement(By.id("reportForm:text")).sendKeys("電話番号が書かれています");
    driver.findElement(By.id("reportForm:send")).click();
    wait.until(ExpectedConditions.urlContains("/comment.xhtml?id=" + comment));

    // a participant cannot open the queue, a case or the audit log
    for (String page : new String[] {"/moderation/queue.xhtml", "/admin/audit.xhtml"}) {
      driver.get(KyodoServer.baseUrl() + page);
      assertEquals("この操作は許可されていません", driver.findElement(By.tagName("h1")).getText(), page);
      assertFalse(driver.getPageSource().contains(text), page);
    }

    Accounts.Participant moderator = Moderation.moderator("browser-reviewer");
    signIn(moderator.email());
    driver.findElement(By.id("nav-queue")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("queue")));
    WebElement row =
        driver.findElement(By.xpath("//table[@id='queue']//tr[contains(., '" + text + "')]"));
    row.findElement(By.tagName("a")).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("item-text"), text));
    assertTrue(driver.findElement(By.id("reports")).getText().contains("電話番号が書かれています"));

    new Select(driver.findElement(By.id("decisionForm:templateId")))
        .selectByVisibleText("非表示にする: 個人情報");
    driver.findElement(By.id("decisionForm:note")).sendKeys("電話番号を含むため");
    driver.findElement(By.id("decisionForm:decide")).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("case-state"), "非表示"));
    assertTrue(driver.findElement(By.id("history")).getText().contains("電話番号を含むため"));

    // the public sees the placeholder with the reason, never the text
    driver.manage().deleteAllCookies();
    driver.get(KyodoServer.baseUrl() + "/topic.xhtml?id=" + topic);
    WebElement placeholder =
        driver.findElement(By.cssSelector("#c" + comment + " .comment__placeholder"));
    assertEquals("この投稿はガイドライン違反（個人情報）のため非表示になりました。", placeholder.getText());
    assertFalse(driver.getPageSource().contains(text));
  }

  @Test
  void anAdministratorWatchesAWordAndFindsItInTheAuditLogAndItsCsv() throws Exception {
    signIn(KyodoServer.ADMIN_EMAIL, KyodoServer.ADMIN_PASSWORD);
    driver.findElement(By.id("nav-words")).click();
    driver.findElement(By.id("wordForm:add")).click();
    WebElement wordError =
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("wordForm:wordError")));
    assertFalse(wordError.getText().isBlank(), "the empty word is named beside the field");
    assertEquals("true", driver.findElement(By.id("wordForm:word")).getAttribute("aria-invalid"));

    String word = "ぶらうざ語" + UUID.randomUUID().toString().substring(0, 4);
    driver.findElement(By.id("wordForm:word")).sendKeys(word);
    driver.findElement(By.cssSelector("input[value='flag']")).click();
    driver.findElement(By.id("wordForm:add")).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("words"), word));

    driver.findElement(By.id("nav-audit")).click();
    new Select(driver.findElement(By.id("action"))).selectByValue("watched_word.");
    driver.findElement(By.id("show")).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("audit"), word));
    String csvUrl = driver.findElement(By.id("csv")).getAttribute("href");
    assertTrue(csvUrl.contains("action=watched_word."), csvUrl);

    HttpResponse<String> csv =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(csvUrl))
                    .header(
                        "Cookie",
                        "JSESSIONID=" + driver.manage().getCookieNamed("JSESSIONID").getValue())
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertEquals(200, csv.statusCode(), csv.body());
    assertTrue(csv.body().contains("watched_word.add"), csv.body());
    assertTrue(csv.body().contains(word), csv.body());

    // the public moderation report is linked from every page and needs no sign-in
    driver.manage().deleteAllCookies();
    driver.get(KyodoServer.baseUrl() + "/");
    driver.findElement(By.id("footer-moderation-report")).click();
    wait.until(ExpectedConditions.titleContains("モデレーション報告"));
  }

  private static void signIn(String email) {
    signIn(email, Accounts.PASSWORD);
  }

  private static void signIn(String email, String password) {
    driver.manage().deleteAllCookies();
    driver.get(KyodoServer.baseUrl() + "/login.xhtml");
    driver.findElement(By.id("loginForm:email")).sendKeys(email);
    driver.findElement(By.id("loginForm:password")).sendKeys(password);
    driver.findElement(By.id("loginForm:submit")).click();
    wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login.xhtml")));
  }
}
