package jp.kyodo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

/** A person registers, confirms from the mail, signs in and sees their page — in Chromium. */
@ExtendWith(KyodoServer.class)
class RegistrationBrowserIT {
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
  void registerConfirmSignInAndSeeTheProfile() {
    String email = Accounts.uniqueEmail("browser");
    driver.manage().deleteAllCookies();
    driver.get(KyodoServer.baseUrl() + "/register.xhtml");
    assertEquals("ja", driver.findElement(By.tagName("html")).getAttribute("lang"));
    assertEquals("新規登録", driver.findElement(By.tagName("h1")).getText());

    // labels name every field, so a screen reader announces them
    assertEquals("email", labelTarget("メールアドレス"));

    fill("registerForm:email", email);
    fill("registerForm:password", "short");
    fill("registerForm:displayName", "ブラウザ花子");
    new Select(driver.findElement(By.id("registerForm:districtCode"))).selectByValue("todoroki");
    new Select(driver.findElement(By.id("registerForm:ageBand"))).selectByVisibleText("40代");
    driver.findElement(By.id("registerForm:acceptedTermsVersion")).click();
    driver.findElement(By.id("registerForm:acceptedPrivacyVersion")).click();
    driver.findElement(By.id("registerForm:submit")).click();

    WebElement passwordError =
        wait.until(
            ExpectedConditions.visibilityOfElementLocated(By.id("registerForm:passwordError")));
    assertTrue(passwordError.getText().contains("10 文字以上"), passwordError.getText());
    assertEquals(
        "true", driver.findElement(By.id("registerForm:password")).getAttribute("aria-invalid"));
    assertEquals(
        email,
        driver.findElement(By.id("registerForm:email")).getAttribute("value"),
        "nothing typed is lost");

    fill("registerForm:password", "ブラウザで決めた長いパスワード");
    driver.findElement(By.id("registerForm:submit")).click();
    WebElement done = visible("registered");
    assertTrue(done.getText().contains(email), done.getText());

    String link = linkFromMail(email);
    driver.get(link);
    driver.findElement(By.id("confirmForm:confirm")).click();
    visible("confirmed");

    driver.findElement(By.id("toLogin")).click();
    fill("loginForm:email", email);
    fill("loginForm:password", "ブラウザで決めた長いパスワード");
    driver.findElement(By.id("loginForm:submit")).click();

    WebElement name = visible("accountDisplayName");
    assertEquals("ブラウザ花子", name.getText());
    assertEquals(email, driver.findElement(By.id("accountEmail")).getText());
    assertEquals(
        "todoroki",
        new Select(driver.findElement(By.id("profileForm:districtCode")))
            .getFirstSelectedOption()
            .getAttribute("value"));

    driver.findElement(By.id("signOutForm:signOut")).click();
    wait.until(ExpectedConditions.urlContains("/login.xhtml"));
    driver.get(KyodoServer.baseUrl() + "/profile.xhtml");
    wait.until(ExpectedConditions.urlContains("/login.xhtml"));
  }

  @Test
  void administratorReadsTheOutboxAndGrantsARole() {
    Accounts.Participant p = Accounts.confirmed("pages-keeper");
    driver.manage().deleteAllCookies();
    driver.get(KyodoServer.baseUrl() + "/admin/outbox.xhtml");
    wait.until(ExpectedConditions.urlContains("/login.xhtml"));
    fill("loginForm:email", KyodoServer.ADMIN_EMAIL);
    fill("loginForm:password", KyodoServer.ADMIN_PASSWORD);
    driver.findElement(By.id("loginForm:submit")).click();
    wait.until(ExpectedConditions.urlContains("/admin/outbox.xhtml"));

    fill("outboxForm:recipient", p.email());
    driver.findElement(By.id("outboxForm:show")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.className("recipient"), p.email()));
    assertTrue(driver.findElement(By.tagName("main")).getText().contains("/confirm.xhtml?token="));

    driver.get(KyodoServer.baseUrl() + "/admin/participants.xhtml");
    fill("searchForm:query", p.email());
    driver.findElement(By.id("searchForm:search")).click();
    visible("searchForm:results").findElement(By.cssSelector("input[type=submit]")).click();
    visible("rolesForm:roles");
    driver.findElement(By.cssSelector("input[value='moderator']")).click();
    fill("rolesForm:reason", "ブラウザから任命");
    driver.findElement(By.id("rolesForm:apply")).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "役割を更新しました"));
    assertEquals(
        "moderator",
        Api.get("/api/v1/participants/me", p.token()).json().getJsonArray("roles").getString(0));
  }

  @Test
  void pagesSwitchToEnglish() {
    driver.get(KyodoServer.baseUrl() + "/login.xhtml?lang=en");
    assertEquals("en", driver.findElement(By.tagName("html")).getAttribute("lang"));
    assertEquals("Sign in", driver.findElement(By.tagName("h1")).getText());
    driver.get(KyodoServer.baseUrl() + "/register.xhtml");
    assertEquals("Register", driver.findElement(By.tagName("h1")).getText(), "the choice is kept");
    driver.get(KyodoServer.baseUrl() + "/register.xhtml?lang=ja");
    assertEquals("新規登録", driver.findElement(By.tagName("h1")).getText());
  }

  private static String labelTarget(String text) {
    return driver.findElements(By.tagName("label")).stream()
        .filter(l -> l.getText().startsWith(text))
        .findFirst()
        .orElseThrow()
        .getAttribute("for")
        .replace("registerForm:", "");
  }

  /** Waits for the element; on failure says which page the browser is on and what it shows. */
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

  private static String linkFromMail(String email) {
    String body = Accounts.latestMail(email, "確認").getString("body");
    return body.lines().filter(l -> l.startsWith("http")).findFirst().orElseThrow();
  }
}
