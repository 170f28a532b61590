package defercheck.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The HTML report in a real browser: Debian's headless Chromium driven by Selenium, in a 1280x800 window.
 * Opens a six-machine report (the mixed open-coded/chain trace's five Go 1.19 machines plus the Go 1.23
 * panic-loop machine on the same program), checks that the page does not scroll sideways while every machine
 * has a visible column, that the column chooser hides and shows one, then steps forward and back with the
 * keyboard and by click and checks that the highlighted source line and the state panel follow; saves a
 * screenshot under target/. Skips, saying why, where chromium or chromedriver is not installed (.ci/run
 * installs both).
 */
class TraceBrowserTest {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path TRACE = TraceReplayTest.TRACES.resolve("examples/mixed-open-and-chain-recovery-go1.19.trace.json");

    @Test
    void keyboardStepsMoveTheHighlightAndTheStatePanel() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "skipped: needs Debian's chromium and chromium-driver (/usr/bin/chromium, /usr/bin/chromedriver);"
                        + " apt-get install -y chromium chromium-driver, as .ci/run does");
        Path dir = Path.of("target", "browser-test");
        Files.createDirectories(dir);
        Path report = dir.resolve("report.html").toAbsolutePath();
        Trace six = withPanicLoopMachine(TraceReader.read(TRACE));
        assertEquals(6, six.machines().size());
        Files.writeString(report, HtmlReport.render(six, TRACE.getFileName().toString()), StandardCharsets.UTF_8);
        WebDriver driver = chromium();
        try {
            driver.get(report.toUri().toString());
            WebElement body = driver.findElement(By.tagName("body"));
            assertEquals("0", body.getAttribute("data-step"));
            assertFitsTheWindow(driver, 6);
            driver.findElement(By.id("show-2")).click();
            assertFalse(driver.findElement(By.id("machine-2")).isDisplayed(), "unchecked column still shown");
            driver.findElement(By.id("show-2")).click();
            assertFitsTheWindow(driver, 6);
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
            assertTrue(panel3.contains("deferred calls, next to run on top\nmain.outer.func1() @17:2"), panel3);
            assertTrue(panel3.contains("main.outer\nr \"\" (var #1)\n"), "the frame's variables are drawn: " + panel3);
            assertFalse(driver.findElements(By.cssSelector("#panel-" + focus + " .frame .card")).isEmpty(),
                    "pending deferred calls are drawn as cards");
            assertTextWrapsAtSpaces(driver);
            assertFalse(driver.findElement(By.id("subtitle")).getText().contains("example"),
                    driver.findElement(By.id("subtitle")).getText());

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
            assertTrue(driver.getCurrentUrl().endsWith("#step=26"), driver.getCurrentUrl());
            driver.get(report.toUri() + "#step=12");
            assertEquals("12", driver.findElement(By.tagName("body")).getAttribute("data-step"), "a link to a step");

            byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
            Files.write(dir.resolve("report.png"), png);
            assertTrue(png.length > 10_000, "screenshot too small to show anything");
        } finally {
            driver.quit();
        }
    }

    /**
     * A crashing program's report ends at the panic's line with the crash text in stderr, and its header does not
     * call the reader's own recording an example.
     */
    @Test
    void aCrashEndsOnThePanicWithItsText() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER), "skipped: needs Debian's chromium"
                + " and chromium-driver (/usr/bin/chromium, /usr/bin/chromedriver); apt-get install -y chromium"
                + " chromium-driver, as .ci/run does");
        Path dir = Files.createDirectories(Path.of("target", "browser-test"));
        String src = "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tdefer fmt.Println(\"bye\")\n\tpanic(\"boom\")\n}\n";
        var suite = new defercheck.explore.MachineSuite(defercheck.source.GoVersion.parse("1.23"), null);
        Path json = dir.resolve("crash.trace.json");
        Files.writeString(json, TraceWriter.render(new TraceWriter.Origin("example", null, null, null, null), src,
                Replay.compile(src, suite.version()), suite));
        Path report = dir.resolve("crash.html").toAbsolutePath();
        Files.writeString(report, HtmlReport.render(TraceReader.read(json), "crash.go"), StandardCharsets.UTF_8);
        WebDriver driver = chromium();
        try {
            driver.get(report.toUri().toString());
            WebElement body = driver.findElement(By.tagName("body"));
            body.sendKeys(Keys.END);
            assertEquals("7", currentLine(driver), "the ending points at the panic");
            String stderr = driver.findElement(By.cssSelector("#panel-0 .output.stderr pre")).getText();
            assertTrue(stderr.startsWith("panic: boom"), stderr);
            assertEquals("Go 1.23, 3 machines", driver.findElement(By.id("subtitle")).getText());
        } finally {
            driver.quit();
        }
    }

    /**
     * The playground (defercheck serve) in the browser: edit a program, choose Go 1.21, run it, see the output
     * as run prints it and the plan, step through the trace, compare the machines (one column each, follow
     * another by its name), and share the program through a link that brings it back.
     */
    @Test
    void thePlaygroundEditsRunsStepsAndCompares() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER), "skipped: needs Debian's chromium"
                + " and chromium-driver (/usr/bin/chromium, /usr/bin/chromedriver); apt-get install -y chromium"
                + " chromium-driver, as .ci/run does");
        defercheck.serve.Playground server = defercheck.serve.Playground.start(
                new java.net.InetSocketAddress("127.0.0.1", 0), defercheck.serve.ServeLimits.DEFAULT);
        WebDriver driver = chromium();
        try {
            String url = "http://127.0.0.1:" + server.address().getPort() + "/";
            driver.get(url);
            var wait = new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(60));
            wait.until(d -> "true".equals(d.findElement(By.tagName("body")).getAttribute("data-ready")));
            WebElement editor = driver.findElement(By.id("source"));
            assertTrue(editor.getAttribute("value").contains("package main"), "an example is loaded first");
            editor.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
            editor.sendKeys("package main\n\nfunc f() (r int) {\n\tdefer func() { r *= 2 }()\n\treturn 21\n}\n\n"
                    + "func main() {\n\tprintln(f())\n\tpanic(\"boom\")\n}\n");
            new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("go"))).selectByValue("1.21");
            driver.findElement(By.id("run")).click();
            wait.until(d -> !d.findElements(By.cssSelector("#steps li")).isEmpty()
                    && "done".equals(d.findElement(By.tagName("body")).getAttribute("data-state")));
            assertEquals("2", driver.findElement(By.id("exit")).getText());
            assertTrue(driver.findElement(By.id("stderr")).getText().startsWith("42\npanic: boom"),
                    driver.findElement(By.id("stderr")).getText());
            assertEquals("./prog.go:4:2: open-coded defer", driver.findElement(By.cssSelector("#plan li")).getText());
            assertEquals(5, driver.findElements(By.cssSelector(".column")).size(), "Go 1.21's five machines");
            WebElement body = driver.findElement(By.tagName("body"));
            assertEquals("0", body.getAttribute("data-step"));
            body.sendKeys(Keys.ARROW_RIGHT);
            body.sendKeys(Keys.ARROW_RIGHT);
            assertEquals("2", body.getAttribute("data-step"));
            body.sendKeys(Keys.END);
            String last = body.getAttribute("data-step");
            assertEquals("10", currentLine(driver), "the ending points at the panic");
            assertTrue(panel(driver, 0).contains("panic: boom"), panel(driver, 0));
            driver.findElements(By.cssSelector(".column h2")).get(1).click();
            assertEquals("heap", body.getAttribute("data-machine"), "follows the machine clicked");
            assertNotEquals(last, body.getAttribute("data-step"), "the heap machine takes other steps to the end");
            driver.findElement(By.id("share")).click();
            String link = driver.getCurrentUrl();
            assertTrue(link.contains("#go=1.21&machine=real&src="), link);
            driver.get("about:blank");
            driver.get(link);
            wait.until(d -> "true".equals(d.findElement(By.tagName("body")).getAttribute("data-ready")));
            assertTrue(driver.findElement(By.id("source")).getAttribute("value").contains("defer func() { r *= 2 }()"));
            assertEquals("1.21", new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("go")))
                    .getFirstSelectedOption().getAttribute("value"));
            Files.write(Path.of("target", "browser-test", "playground.png"),
                    ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } finally {
            driver.quit();
            server.stop();
        }
    }

    public static WebDriver chromium() throws java.io.IOException {
        Path profile = Files.createTempDirectory("defercheck-chromium-");
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile()).addArguments("--headless",
                "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1280,800", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    /** The step list never scrolls sideways, and text breaks between words, not inside them. */
    private static void assertTextWrapsAtSpaces(WebDriver d) {
        JavascriptExecutor js = (JavascriptExecutor) d;
        Number over = (Number) js.executeScript("const s = document.getElementById('steps');"
                + " return s.scrollWidth - s.clientWidth;");
        assertTrue(over.longValue() <= 0, "the step list scrolls sideways by " + over + " px");
        for (String css : new String[] {"#steps li", ".column", ".output pre"}) {
            String wb = (String) js.executeScript("return getComputedStyle(document.querySelector(arguments[0]))"
                    + ".wordBreak;", css);
            assertEquals("normal", wb, css + " breaks words");
        }
    }

    /** The page has no horizontal overflow and each of the n machine columns is shown inside the window. */
    private static void assertFitsTheWindow(WebDriver d, int n) {
        JavascriptExecutor js = (JavascriptExecutor) d;
        long viewport = (Long) js.executeScript("return document.documentElement.clientWidth;");
        assertTrue(viewport >= 1200, "window narrower than asked: " + viewport);
        long page = (Long) js.executeScript("return document.documentElement.scrollWidth;");
        assertTrue(page <= viewport, "the page scrolls sideways: " + page + " px wide in a " + viewport + " px window");
        List<WebElement> columns = d.findElements(By.cssSelector(".column"));
        assertEquals(n, columns.size());
        for (WebElement c : columns) {
            assertTrue(c.isDisplayed(), c.getAttribute("id") + " hidden");
            Number right = (Number) js.executeScript("return arguments[0].getBoundingClientRect().right;", c);
            assertTrue(right.doubleValue() <= viewport, c.getAttribute("id") + " ends at " + right + " px");
            Number scroll = (Number) js.executeScript("return arguments[0].scrollWidth - arguments[0].clientWidth;", c);
            assertTrue(scroll.longValue() <= 0, c.getAttribute("id") + " scrolls sideways by " + scroll + " px");
        }
    }

    /** The trace plus the panicloop machine (Go 1.23's runtime) run on the same program: six machines. */
    private static Trace withPanicLoopMachine(Trace t) {
        Trace at123 = new Trace(t.schema(), t.kind(), t.description(), t.bound(), t.rank(), "1.23", null, t.source(),
                t.core(), null, t.machines(), false, t.schedule());
        List<TraceMachine> machines = new ArrayList<>(t.machines());
        machines.add(Replay.run(at123).stream().filter(m -> m.name().equals("panicloop")).findFirst().orElseThrow());
        return new Trace(t.schema(), t.kind(), t.description(), t.bound(), t.rank(), t.go(), t.mutant(), t.source(),
                t.core(), t.divergence(), machines, false, t.schedule());
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
