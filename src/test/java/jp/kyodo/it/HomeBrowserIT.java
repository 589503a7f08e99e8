package jp.kyodo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The home page as an anonymous visitor and as a signed-in resident, and the comment form's helps
 * (the character counter, keeping the text, full-width e-mail at registration), in Chromium.
 * Screenshots of what was checked land in target/screenshots/ for people to look at.
 */
@ExtendWith(KyodoServer.class)
class HomeBrowserIT {
  private static WebDriver driver;
  private static WebDriverWait wait;

  @BeforeAll
  static void openBrowser() {
    driver = Browser.start();
    wait = Browser.waitFor(driver);
  }

  @AfterEach
  void noScriptProblems() {
    Browser.assertNoScriptProblems(driver);
  }

  @AfterAll
  static void closeBrowser() {
    if (driver != null) {
      driver.quit();
    }
  }

  @Test
  void anAnonymousVisitorSeesOpenTopicsAnswersAndHowManyTookPart() throws IOException {
    long open = Forum.openTopic("ホーム：募集中の議題");
    Forum.post(open, "ホームの意見", Accounts.confirmed("home-anon").token());
    Api.Reply answered =
        Api.put(
            "/api/v1/topics/" + open + "/response",
            Api.json("status", "considering", "body", "検討しています。"),
            Forum.staff().token());
    assertEquals(200, answered.status(), answered.body());

    driver.manage().deleteAllCookies();
    driver.get(KyodoServer.baseUrl() + "/");
    WebElement openSection = wait.until(d -> d.findElement(By.id("open-topics")));
    assertTrue(openSection.getText().contains("締切"), openSection.getText());
    assertTrue(
        driver.findElement(By.id("answered-topics")).getText().contains("ホーム：募集中の議題"),
        "the ward's newest answer");
    assertTrue(driver.findElement(By.id("home-totals")).getText().matches(".*[0-9]+ 人が.*"));
    assertFalse(
        driver.findElement(By.tagName("main")).getText().contains("28,950"),
        "the KPI is the administrators'");
    assertTrue(driver.findElements(By.id("nearby-topics")).isEmpty(), "no place when anonymous");
    assertTrue(driver.findElement(By.id("home-register")).isDisplayed());
    screenshots("home-anonymous");

    driver.findElement(By.id("all-topics")).click();
    wait.until(ExpectedConditions.urlContains("/topics.xhtml"));
  }

  @Test
  void aSignedInResidentSeesTheTopicsOfTheirDistrict() throws IOException {
    Accounts.Participant p = Stats.signedIn("home-resident", "taishido", "40s");
    String title = "太子堂の議題（ホーム）";
    Api.Reply created =
        Api.post(
            "/api/v1/topics",
            Api.json(
                "title", title,
                "body", "本文",
                "policyArea", "town-transport",
                "scopeArea", "setagaya",
                "scopeDistrict", "taishido",
                "department", "交通安全自転車課",
                "opensAt", java.time.OffsetDateTime.now().minusHours(1).toString(),
                "closesAt", java.time.OffsetDateTime.now().plusDays(5).toString()),
            Forum.staff().token());
    long id = created.json().getJsonNumber("id").longValue();
    Api.post("/api/v1/topics/" + id + "/publication", "", Forum.staff().token());

    signIn(p.email());
    driver.get(KyodoServer.baseUrl() + "/");
    WebElement nearby = wait.until(d -> d.findElement(By.id("nearby-topics")));
    assertTrue(nearby.getText().contains("太子堂 に関わる議題"), nearby.getText());
    assertTrue(nearby.getText().contains(title));
    assertTrue(driver.findElement(By.id("welcome")).isDisplayed());
    screenshots("home-signed-in");
  }

  @Test
  void theCommentFormCountsCharactersAndNothingTypedIsLostOnAnError() throws IOException {
    long topic = Forum.openTopic("文字数の議題");
    Accounts.Participant p = Accounts.confirmed("counter");
    signIn(p.email());
    driver.get(KyodoServer.baseUrl() + "/topic.xhtml?id=" + topic);
    WebElement body = wait.until(d -> d.findElement(By.id("postForm:body")));
    body.sendKeys("あいうえお");
    WebElement count = driver.findElement(By.id("postForm:body-count"));
    wait.until(ExpectedConditions.textToBePresentInElement(count, "あと 1,995 文字"));

    String tooLong = "長".repeat(2_005);
    ((JavascriptExecutor) driver)
        .executeScript(
            "arguments[0].value = arguments[1];"
                + " arguments[0].dispatchEvent(new Event('input'));",
            body,
            tooLong);
    wait.until(ExpectedConditions.textToBePresentInElement(count, "5 文字多すぎます"));
    screenshots("topic-counter");
    driver.findElement(By.id("postForm:submit")).click();
    wait.until(ExpectedConditions.stalenessOf(body)); // the page that comes back, not this one
    WebElement error = wait.until(d -> d.findElement(By.id("postForm:bodyError")));
    assertTrue(error.getText().contains("2,000 文字以内"), error.getText());
    assertEquals(tooLong, driver.findElement(By.id("postForm:body")).getAttribute("value"), "kept");
    screenshots("topic-error");
  }

  @Test
  void staffReadTheirTopicsParticipationReport() throws IOException {
    long topic = Forum.openTopic("レポートを見る議題");
    for (int i = 0; i < 3; i++) {
      Forum.post(topic, "レポート用の意見 " + i, Accounts.confirmed("report-" + i).token());
    }
    signIn(Forum.staff().email());
    driver.get(KyodoServer.baseUrl() + "/staff/topics.xhtml?status=open");
    wait.until(d -> d.findElement(By.id("staff-topics")));
    driver.findElement(By.cssSelector("a[href$='/reports/topic.xhtml?id=" + topic + "']")).click();
    WebElement comments = wait.until(d -> d.findElement(By.id("report-comments")));
    assertEquals("3", comments.getText());
    assertTrue(driver.findElement(By.id("table-stances")).isDisplayed());
    screenshots("topic-report");
  }

  @Test
  void aFullWidthEmailAddressRegistersFromTheForm() {
    String email = Accounts.uniqueEmail("zenkaku");
    String fullWidth = toFullWidth(email);
    driver.manage().deleteAllCookies();
    driver.get(KyodoServer.baseUrl() + "/register.xhtml");
    fill("registerForm:email", fullWidth);
    fill("registerForm:password", "全角で登録する長いパスワード");
    fill("registerForm:displayName", "全角さん");
    driver.findElement(By.id("registerForm:acceptedTermsVersion")).click();
    driver.findElement(By.id("registerForm:acceptedPrivacyVersion")).click();
    driver.findElement(By.id("registerForm:submit")).click();
    WebElement done = wait.until(d -> d.findElement(By.id("registered")));
    assertTrue(done.getText().contains(email), "folded to " + email + ": " + done.getText());
  }

  private static void signIn(String email) {
    driver.manage().deleteAllCookies();
    driver.get(KyodoServer.baseUrl() + "/login.xhtml");
    fill("loginForm:email", email);
    fill("loginForm:password", Accounts.PASSWORD);
    driver.findElement(By.id("loginForm:submit")).click();
    wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login.xhtml")));
  }

  private static void fill(String id, String value) {
    WebElement field = wait.until(ExpectedConditions.elementToBeClickable(By.id(id)));
    field.clear();
    field.sendKeys(value);
  }

  private static String toFullWidth(String ascii) {
    StringBuilder out = new StringBuilder();
    for (char c : ascii.toCharArray()) {
      out.append(c >= '!' && c <= '~' ? (char) (c - '!' + '！') : c);
    }
    return out.toString();
  }

  /** The page as it looks on a phone and on a desktop, for people to look at. */
  private static void screenshots(String name) throws IOException {
    Path dir = Path.of("target", "screenshots");
    Files.createDirectories(dir);
    Dimension phone = driver.manage().window().getSize();
    for (Map.Entry<String, Dimension> size :
        List.of(
            Map.entry("phone", new Dimension(412, 915)),
            Map.entry("desktop", new Dimension(1366, 900)))) {
      driver.manage().window().setSize(size.getValue());
      byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
      Files.write(dir.resolve(name + "-" + size.getKey() + ".png"), png);
    }
    driver.manage().window().setSize(phone);
  }
}
