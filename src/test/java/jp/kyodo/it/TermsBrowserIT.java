package jp.kyodo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * In Chromium: an administrator publishes a revised version of the terms on the page; a participant
 * who accepted the earlier one signs in on the way to a topic, is asked to accept, accepts, and
 * arrives at the topic, where they can post again.
 */
@ExtendWith(KyodoServer.class)
class TermsBrowserIT {
  private static WebDriver driver;
  private static WebDriverWait wait;

  @BeforeAll
  static void openBrowser() {
    driver = Browser.start();
    wait = Browser.waitFor(driver);
  }

  @AfterEach
  void noContentSecurityPolicyViolations() throws Exception {
    Documents.restore();
    Browser.assertNoScriptProblems(driver);
  }

  @AfterAll
  static void closeBrowser() {
    if (driver != null) {
      driver.quit();
    }
  }

  @Test
  void signInAcceptTheRevisedTermsAndContinueToTheTopic() {
    long topic = Forum.openTopic("ブラウザで規約に同意する議題");
    Accounts.Participant p = Accounts.confirmed("browser-accepter");

    // the administrator publishes a revised version from the text in force
    String version = Documents.newVersion();
    driver.manage().deleteAllCookies();
    driver.get(KyodoServer.baseUrl() + "/admin/policy-documents.xhtml");
    wait.until(ExpectedConditions.urlContains("/login.xhtml"));
    fill("loginForm:email", KyodoServer.ADMIN_EMAIL);
    fill("loginForm:password", KyodoServer.ADMIN_PASSWORD);
    driver.findElement(By.id("loginForm:submit")).click();
    wait.until(ExpectedConditions.urlContains("/admin/policy-documents.xhtml"));
    assertTrue(
        driver.findElement(By.id("publishForm:bodyJa")).getAttribute("value").contains("第1条（目的）"),
        "the form starts from the text in force");
    fill("publishForm:version", version);
    fill("publishForm:changesJa", "第4条（表示名）に、ほかの参加者と同じ表示名は使えないことを加えました。");
    driver.findElement(By.id("publishForm:preview")).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("preview"), "第1条（目的）"));
    driver.findElement(By.id("publishForm:publish")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("versions-terms"), version));
    assertTrue(
        driver.findElement(By.id("versions-terms")).getText().contains(version + " "),
        driver.findElement(By.id("versions-terms")).getText());
    driver.findElement(By.id("signOutForm:signOut")).click();
    wait.until(ExpectedConditions.urlContains("/login.xhtml"));

    // the participant signs in on the way to the topic and is asked first
    String next = "/topic.xhtml?id=" + topic;
    driver.get(
        KyodoServer.baseUrl()
            + "/login.xhtml?next="
            + URLEncoder.encode(next, StandardCharsets.UTF_8));
    fill("loginForm:email", p.email());
    fill("loginForm:password", Accounts.PASSWORD);
    driver.findElement(By.id("loginForm:submit")).click();
    wait.until(ExpectedConditions.urlContains("/consent.xhtml"));
    assertEquals("利用規約・プライバシーポリシー改定への同意のお願い", driver.findElement(By.tagName("h1")).getText());
    WebElement changes = visible("changes-terms");
    assertTrue(changes.getText().contains("ほかの参加者と同じ表示名は使えない"), changes.getText());
    assertEquals(
        "/terms.xhtml?version=" + version,
        driver
            .findElement(By.id("read-terms"))
            .getAttribute("href")
            .replace(KyodoServer.baseUrl(), ""));

    // accepting without ticking says what is missing, beside the box
    driver.findElement(By.id("consentForm:accept")).click();
    WebElement missing = visible("consentForm:acceptedTermsVersionError");
    assertEquals("利用規約への同意が必要です。", missing.getText());

    driver.findElement(By.id("consentForm:acceptedTermsVersion")).click();
    driver.findElement(By.id("consentForm:accept")).click();
    wait.until(ExpectedConditions.urlContains(next));
    assertTrue(driver.findElements(By.id("consent-banner")).isEmpty());

    fill("postForm:body", "規約に同意したので意見を書きます。");
    driver.findElement(By.id("postForm:submit")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.cssSelector("ol.thread"), "規約に同意したので意見を書きます。"));
  }

  @Test
  void aParticipantWhoHasNotAcceptedReadsOnWithABannerAndNoForm() {
    long topic = Forum.openTopic("同意前に読む議題");
    Accounts.Participant p = Accounts.confirmed("browser-reader");
    String version = Documents.newVersion();
    assertEquals(
        201, Documents.publishNow("privacy", version, "窓口を変更しました。", "## 1. 利用目的\n\n本文").status());

    driver.manage().deleteAllCookies();
    driver.get(KyodoServer.baseUrl() + "/login.xhtml");
    fill("loginForm:email", p.email());
    fill("loginForm:password", Accounts.PASSWORD);
    driver.findElement(By.id("loginForm:submit")).click();
    wait.until(ExpectedConditions.urlContains("/consent.xhtml"));
    driver.findElement(By.id("consent-later")).click();
    wait.until(ExpectedConditions.urlContains("/profile.xhtml"));

    driver.get(KyodoServer.baseUrl() + "/topic.xhtml?id=" + topic);
    WebElement refusal = visible("write-refusal");
    assertTrue(refusal.getText().contains("プライバシーポリシーが改定されました"), refusal.getText());
    assertTrue(driver.findElements(By.id("postForm:body")).isEmpty());
    driver.findElement(By.id("consent-banner-link")).click();
    wait.until(ExpectedConditions.urlContains("/consent.xhtml"));
    driver.findElement(By.id("consentForm:acceptedPrivacyVersion")).click();
    driver.findElement(By.id("consentForm:accept")).click();
    wait.until(ExpectedConditions.urlContains("/topic.xhtml?id=" + topic));
    visible("postForm:body");
  }

  @Test
  void theDocumentPagesAndTheReservedNamesPageRunUnderThePolicy() {
    driver.manage().deleteAllCookies();
    driver.get(KyodoServer.baseUrl() + "/register.xhtml");
    driver.findElement(By.id("footer-privacy")).click();
    wait.until(ExpectedConditions.urlContains("/privacy.xhtml"));
    assertEquals("プライバシーポリシー", driver.findElement(By.tagName("h1")).getText());
    assertTrue(
        visible("document-body").getText().contains("1. 取得する個人情報と利用目的"),
        "the Markdown heading is shown");
    driver.get(KyodoServer.baseUrl() + "/terms.xhtml?version=2026-04-01&lang=en");
    assertEquals("Terms of use", driver.findElement(By.tagName("h1")).getText());
    assertTrue(visible("document-language").getText().contains("Japanese text is authoritative"));
    driver.get(KyodoServer.baseUrl() + "/terms.xhtml?lang=ja");
    assertEquals("利用規約", driver.findElement(By.tagName("h1")).getText());

    driver.get(KyodoServer.baseUrl() + "/admin/reserved-names.xhtml");
    wait.until(ExpectedConditions.urlContains("/login.xhtml"));
    fill("loginForm:email", KyodoServer.ADMIN_EMAIL);
    fill("loginForm:password", KyodoServer.ADMIN_PASSWORD);
    driver.findElement(By.id("loginForm:submit")).click();
    wait.until(ExpectedConditions.urlContains("/admin/reserved-names.xhtml"));
    assertTrue(visible("reserved-names").getText().contains("区職員"));
    fill("termForm:term", "");
    driver.findElement(By.id("termForm:add")).click();
    assertEquals("入力してください。", visible("termForm:termError").getText());
  }

  private static WebElement visible(String id) {
    try {
      return wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
    } catch (org.openqa.selenium.TimeoutException e) {
      throw new AssertionError(
          "#"
              + id
              + " not shown on "
              + driver.getCurrentUrl()
              + ":\n"
              + driver.findElement(By.tagName("body")).getText(),
          e);
    }
  }

  private static void fill(String id, String value) {
    WebElement field = wait.until(ExpectedConditions.elementToBeClickable(By.id(id)));
    field.clear();
    field.sendKeys(value);
  }
}
