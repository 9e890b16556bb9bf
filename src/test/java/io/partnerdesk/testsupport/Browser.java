package io.partnerdesk.testsupport;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.SessionNotCreatedException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by its own chromedriver (nothing is downloaded at run time),
 * pointed at the portal under test.
 */
public final class Browser implements AutoCloseable {

    private final WebDriver driver;
    private final String base;
    private final List<String> violations = new ArrayList<>();

    public Browser(URL base) {
        this.base = base.toString().endsWith("/") ? base.toString() : base + "/";
        driver = start();
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    /**
     * On a busy machine Chromium now and then exits while it starts; another try, with a fresh
     * profile, then works.
     */
    private static WebDriver start() {
        for (int attempt = 1; ; attempt++) {
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver")))
                    .usingAnyFreePort()
                    .build();
            try {
                return new ChromeDriver(service, options());
            } catch (SessionNotCreatedException e) {
                service.stop();
                if (attempt == 3) {
                    throw e;
                }
            }
        }
    }

    private static ChromeOptions options() {
        Path profile = Path.of(System.getProperty("it.work.dir", "target"), "chromium-" + UUID.randomUUID());
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--window-size=1280,900",
                "--lang=en-US",
                "--user-data-dir=" + profile);
        // The console shows every script the page's Content-Security-Policy blocked.
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability(ChromeOptions.LOGGING_PREFS, logs);
        return options;
    }

    public WebDriver driver() {
        return driver;
    }

    public void open(String path) {
        driver.get(base + (path.startsWith("/") ? path.substring(1) : path));
        waitForAjax();
    }

    /** Waits until the page has loaded and PrimeFaces has no ajax request under way. */
    public void waitForAjax() {
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> (Boolean) ((JavascriptExecutor) d)
                .executeScript("return document.readyState === 'complete'"
                        + " && (!window.jQuery || jQuery.active === 0)"
                        + " && (!window.PrimeFaces || !PrimeFaces.ajax || PrimeFaces.ajax.Queue.isEmpty())"));
    }

    /** Clicks an element and waits for the page or the ajax update to settle. */
    public void click(org.openqa.selenium.By by) {
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable(by))
                .click();
        waitForAjax();
    }

    public String text(org.openqa.selenium.By by) {
        return new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated(by))
                .getText();
    }

    /** Signs in through the login page. */
    public void signIn(String username) {
        open("login.xhtml");
        driver.findElement(org.openqa.selenium.By.id("username")).sendKeys(username);
        driver.findElement(org.openqa.selenium.By.id("password")).sendKeys(io.partnerdesk.testsupport.Api.PASSWORD);
        click(org.openqa.selenium.By.id("sign-in"));
        try {
            new WebDriverWait(driver, Duration.ofSeconds(60))
                    .until(d -> !d.findElements(org.openqa.selenium.By.id("signed-in-user"))
                            .isEmpty());
        } catch (org.openqa.selenium.TimeoutException e) {
            screenshot("sign-in-failed-" + username);
            throw e;
        }
    }

    /** Saves what the person sees under target/screenshots, to be looked at. */
    public Path screenshot(String name) {
        try {
            Path dir = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));
            Files.createDirectories(dir);
            Path target = dir.resolve(name + ".png");
            File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * What the browser refused because of the page's Content-Security-Policy since the last call:
     * a page that needs an inline script or handler to work is broken for the person using it.
     */
    public List<String> takePolicyViolations() {
        for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
            String message = entry.getMessage();
            if (message.contains("Content Security Policy") || message.contains("Content-Security-Policy")) {
                violations.add(message);
            }
        }
        List<String> taken = List.copyOf(violations);
        violations.clear();
        return taken;
    }

    /** Ends the browser; fails the test if any page broke the Content-Security-Policy. */
    @Override
    public void close() {
        List<String> seen;
        try {
            seen = takePolicyViolations();
        } finally {
            driver.quit();
        }
        if (!seen.isEmpty()) {
            throw new AssertionError("The browser blocked what the pages tried under their Content-Security-Policy:\n"
                    + String.join("\n", seen));
        }
    }
}
