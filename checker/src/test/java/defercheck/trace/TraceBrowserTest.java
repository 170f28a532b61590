package defercheck.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The HTML report in a real browser: Debian's headless Chromium driven by Selenium. Opens the report of
 * the mixed open-coded/chain trace, steps forward and back with the keyboard, and checks that the
 * highlighted source line and the state panel follow; saves a screenshot under target/. Skips, saying
 * why, where chromium or chromedriver is not installed (.ci/run installs both).
 */
class TraceBrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path TRACE = TraceReplayTest.TRACES.resolve("examples/mixed-open-and-chain-recovery-go1.19.trace.json");

    @Test
    void keyboardStepsMoveTheHighlightAndTheStatePanel() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "skipped: needs Debian's chromium and chromium-driver (/usr/bin/chromium, /usr/bin/chromedriver);"
                        + " apt-get install -y chromium chromium-driver, as .ci/run does");
        Path dir = Path.of("target", "browser-test");
        Files.createDirectories(dir);
        Path report = dir.resolve("report.html").toAbsolutePath();
        Files.writeString(report, HtmlReport.render(TraceReader.read(TRACE), TRACE.getFileName().toString()),
                StandardCharsets.UTF_8);
        Path profile = Files.createTempDirectory("defercheck-chromium-");
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile()).addArguments("--headless",
                "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1400,900", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        WebDriver driver = new ChromeDriver(service, options);
        try {
            driver.get(report.toUri().toString());
            WebElement body = driver.findElement(By.tagName("body"));
            assertEquals("0", body.getAttribute("data-step"));
            String machine = body.getAttribute("data-machine");
            int focus = machineIndex(driver, machine);
            String line0 = currentLine(driver);
            String panel0 = panel(driver, focus);

            for (int i = 0; i < 3; i++) {
                body.sendKeys(Keys.ARROW_RIGHT);
            }
            assertEquals("3", body.getAttribute("data-step"));
            String line3 = currentLine(driver);
            String panel3 = panel(driver, focus);
            assertNotEquals(line0, line3, "the highlighted line did not move");
            assertNotEquals(panel0, panel3, "the state panel did not change");
            assertTrue(panel3.contains("pending [main.outer.func1() @17:2]"), panel3);

            body.sendKeys("j");
            body.sendKeys("j");
            body.sendKeys("k");
            assertEquals("4", body.getAttribute("data-step"));
            body.sendKeys(Keys.ARROW_LEFT);
            assertEquals("3", body.getAttribute("data-step"));
            assertEquals(line3, currentLine(driver));
            assertEquals(panel3, panel(driver, focus));

            driver.findElements(By.cssSelector("#steps li")).get(26).click();
            assertEquals("26", body.getAttribute("data-step"));
            assertTrue(driver.findElement(By.cssSelector("#steps li.active")).getText().startsWith("26 "));
            assertEquals("21", currentLine(driver));

            byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
            Files.write(dir.resolve("report.png"), png);
            assertTrue(png.length > 10_000, "screenshot too small to show anything");
        } finally {
            driver.quit();
        }
    }

    private static String currentLine(WebDriver d) {
        return d.findElement(By.cssSelector("#source .current")).getAttribute("data-line");
    }

    private static String panel(WebDriver d, int machine) {
        return d.findElement(By.id("panel-" + machine)).getText();
    }

    private static int machineIndex(WebDriver d, String name) {
        var headers = d.findElements(By.cssSelector(".column h2"));
        for (int i = 0; i < headers.size(); i++) {
            if (headers.get(i).getText().startsWith(name)) {
                return i;
            }
        }
        throw new AssertionError("no column for " + name);
    }
}
