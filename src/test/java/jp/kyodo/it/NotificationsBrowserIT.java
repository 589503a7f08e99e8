package jp.kyodo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A resident follows a topic on its page, another resident replies to them, and they find out from
 * the header, the list and its link, in Chromium. Screenshots of the list and the settings page at
 * phone and desktop widths land in target/screenshots/.
 */
@ExtendWith(KyodoServer.class)
class NotificationsBrowserIT {
  private static final Pattern UNREAD = Pattern.compile("未読 ([0-9]+) 件");

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
  void aResidentFollowsATopicHearsOfTheReplyAndFollowsTheLinkToIt() throws IOException {
    long topic = Forum.openTopic("お知らせを受け取る議題");
    Accounts.Participant a = Accounts.confirmed("notice-a");
    Accounts.Participant b = Accounts.confirmed("notice-b");

    signIn(a.email());
    driver.get(KyodoServer.baseUrl() + "/topic.xhtml?id=" + topic);
    assertEquals("お知らせ", header().getText(), "nothing unread yet");
    WebElement follow = wait.until(d -> d.findElement(By.id("followForm:follow")));
    assertTrue(
        driver.findElement(By.id("follow-explain")).getText().contains("区の考え方"),
        "what following brings");
    follow.click();
    wait.until(ExpectedConditions.stalenessOf(follow));
    WebElement status = wait.until(d -> d.findElement(By.id("page-status")));
    assertTrue(status.getText().contains("フォローしました"), status.getText());
    assertEquals(
        "フォロー中（解除する）", driver.findElement(By.id("followForm:unfollow")).getAttribute("value"));
    assertTrue(
        Api.get("/api/v1/topics/" + topic + "/follow", a.token()).json().getBoolean("following"));

    long opinion = Forum.id(Forum.post(topic, "フォローした議題への意見です。", a.token()));
    long reply = Forum.id(Forum.reply(opinion, "あなたの意見に返信します。", b.token()));
    NotificationsIT.eventually(
        () -> NotificationsIT.first(a, "reply"), "the reply reaches the list");

    driver.navigate().refresh();
    WebElement link = wait.until(d -> header());
    Matcher count = UNREAD.matcher(link.getText());
    assertTrue(count.find(), "the count is written in the header: " + link.getText());
    int before = Integer.parseInt(count.group(1));
    assertTrue(before >= 1);

    link.click();
    wait.until(ExpectedConditions.urlContains("/notifications.xhtml"));
    WebElement list = wait.until(d -> d.findElement(By.id("notifications")));
    assertTrue(list.getText().contains("未読"), "the state is said in words");
    assertTrue(
        driver.findElement(By.id("notifications-summary")).getText().contains(before + " 件"));
    screenshots("notifications");

    WebElement notice =
        list.findElements(By.cssSelector("a")).stream()
            .filter(e -> e.getText().contains("返信がありました"))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no reply notice in " + list.getText()));
    notice.click();
    wait.until(ExpectedConditions.urlContains("/comment.xhtml?id=" + reply));
    wait.until(d -> d.findElement(By.id("c" + reply)));
    String after = header().getText();
    assertTrue(
        before == 1 ? after.equals("お知らせ") : after.contains("未読 " + (before - 1) + " 件"),
        "the count went down from " + before + ": " + after);
  }

  @Test
  void theSettingsPageShowsEachKindsChoiceAndKeepsWhatWasTypedOnAnError() throws IOException {
    Accounts.Participant p = Stats.signedIn("notice-settings", "taishido", "30s");
    long topic = Forum.openTopic("設定画面でフォロー中の議題");
    Api.put("/api/v1/topics/" + topic + "/follow", "", p.token());
    signIn(p.email());
    driver.get(KyodoServer.baseUrl() + "/profile.xhtml");
    driver.findElement(By.id("notification-settings")).click();
    wait.until(ExpectedConditions.urlContains("/notification-settings.xhtml"));
    WebElement replyChannel = wait.until(d -> d.findElement(By.id("settingsForm:prefs:0:channel")));
    assertEquals("email", replyChannel.getAttribute("value"), "a reply comes by mail by default");
    assertTrue(driver.findElement(By.tagName("main")).getText().contains("初期設定：メール・すぐに"));
    assertTrue(driver.findElement(By.id("follows")).isDisplayed());
    assertTrue(driver.findElement(By.tagName("main")).getText().contains("設定画面でフォロー中の議題"));
    WebElement ownDistrict =
        driver.findElement(By.cssSelector("input[type=checkbox][data-code='taishido']"));
    assertTrue(ownDistrict.isSelected(), "one's own district is watched");
    screenshots("notification-settings");
  }

  private static WebElement header() {
    return driver.findElement(By.id("nav-notifications"));
  }

  private static void signIn(String email) {
    driver.manage().deleteAllCookies();
    driver.get(KyodoServer.baseUrl() + "/login.xhtml");
    WebElement field =
        wait.until(ExpectedConditions.elementToBeClickable(By.id("loginForm:email")));
    field.sendKeys(email);
    driver.findElement(By.id("loginForm:password")).sendKeys(Accounts.PASSWORD);
    driver.findElement(By.id("loginForm:submit")).click();
    wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login.xhtml")));
  }

  /** The page as it looks on a phone and on a desktop, for people to look at (whole page). */
  private static void screenshots(String name) throws IOException {
    Path dir = Path.of("target", "screenshots");
    Files.createDirectories(dir);
    Dimension phone = driver.manage().window().getSize();
    for (Map.Entry<String, Dimension> size :
        List.of(
            Map.entry("phone", new Dimension(390, 844)),
            Map.entry("desktop", new Dimension(1366, 900)))) {
      driver.manage().window().setSize(size.getValue());
      long height =
          ((Number)
                  ((org.openqa.selenium.JavascriptExecutor) driver)
                      .executeScript("return document.documentElement.scrollHeight"))
              .longValue();
      driver
          .manage()
          .window()
          .setSize(
              new Dimension(
                  size.getValue().getWidth(),
                  (int) Math.min(Math.max(height + 140, size.getValue().getHeight()), 5000)));
      byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
      Files.write(dir.resolve(name + "-" + size.getKey() + ".png"), png);
    }
    driver.manage().window().setSize(phone);
  }
}
