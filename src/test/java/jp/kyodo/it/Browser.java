package jp.kyodo.it;

import java.io.File;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
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
    return new ChromeDriver(service, options);
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
}
