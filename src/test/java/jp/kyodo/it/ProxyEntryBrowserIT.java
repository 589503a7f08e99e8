package jp.kyodo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * In Chromium: a staff member enters a paper opinion from the staff topics page, follows the link
 * to the thread and finds it there as 「紙で寄せられた意見（区職員が代理入力）」; then imports a department's CSV
 * (Shift_JIS, as Excel saves it): checked first, imported with a second press.
 */
@ExtendWith(KyodoServer.class)
class ProxyEntryBrowserIT {
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
  void staffEnterAPaperOpinionAndFindItInTheThread() {
    String title = "紙の意見の入力 " + UUID.randomUUID().toString().substring(0, 8);
    long topic = Forum.openTopic(title);
    signIn(Forum.staff().email());
    driver.get(KyodoServer.baseUrl() + "/staff/topics.xhtml?status=open");
    WebElement row =
        driver.findElement(
            By.xpath("//table[@id='staff-topics']//tr[contains(., '" + title + "')]"));
    row.findElement(By.className("proxy-entry-link")).click();
    wait.until(ExpectedConditions.urlContains("/staff/proxy-entry.xhtml?topic=" + topic));
    assertEquals(
        "紙", driver.findElement(By.cssSelector("#entryForm\\:channel option:checked")).getText());

    // nothing typed but the place: the missing text and day are named beside their fields
    driver.findElement(By.id("entryForm:place")).sendKeys("三軒茶屋まちづくりセンター");
    driver.findElement(By.id("entryForm:submit")).click();
    WebElement bodyError =
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("entryForm:bodyError")));
    assertFalse(bodyError.getText().isBlank());
    assertEquals("true", driver.findElement(By.id("entryForm:body")).getAttribute("aria-invalid"));
    assertFalse(driver.findElement(By.id("entryForm:receivedOnError")).getText().isBlank());
    assertEquals(
        "三軒茶屋まちづくりセンター", driver.findElement(By.id("entryForm:place")).getAttribute("value"));

    String text = "商店街に休めるベンチがほしいです " + UUID.randomUUID().toString().substring(0, 6);
    ((JavascriptExecutor) driver)
        .executeScript(
            "arguments[0].value = arguments[1]",
            driver.findElement(By.id("entryForm:receivedOn")),
            ProxyEntryIT.today().toString());
    driver.findElement(By.id("entryForm:body")).sendKeys(text);
    driver.findElement(By.id("entryForm:submit")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("entered-link")));
    assertTrue(driver.findElement(By.id("page-status")).getText().contains("意見を入力しました"));
    assertEquals(
        "三軒茶屋まちづくりセンター",
        driver.findElement(By.id("entryForm:place")).getAttribute("value"),
        "ready for the next sheet from the same place");

    driver.findElement(By.cssSelector("#entered-link a")).click();
    wait.until(ExpectedConditions.urlContains("/topic.xhtml?id=" + topic));
    WebElement opinion =
        driver.findElement(
            By.xpath("//article[contains(@class, 'comment')][contains(., '" + text + "')]"));
    assertTrue(
        opinion
            .findElement(By.className("comment__heading"))
            .getText()
            .contains("紙で寄せられた意見（区職員が代理入力）"),
        opinion.getText());
    assertTrue(
        opinion
            .findElement(By.className("comment__provenance"))
            .getText()
            .contains(DateTimeFormatter.ofPattern("yyyy/MM/dd").format(ProxyEntryIT.today())));
    assertTrue(opinion.findElements(By.className("badge--staff")).isEmpty(), "not a staff opinion");
  }

  @Test
  void staffImportADepartmentsCsvAfterCheckingIt() throws Exception {
    String title = "CSV の取り込み " + UUID.randomUUID().toString().substring(0, 8);
    long topic = Forum.openTopic(title);
    String day = DateTimeFormatter.ofPattern("yyyy/MM/dd").format(ProxyEntryIT.today());
    Path file = Files.createTempFile("proxy-import", ".csv");
    try {
      Files.write(
          file,
          ("受付日,受付方法,受付場所,意見,年代\r\n"
                  + day
                  + ",紙,烏山区民センター,バスの本数を増やしてほしい,60代\r\n"
                  + day
                  + ",窓口,,公園の照明を明るくしてほしい,\r\n")
              .getBytes(Charset.forName("windows-31j")));
      signIn(Forum.staff().email());
      driver.get(KyodoServer.baseUrl() + "/staff/proxy-entry.xhtml?topic=" + topic);
      driver.findElement(By.id("import-link")).click();
      wait.until(ExpectedConditions.urlContains("/staff/proxy-import.xhtml?topic=" + topic));

      driver.findElement(By.id("importForm:file")).sendKeys(file.toString());
      driver.findElement(By.id("importForm:check")).click();
      WebElement summary =
          wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("import-summary")));
      assertTrue(summary.getText().contains("追加 2 件"), summary.getText());
      assertEquals(0, ProxyEntryIT.topic(topic).getInt("commentCount"), "checked, not saved");

      driver.findElement(By.id("importForm:commit")).click();
      wait.until(
          ExpectedConditions.textToBePresentInElementLocated(By.id("page-status"), "2 件を取り込みました"));
      assertEquals(2, ProxyEntryIT.topic(topic).getInt("commentCount"));
      driver.get(KyodoServer.baseUrl() + "/topic.xhtml?id=" + topic);
      assertTrue(driver.getPageSource().contains("窓口で寄せられた意見（区職員が代理入力）"));
      assertTrue(driver.getPageSource().contains("バスの本数を増やしてほしい"));
    } finally {
      Files.deleteIfExists(file);
    }
  }

  private static void signIn(String email) {
    driver.manage().deleteAllCookies();
    driver.get(KyodoServer.baseUrl() + "/login.xhtml");
    driver.findElement(By.id("loginForm:email")).sendKeys(email);
    driver.findElement(By.id("loginForm:password")).sendKeys(Accounts.PASSWORD);
    driver.findElement(By.id("loginForm:submit")).click();
    wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login.xhtml")));
  }
}
