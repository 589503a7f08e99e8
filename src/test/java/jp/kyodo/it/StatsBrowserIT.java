package jp.kyodo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import org.openqa.selenium.support.ui.WebDriverWait;

/** In Chromium: the administrator opens the dashboard and finds the KPI and each chart's table. */
@ExtendWith(KyodoServer.class)
class StatsBrowserIT {
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
  void theDashboardShowsTheKpiAndATableBesideEveryChart() {
    driver.manage().deleteAllCookies();
    driver.get(KyodoServer.baseUrl() + "/login.xhtml");
    fill("loginForm:email", KyodoServer.ADMIN_EMAIL);
    fill("loginForm:password", KyodoServer.ADMIN_PASSWORD);
    driver.findElement(By.id("loginForm:submit")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("nav-statistics"))).click();
    wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "参加状況の統計とKPI"));

    long registrants =
        Stats.dashboard("").getJsonObject("kpi").getJsonNumber("registrants").longValue();
    String shown = driver.findElement(By.id("kpi-registrants")).getText().replace(",", "");
    assertEquals(String.valueOf(registrants), shown);
    assertTrue(driver.findElement(By.id("kpi-value")).isDisplayed());
    assertTrue(driver.findElement(By.id("kpi-facts")).getText().contains("42,000"));

    // every chart is followed by a captioned table of the same numbers
    List<WebElement> sections = driver.findElements(By.cssSelector("section.stat"));
    int charts = 0;
    for (WebElement section : sections) {
      if (!section.findElements(By.tagName("canvas")).isEmpty()) {
        charts++;
        WebElement table = section.findElement(By.cssSelector("table.stat-table"));
        assertFalse(table.findElement(By.tagName("caption")).getText().isBlank());
        assertFalse(table.findElements(By.cssSelector("thead th[scope=col]")).isEmpty());
      }
    }
    assertTrue(charts >= 4, "charts drawn: " + charts);

    WebElement registrations = driver.findElement(By.id("table-registrations"));
    assertEquals("期間ごとの登録・退会とKPIの推移", registrations.findElement(By.tagName("caption")).getText());
    assertTrue(
        registrations.findElement(By.cssSelector("tbody th[scope=row]")).isDisplayed(),
        "row headers");
    // small cells are suppressed on the page too: some district has fewer than 10 registrants
    WebElement districts = driver.findElement(By.id("table-registrants-district"));
    assertTrue(
        districts.findElements(By.cssSelector("abbr.suppressed")).size() > 0, districts.getText());
    assertTrue(districts.getText().contains("＊"));

    // the date range is a plain form in the address
    driver.get(KyodoServer.baseUrl() + "/admin/statistics.xhtml?from=abc");
    assertTrue(driver.findElement(By.cssSelector(".messages")).getText().contains("2026-04-01"));
  }

  private static void fill(String id, String value) {
    WebElement field = wait.until(ExpectedConditions.elementToBeClickable(By.id(id)));
    field.clear();
    field.sendKeys(value);
  }
}
