package jp.kyodo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
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

/** In Chromium: sign in, open a topic, post an opinion, reply to it, and see both in the tree. */
@ExtendWith(KyodoServer.class)
class ForumBrowserIT {
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
  void signInOpenATopicPostAndReplyAndSeeBoth() {
    long topic = Forum.openTopic("公園の使い方について");
    long neighbour =
        Forum.id(Forum.post(topic, "夜は静かにしてほしいです。", Accounts.confirmed("neighbour").token()));
    Accounts.Participant p = Accounts.confirmed("browser-forum");
    driver.manage().deleteAllCookies();
    driver.get(KyodoServer.baseUrl() + "/topics.xhtml");
    driver.findElement(By.linkText("公園の使い方について")).click();
    wait.until(ExpectedConditions.textToBe(By.id("topic-title"), "公園の使い方について"));

    driver.findElement(By.id("signInToPost")).click();
    fill("loginForm:email", p.email());
    fill("loginForm:password", Accounts.PASSWORD);
    driver.findElement(By.id("loginForm:submit")).click();
    wait.until(ExpectedConditions.urlContains("/topic.xhtml?id=" + topic));

    WebElement agree =
        driver.findElement(By.cssSelector("#c" + neighbour + " input.reaction[value^='賛成']"));
    agree.click();
    wait.until(
        ExpectedConditions.attributeToBe(
            By.cssSelector("#c" + neighbour + " input.reaction[value^='賛成']"),
            "aria-pressed",
            "true"));
    assertEquals(
        "賛成 1",
        driver
            .findElement(By.cssSelector("#c" + neighbour + " input.reaction[value^='賛成']"))
            .getAttribute("value"));

    fill("postForm:body", "ボール遊びができる時間帯を\n決めてはどうでしょうか。");
    new Select(driver.findElement(By.id("postForm:stance"))).selectByValue("agree");
    driver.findElement(By.id("postForm:submit")).click();
    WebElement opinion =
        wait.until(
            ExpectedConditions.visibilityOfElementLocated(
                By.xpath(
                    "//ol[contains(@class,'thread')]/li/article"
                        + "[contains(.,'ボール遊びができる時間帯を')]")));
    assertTrue(
        opinion.getText().contains("ボール遊びができる時間帯を"),
        driver.getCurrentUrl() + "\n" + driver.findElement(By.id("comments")).getText());
    assertEquals("h3", opinion.findElement(By.cssSelector(".comment__heading")).getTagName());
    assertTrue(opinion.getText().contains("賛成"), "the stance badge");

    opinion.findElement(By.className("reply-link")).click();
    fill("replyForm:body", "平日の夕方なら賛成です。");
    driver.findElement(By.id("replyForm:submit")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("replies"), "平日の夕方なら賛成です。"));

    driver.findElement(By.id("backToTopic")).click();
    WebElement thread =
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("ol.thread")));
    assertTrue(thread.getText().contains("ボール遊びができる時間帯を"));
    List<WebElement> replies = thread.findElements(By.cssSelector("ol.replies article"));
    assertEquals(1, replies.size());
    WebElement replyHeading = replies.get(0).findElement(By.cssSelector("h4"));
    assertTrue(
        replyHeading.getText().contains("browser-forumさん"),
        "says whom it answers: " + replyHeading.getText());
    assertTrue(replies.get(0).getText().contains("平日の夕方なら賛成です。"));
    assertTrue(driver.findElement(By.id("topic-counts")).getText().contains("3"));
  }

  @Test
  void aClosedTopicSaysSoAndOffersNoForm() {
    long topic = Forum.openTopic("締切済みの議題");
    Api.post("/api/v1/topics/" + topic + "/closure", "", Forum.staff().token());
    driver.get(KyodoServer.baseUrl() + "/topic.xhtml?id=" + topic);
    assertTrue(driver.findElement(By.id("closedNotice")).getText().contains("終了"));
    assertTrue(driver.findElements(By.id("postForm:body")).isEmpty());
    driver.get(KyodoServer.baseUrl() + "/topic.xhtml?id=abc");
    assertTrue(driver.getPageSource().contains("見つかりません"));
  }

  private static void fill(String id, String value) {
    WebElement field = wait.until(ExpectedConditions.elementToBeClickable(By.id(id)));
    field.clear();
    field.sendKeys(value);
  }
}
