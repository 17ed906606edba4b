package tech.jobbot.server.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through its chromedriver, with the paths set explicitly (no
 * driver download): {@code JOBBOT_TEST_BROWSER} names the browser (default {@code /usr/bin/chromium}),
 * {@code JOBBOT_TEST_CHROMEDRIVER} the driver (default {@code /usr/bin/chromedriver}). Also runs axe-core
 * in the page and writes screenshots to {@code target/screenshots}.
 */
final class Browser implements AutoCloseable {
    static final Dimension DESKTOP = new Dimension(1280, 900);
    static final Dimension PHONE = new Dimension(390, 844);
    private static final Path SHOTS = Path.of("target", "screenshots");

    final ChromeDriver driver;
    final Path downloads;
    private final WebDriverWait wait;

    Browser(Path downloads) {
        this.downloads = downloads;
        String chromium = System.getenv().getOrDefault("JOBBOT_TEST_BROWSER", "/usr/bin/chromium");
        String chromedriver = System.getenv().getOrDefault("JOBBOT_TEST_CHROMEDRIVER", "/usr/bin/chromedriver");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1280,900", "--lang=en-US");
        options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
                "download.prompt_for_download", false, "intl.accept_languages", "en-US,en"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(chromedriver)).usingAnyFreePort().build();
        this.driver = new ChromeDriver(service, options);
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(15));
    }

    void open(String url) {
        driver.get(url);
    }

    WebElement find(String css) {
        return until(d -> d.findElement(By.cssSelector(css)));
    }

    List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    /** The first visible element with exactly this text among buttons and links. */
    WebElement button(String text) {
        return until(d -> Stream.of("main button, .cookie-banner button", "main a.button", "a, button")
                .flatMap(css -> d.findElements(By.cssSelector(css)).stream())
                .filter(e -> e.isDisplayed() && e.getText().strip().equals(text)).findFirst().orElse(null));
    }

    WebElement field(String label) {
        return until(d -> d.findElements(By.cssSelector("label")).stream()
                .filter(l -> l.isDisplayed() && l.getText().strip().startsWith(label)).findFirst()
                .map(l -> d.findElement(By.id(l.getAttribute("for")))).orElse(null));
    }

    void type(String label, String text) {
        WebElement input = field(label);
        input.clear();
        input.sendKeys(text);
    }

    <T> T until(Function<WebDriver, T> condition) {
        try {
            return wait.ignoring(org.openqa.selenium.NoSuchElementException.class)
                    .ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(condition);
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("waited in vain at " + driver.getCurrentUrl() + "; the page says: "
                    + driver.findElement(By.tagName("body")).getText() + "\n--- source: "
                    + driver.getPageSource().substring(0, Math.min(4000, driver.getPageSource().length())), e);
        }
    }

    void waitForText(String text) {
        until(d -> d.findElement(By.tagName("body")).getText().contains(text) ? true : null);
    }

    /** Fails on any serious or critical accessibility violation axe-core finds in the page as it is now. */
    void assertAccessible(String page) {
        Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                .analyze(driver);
        List<String> grave = results.getViolations().stream()
                .filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact()))
                .map(Browser::describe).toList();
        assertEquals(List.of(), grave, "serious or critical accessibility violations on " + page);
    }

    private static String describe(Rule v) {
        return v.getId() + " (" + v.getImpact() + "): " + v.getHelp() + " at " + v.getNodes().stream()
                .map(n -> String.valueOf(n.getTarget())).limit(3).toList();
    }

    /** Screenshots of the page at desktop and phone widths, into target/screenshots. */
    void screenshots(String name) {
        try {
            Files.createDirectories(SHOTS);
            for (var size : List.of(Map.entry("desktop", DESKTOP), Map.entry("phone", PHONE))) {
                driver.manage().window().setSize(size.getValue());
                Thread.sleep(150);
                Files.write(SHOTS.resolve(name + "-" + size.getKey() + ".png"), driver.getScreenshotAs(OutputType.BYTES));
            }
            driver.manage().window().setSize(DESKTOP);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
