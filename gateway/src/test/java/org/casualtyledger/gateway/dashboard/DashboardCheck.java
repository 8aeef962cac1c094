package org.casualtyledger.gateway.dashboard;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Drives the dashboard of a running stack in Debian's headless Chromium: enters the key, submits a bulletin
 * through the page's own form, and waits until the chart has data points and the events table quotes the
 * bulletin's evidence sentence. Leaves a screenshot (also on failure) in the artifacts folder.
 * Public so that the system tests can call it (gateway test-jar) against the stack they start.
 */
public final class DashboardCheck {
    public static final String CHROMIUM = "/usr/bin/chromium";
    public static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    /** A word of the fixture's incident sentence, to recognise its evidence in the events table. */
    static final String EVIDENCE_MARK = "Hajin";
    private static final Duration SUBMIT_WAIT = Duration.ofSeconds(60);
    private static final Duration DELIVERY_WAIT = Duration.ofSeconds(120);

    private DashboardCheck() {
    }

    /** What the page showed at the end. */
    public record Outcome(int chartPoints, List<String> evidence, List<String> foreignResources, Path screenshot) {
    }

    public static Outcome run(URI gateway, String apiKey, Path artifacts) throws IOException, InterruptedException {
        Files.createDirectories(artifacts);
        Path screenshot = artifacts.resolve("dashboard.png");
        WebDriver driver = start();
        try {
            driver.get(gateway.resolve("/").toString());
            useKey(driver, apiKey);
            submitBulletin(driver);
            waitForLedger(driver);
            return new Outcome(chartPoints(driver), evidence(driver), foreignResources(driver, gateway), screenshot);
        } finally {
            Files.copy(((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath(), screenshot,
                    StandardCopyOption.REPLACE_EXISTING);
            driver.quit();
        }
    }

    private static WebDriver start() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=1280,2200");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    private static void useKey(WebDriver driver, String apiKey) {
        WebElement key = driver.findElement(By.id("api-key"));
        key.clear();
        key.sendKeys(apiKey);
        driver.findElement(By.cssSelector("#key-form button")).click();
    }

    private static void submitBulletin(WebDriver driver) throws IOException, InterruptedException {
        setValue(driver, "#submit-form input[name=source]", "SOHR");
        setValue(driver, "#submit-form input[name=publishedAt]", "2019-01-20");
        setValue(driver, "#submit-form input[name=title]", "ISIS attack near Hajin repelled");
        setValue(driver, "#submit-form input[name=url]", "https://example.org/casualty-ledger/dashboard-test");
        setValue(driver, "#submit-form textarea[name=text]", fixture());
        driver.findElement(By.cssSelector("#submit-form button")).click();
        Instant deadline = Instant.now().plus(SUBMIT_WAIT);
        String status = "";
        while (Instant.now().isBefore(deadline)) {
            status = driver.findElement(By.id("submit-status")).getText();
            if (status.contains("tored as r-")) {
                return;
            }
            if (driver.findElement(By.id("submit-status")).getAttribute("class").contains("error")) {
                break;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("the bulletin was not stored; the form says: " + status);
    }

    /** Claims reach the tally through the outbox, a moment after the submission: refresh until they show. */
    private static void waitForLedger(WebDriver driver) throws InterruptedException {
        Instant deadline = Instant.now().plus(DELIVERY_WAIT);
        while (Instant.now().isBefore(deadline)) {
            if (chartPoints(driver) > 0 && evidence(driver).stream().anyMatch(s -> s.contains(EVIDENCE_MARK))) {
                return;
            }
            Thread.sleep(2000);
            driver.findElement(By.cssSelector("#key-form button")).click();
            Thread.sleep(1000);
        }
        throw new AssertionError("after " + DELIVERY_WAIT.toSeconds() + " s the dashboard shows " + chartPoints(driver)
                + " chart points and evidence " + evidence(driver) + "; status: " + driver.findElement(By.id("key-status")).getText());
    }

    static int chartPoints(WebDriver driver) {
        Object counted = ((JavascriptExecutor) driver).executeScript(
                "const c = window.Chart && Chart.getChart('series-chart');"
                        + "return c ? c.data.datasets.reduce((n, d) => n + d.data.filter(v => v !== null).length, 0) : 0;");
        return ((Number) counted).intValue();
    }

    /** Read in the page in one go: the table is rebuilt on every refresh, and element handles taken before go stale. */
    @SuppressWarnings("unchecked")
    static List<String> evidence(WebDriver driver) {
        return (List<String>) ((JavascriptExecutor) driver).executeScript(
                "return Array.from(document.querySelectorAll('#events tbody blockquote.sentence')).map(e => e.textContent);");
    }

    @SuppressWarnings("unchecked")
    static List<String> foreignResources(WebDriver driver, URI gateway) {
        return (List<String>) ((JavascriptExecutor) driver).executeScript(
                "return performance.getEntriesByType('resource').map(e => e.name)"
                        + ".filter(n => !n.startsWith(arguments[0]));", gateway.resolve("/").toString());
    }

    private static void setValue(WebDriver driver, String selector, String value) {
        ((JavascriptExecutor) driver).executeScript("document.querySelector(arguments[0]).value = arguments[1];", selector, value);
    }

    static String fixture() throws IOException {
        try (InputStream in = DashboardCheck.class.getResourceAsStream("/dashboard/bulletin.txt")) {
            if (in == null) {
                throw new IOException("fixture dashboard/bulletin.txt missing from the test classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
