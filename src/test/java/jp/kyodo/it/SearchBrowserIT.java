package jp.kyodo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A resident types 三軒茶屋 in the header's search box, gets the topic about 三軒茶屋 with the word marked,
 * and follows it; then pages through results with the keyboard. Screenshots land in
 * target/screenshots/.
 */
@ExtendWith(KyodoServer.class)
class SearchBrowserIT {
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
  void typeSangenjayaInTheHeaderBoxAndFollowTheTopic() throws Exception {
    long topic = Forum.openTopic("三軒茶屋駅前の広場の使い方");
    SearchIT.within(
        Duration.ofSeconds(5),
        "the topic in search",
        () -> SearchIT.topics(SearchIT.q("三軒茶屋") + "&kind=topic").contains(topic));

    driver.manage().deleteAllCookies();
    driver.get(KyodoServer.baseUrl() + "/topics.xhtml");
    WebElement box = wait.until(d -> d.findElement(By.id("site-search-q")));
    assertEquals(
        "search",
        driver.findElement(By.id("site-search")).getAttribute("role"),
        "the header's form is a search landmark");
    assertTrue(
        driver
            .findElement(By.cssSelector("label[for='site-search-q']"))
            .getAttribute("textContent")
            .contains("検索"),
        "the box has a label");
    box.sendKeys("三軒茶屋");
    box.sendKeys(Keys.ENTER);

    wait.until(ExpectedConditions.urlContains("/search.xhtml"));
    WebElement total = driver.findElement(By.id("search-total"));
    assertTrue(total.getText().contains("件"), total.getText());
    WebElement link =
        driver
            .findElements(By.cssSelector("li.search-result--topic a.search-result__link"))
            .stream()
            .filter(a -> a.getAttribute("href").endsWith("/topic.xhtml?id=" + topic))
            .findFirst()
            .orElseThrow(() -> new AssertionError("the topic is not among the results"));
    assertEquals("三軒茶屋", link.findElement(By.tagName("mark")).getText());
    // no filter set: the filters are folded away and, on this phone-sized window, the first
    // result is on the first screen, not below nine fields
    assertNull(driver.findElement(By.id("search-more")).getAttribute("open"));
    assertFalse(driver.findElement(By.id("s-district")).isDisplayed());
    WebElement firstResult = driver.findElement(By.cssSelector("li.search-result"));
    long viewport =
        ((Number)
                ((org.openqa.selenium.JavascriptExecutor) driver)
                    .executeScript("return window.innerHeight"))
            .longValue();
    assertTrue(
        firstResult.getLocation().getY() < viewport,
        "the first result at " + firstResult.getLocation() + ", the screen " + viewport + " high");
    assertEquals(
        "三軒茶屋",
        driver.findElement(By.id("s-q")).getAttribute("value"),
        "the results page keeps the query");
    screenshots("search-results");
    driver.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
    screenshots("search-results-desktop");
    driver.manage().window().setSize(new org.openqa.selenium.Dimension(412, 915));

    link.click();
    wait.until(ExpectedConditions.urlContains("/topic.xhtml?id=" + topic));
    assertTrue(driver.findElement(By.tagName("h1")).getText().contains("三軒茶屋駅前の広場の使い方"));
  }

  @Test
  void resultsPageWithTheKeyboardAndNothingFoundSaysSo() throws Exception {
    String word = "kwbrowser" + System.nanoTime() % 100000;
    long topic = Forum.openTopic("ページ送りの議題 " + word);
    Accounts.Participant writer = Accounts.confirmed("search-browser");
    for (int i = 0; i < 22; i++) {
      Forum.post(topic, "ページ送りの意見 " + i + " " + word, writer.token());
    }
    SearchIT.within(
        Duration.ofSeconds(5),
        "every comment",
        () -> SearchIT.items(SearchIT.q(word) + "&size=50").size() == 23);

    driver.get(KyodoServer.baseUrl() + "/search.xhtml?" + SearchIT.q(word));
    List<WebElement> first = driver.findElements(By.cssSelector("li.search-result"));
    assertEquals(20, first.size());
    WebElement next = driver.findElement(By.cssSelector("nav.pager a[rel='next']"));
    next.sendKeys(Keys.ENTER);
    wait.until(ExpectedConditions.urlContains("page=2"));
    assertEquals(3, driver.findElements(By.cssSelector("li.search-result")).size());
    assertEquals(
        "21", driver.findElement(By.cssSelector("ol.search-results")).getAttribute("start"));
    assertTrue(
        driver
            .findElement(By.cssSelector("nav.pager [aria-current='page']"))
            .getText()
            .contains("2"));

    // a filter set: the filters are open, showing it; folded ones open from the keyboard
    driver.get(KyodoServer.baseUrl() + "/search.xhtml?" + SearchIT.q(word) + "&sort=newest");
    assertNotNull(driver.findElement(By.id("search-more")).getAttribute("open"));
    assertTrue(driver.findElement(By.id("s-sort")).isDisplayed());
    driver.get(KyodoServer.baseUrl() + "/search.xhtml?" + SearchIT.q(word));
    assertFalse(driver.findElement(By.id("s-kind")).isDisplayed());
    driver.findElement(By.cssSelector("#search-more > summary")).sendKeys(Keys.ENTER);
    wait.until(d -> d.findElement(By.id("s-kind")).isDisplayed());

    driver.get(KyodoServer.baseUrl() + "/search.xhtml?" + SearchIT.q("見つからない語句" + word));
    assertTrue(driver.findElement(By.id("search-total")).getText().contains("見つかりませんでした"));
    assertTrue(driver.findElements(By.cssSelector("li.search-result")).isEmpty());
  }

  private static void screenshots(String name) throws IOException {
    Path dir = Path.of("target", "screenshots");
    Files.createDirectories(dir);
    Files.write(
        dir.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
  }
}
