package cn.chia.governance.web;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium for the browser tests, in a language of the test's choosing (its UI language and the
 * Accept-Language it sends), with a profile of its own that is deleted on close. A test without Chromium and
 * ChromeDriver installed is skipped with a message. A failing step leaves a screenshot and the page's HTML in
 * target/browser/.
 */
final class Chromium implements AutoCloseable {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENS = Path.of("target", "browser");

    final WebDriver browser;
    final WebDriverWait wait;
    private final Path profile;

    private Chromium(WebDriver browser, Path profile) {
        this.browser = browser;
        this.wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        this.profile = profile;
    }

    /** A browser whose language is {@code language}, e.g. en-GB or zh-CN. */
    static Chromium start(String language) throws IOException {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Browser test skipped: it needs Chromium at " + CHROMIUM + " and ChromeDriver at " + CHROMEDRIVER
                        + " (Debian: apt-get install chromium chromium-driver).");
        Path profile = Files.createTempDirectory("chromium-profile");
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile()).addArguments("--headless=new",
                "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--window-size=1400,2000",
                "--lang=" + language, "--user-data-dir=" + profile);
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        // the browser tests share one running application, whose limits on the public pages and login throttle count
        // per client address; each browser comes from an address of its own (the tests' server trusts the header from
        // the loopback, as it would a proxy's), so that one test's applications do not use up the next one's
        driver.executeCdpCommand("Network.enable", Map.of());
        driver.executeCdpCommand("Network.setExtraHTTPHeaders", Map.of("headers", Map.of("X-Forwarded-For",
                "192.0.2." + (NEXT_ADDRESS.getAndIncrement() % 250 + 1))));
        return new Chromium(driver, profile);
    }

    private static final AtomicInteger NEXT_ADDRESS = new AtomicInteger();

    void click(By element) {
        WebElement target = wait.until(ExpectedConditions.elementToBeClickable(element));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", target);
        wait.until(driver -> {
            try {
                target.click();
                return true;
            } catch (ElementClickInterceptedException stillMoving) {
                return false;
            }
        });
    }

    void type(WebElement input, String text) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", input);
        input.clear();
        // form-js keeps the value in its own state: clear() alone left "31" there under load, and "30" typed after it
        // read "3130"; erasing by keys goes through its input events
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        input.sendKeys(text);
    }

    /**
     * Keeps what the browser shows now as {@code name}.png in target/browser/, when the run asks for it
     * ({@code -Dbrowser.screens=true}): for a person to look at the screens a change touched.
     */
    void snapshot(String name) {
        if (!Boolean.getBoolean("browser.screens")) {
            return;
        }
        try {
            Files.createDirectories(SCREENS);
            Files.write(SCREENS.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
        } catch (IOException unsaved) {
            throw new UncheckedIOException(unsaved);
        }
    }

    /** Runs a step of the test; when it fails, keeps what the browser showed as {@code name}.png and .html. */
    <T> T step(String name, Supplier<T> step) {
        try {
            return step.get();
        } catch (RuntimeException | AssertionError failure) {
            try {
                Files.createDirectories(SCREENS);
                Files.write(SCREENS.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
                Files.writeString(SCREENS.resolve(name + ".html"), browser.getPageSource());
            } catch (IOException | RuntimeException unsaved) {
                failure.addSuppressed(unsaved);
            }
            throw failure;
        }
    }

    @Override
    public void close() throws IOException {
        try {
            browser.quit();
        } finally {
            try (var files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }
}
