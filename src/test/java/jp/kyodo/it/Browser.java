package jp.kyodo.it;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Debian's headless Chromium, driven without any download. */
final class Browser {
  private static final File DRIVER = new File("/usr/bin/chromedriver");
  private static final File CHROMIUM = new File("/usr/bin/chromium");

  private Browser() {}

  static WebDriver start() {
    boolean required = "true".equalsIgnoreCase(System.getenv("CI"));
    if (!required) {
      Assumptions.assumeTrue(DRIVER.canExecute(), "chromium-driver is not installed");
    }
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(DRIVER).usingAnyFreePort().build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-quic",
        "--no-first-run",
        "--lang=ja",
        "--window-size=412,915");
    // the console, where Chromium reports Content-Security-Policy violations and script errors
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    ChromeDriver driver = new ChromeDriver(service, options);
    // and a listener in every document, in case a violation is not logged
    driver.executeCdpCommand(
        "Page.addScriptToEvaluateOnNewDocument",
        Map.of(
            "source",
            "document.addEventListener('securitypolicyviolation', e => console.error("
                + "'CSP violation: ' + e.violatedDirective + ' ' + e.blockedURI));"));
    return driver;
  }

  /**
   * Content-Security-Policy violations and uncaught script errors the browser reported since the
   * last call (reading the console empties it).
   */
  static List<String> scriptProblems(WebDriver driver) {
    return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
        .map(LogEntry::getMessage)
        .filter(
            m ->
                m.contains("Content Security Policy")
                    || m.contains("CSP violation")
                    || m.contains("Uncaught"))
        .toList();
  }

  /** Fails if the pages used since the last call reported a violation or a script error. */
  static void assertNoScriptProblems(WebDriver driver) {
    if (driver != null) {
      List<String> problems = scriptProblems(driver);
      Assertions.assertTrue(problems.isEmpty(), "the browser reported: " + problems);
    }
  }

  /**
   * Waits up to 20 s. An element that an Ajax update replaced between finding it and reading it is
   * looked up again rather than failing the wait.
   */
  static WebDriverWait waitFor(WebDriver driver) {
    WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    wait.ignoring(StaleElementReferenceException.class);
    return wait;
  }

  /**
   * The whole page at {@code width} CSS pixels into target/screenshots/{name}.png, for people to
   * look at (the window is made as tall as the page, then put back).
   */
  static void screenshot(WebDriver driver, String name, int width) {
    Dimension before = driver.manage().window().getSize();
    try {
      driver.manage().window().setSize(new Dimension(width, 900));
      long height =
          ((Number)
                  ((JavascriptExecutor) driver)
                      .executeScript("return document.documentElement.scrollHeight"))
              .longValue();
      driver.manage().window().setSize(new Dimension(width, (int) Math.min(height + 140, 8000)));
      Path dir = Path.of("target", "screenshots");
      Files.createDirectories(dir);
      Files.write(
          dir.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      driver.manage().window().setSize(before);
    }
  }
}
