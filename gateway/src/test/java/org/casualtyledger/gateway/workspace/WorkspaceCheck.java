package org.casualtyledger.gateway.workspace;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Drives the analyst's workspace of a running stack in Debian's headless Chromium, through the page's own controls:
 * enters the key, submits a bulletin, filters by its place, opens its event from the events table and from the map,
 * follows a claim to its report, and exports the view as CSV and GeoJSON. Leaves one screenshot per view in the
 * artifacts folder (also when a step fails). Public so that the system tests can call it (gateway test-jar) against
 * the stack they start.
 */
public final class WorkspaceCheck {
    public static final String CHROMIUM = "/usr/bin/chromium";
    public static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    /** The fixture's incident place: filtering by it finds the fixture's event whatever else the ledger holds. */
    static final String PLACE = "Hajin";
    /** The governorate of {@link #PLACE}: the map must draw the fixture's event inside it. */
    static final String PROVINCE = "Deir ez-Zor";
    /** A source no other test submits under, so that the filtered events are the submitted bulletin's own. */
    static final String SOURCE = "Workspace Check Monitor";
    /** The rows of a page of the workspace's tables. */
    private static final int PAGE_SIZE = 25;
    private static final Duration STEP_WAIT = Duration.ofSeconds(60);
    private static final Duration DELIVERY_WAIT = Duration.ofSeconds(120);

    private final WebDriver driver;
    private final URI gateway;
    private final Path artifacts;
    private final List<Path> screenshots = new ArrayList<>();
    private boolean freshlyStored;

    private WorkspaceCheck(WebDriver driver, URI gateway, Path artifacts) {
        this.driver = driver;
        this.gateway = gateway;
        this.artifacts = artifacts;
    }

    /** What the page showed along the way; {@code firstViewMapFiles}: the map library's files the first view loaded. */
    public record Outcome(long firstViewMillis, List<String> firstViewMapFiles, int tallyRows, int timeChartBars,
                          int smallMultiples, String tableSpan,
                          String mapSpan, MapLayer mapLayer, int reportMarks, List<String> reportOutcomes, String filteredUrl,
                          List<String> csvExport, String geoJsonExport, Corrections corrections, AsOf asOf,
                          Controls controls, List<String> foreignResources, List<Path> screenshots) {
    }

    /**
     * The page's other controls as a user works them: the Tab order from the top of the page and whether the focused
     * control shows its focus; an event opened from the map with the Enter key; the claims table sorted by a column
     * header (kept in the URL); the events over time by week; a followed feed in the sources panel with its state.
     */
    public record Controls(List<String> tabOrder, String focusOutline, String keyboardSpan, Sorted sorted,
                           String weekUrl, int weekBars, String feedState) {
    }

    /**
     * The claims table sorted by best, highest first: its URL, the figures of its first page, the highest figures of
     * every claim in the ledger (as many as a page holds), the figures of its second page and that page's URL.
     */
    public record Sorted(String url, List<Long> firstPage, List<Long> highestOfAll, List<Long> secondPage, String secondPageUrl) {
    }

    /**
     * The correction forms as an analyst's key worked them: a claim form sent without a reason and without a change
     * (each refused, with the message shown), then a real correction of the claim's value, shown beside the reading as
     * received with who and why and in the claim's trail and the audit view; the claim's event opened from the claim
     * and its form sent without a split or a join (refused with the API's problem), then a follow-up bulletin's event,
     * found among the form's suggestions, joined into it: the event's claims before and after, the joined claim's
     * reason as the event shows it, the join in the event's trail and in the audit view.
     */
    public record Corrections(String noReason, String noChange, String field, String asReceived, String asCorrected,
                              String author, String why, int trailEntries, boolean inAuditView, String eventNoChange,
                              int claimsBeforeJoin, int claimsAfterJoin, String joinedBecause, String joinTrail,
                              boolean joinInAuditView) {
    }

    /**
     * The map's base layer as drawn: each governorate's code and name ({@code SY-DY Deir ez-Zor}), and the governorates
     * drawn under the centre of the first mark on the screen (the fixture's event, the view being filtered to its place).
     */
    public record MapLayer(List<String> regions, List<String> underFirstMark) {
    }

    /** The events table filtered to the bulletin, as of a time before it was stored and with the control cleared. */
    public record AsOf(String url, int rowsBefore, int rowsAfterClearing, String note) {
    }

    /**
     * Walks the workspace with a key that may submit ({@code apiKey}) and corrects the ledger with an analyst's key
     * (an admin key holds that role too).
     */
    public static Outcome run(URI gateway, String apiKey, String analystKey, Path artifacts) throws IOException, InterruptedException {
        Files.createDirectories(artifacts.resolve("downloads"));
        WebDriver driver = start(artifacts.resolve("downloads").toAbsolutePath());
        WorkspaceCheck check = new WorkspaceCheck(driver, gateway, artifacts);
        try {
            return check.walk(apiKey, analystKey);
        } finally {
            check.screenshot("last");
            driver.quit();
        }
    }

    /**
     * The first view (the overview) of one page load: from its first request to its tallies, chart and running totals
     * drawn ({@code viewMillis}), from the start of navigation to then ({@code readyMillis}), and every API call the
     * page had made by then, with its start and duration in milliseconds since navigation.
     */
    public record FirstView(long viewMillis, long readyMillis, List<ApiCall> calls) {
    }

    /** One request of the page to {@code /api/v1}: path and query, start and duration. */
    public record ApiCall(String path, double startMillis, double millis) {
    }

    /** A browser with the key entered at the gateway, ready to measure first views again and again ({@link #firstView}). */
    public static WorkspaceCheck open(URI gateway, String apiKey, Path artifacts) throws IOException {
        Files.createDirectories(artifacts);
        WorkspaceCheck check = new WorkspaceCheck(start(artifacts.toAbsolutePath()), gateway, artifacts);
        check.driver.get(gateway.resolve("/").toString());
        check.useKey(apiKey);
        check.waitReady();
        return check;
    }

    /** Loads the workspace again (the key kept in the tab) and measures its first view. */
    public FirstView firstView() {
        driver.get(gateway.resolve("/").toString());
        waitReady();
        long view = ((Number) js("return Number(document.body.dataset.firstViewMs);")).longValue();
        long ready = ((Number) js("return Number(document.body.dataset.firstReadyMs);")).longValue();
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> entries = (List<Map<String, Object>>) js("return performance.getEntriesByType('resource')"
                + ".filter(e => e.name.includes('/api/v1/') && e.startTime <= arguments[0])"
                + ".map(e => ({path: e.name.substring(e.name.indexOf('/api/v1/') + 7), start: e.startTime, duration: e.duration}));", ready);
        List<ApiCall> calls = entries.stream().map(e -> new ApiCall((String) e.get("path"), ((Number) e.get("start")).doubleValue(),
                ((Number) e.get("duration")).doubleValue())).toList();
        return new FirstView(view, ready, calls);
    }

    /** Keeps a screenshot of what the browser shows now, as workspace-{name}.png. */
    public void keepScreenshot(String name) {
        screenshot(name);
    }

    /** Closes the browser. */
    public void close() {
        driver.quit();
    }

    private Outcome walk(String apiKey, String analystKey) throws IOException, InterruptedException {
        driver.get(gateway.resolve("/?view=submit").toString());
        useKey(apiKey);
        Instant beforeSubmitting = Instant.now().minusSeconds(1).truncatedTo(ChronoUnit.SECONDS);
        String reportId = submitBulletin();
        filterByPlace();
        String filteredUrl = driver.getCurrentUrl();
        AsOf asOf = asOf(freshlyStored ? beforeSubmitting : Instant.parse("2000-01-01T00:00:00Z"));
        String tableSpan = openFromTable();
        screenshot("event");
        int[] marks = openReport(reportId);
        List<String> outcomes = strings("return [...new Set([...document.querySelectorAll('#detail-body mark.span')]"
                + ".map(m => [...m.classList].find(c => c.startsWith('outcome-'))))];");
        screenshot("report");
        List<String> csv = export("#export-csv", ".csv");
        String mapSpan = openFromMap();
        MapLayer mapLayer = mapLayer();
        screenshot("map");
        String keyboardSpan = openFromMapWithEnter();
        String geoJson = String.join("\n", export("#export-geojson", ".geojson"));
        Corrections corrections = correct(reportId, followUpEvent(apiKey), analystKey);
        clearFilters();
        Sorted sorted = sortClaims(apiKey);
        driver.findElement(By.cssSelector("#views a[data-view=reports]")).click();
        waitReady();
        screenshot("reports");
        String feed = followedFeedState(apiKey);
        driver.findElement(By.cssSelector("#views a[data-view=overview]")).click();
        waitReady();
        int[] overview = overview();
        screenshot("overview");
        driver.findElement(By.cssSelector("#time-unit option[value=week]")).click();
        waitReady();
        String weekUrl = driver.getCurrentUrl();
        int weekBars = Integer.parseInt(String.valueOf(js("return document.getElementById('time-chart').dataset.bars || '0';")));
        screenshot("overview-by-week");
        driver.manage().window().setSize(new Dimension(768, 1024));
        waitReady();
        screenshot("overview-tablet");
        driver.findElement(By.cssSelector("#views a[data-view=events]")).click();
        waitReady();
        driver.findElement(By.cssSelector("#events tbody tr[data-id] button.open")).click();
        highlightedSpan();
        screenshot("event-tablet");
        driver.manage().window().setSize(new Dimension(1400, 1000));
        driver.get(gateway.resolve("/").toString());
        waitReady();
        long firstView = ((Number) js("return Number(document.body.dataset.firstViewMs);")).longValue();
        List<String> mapFiles = strings("return performance.getEntriesByType('resource').map(e => e.name)"
                + ".filter(n => n.includes('/webjars/leaflet/') || n.includes('/webjars/supercluster/'));");
        String[] tabbing = tabOrder();
        Controls controls = new Controls(List.of(tabbing).subList(1, tabbing.length), tabbing[0], keyboardSpan, sorted,
                weekUrl, weekBars, feed);
        return new Outcome(firstView, mapFiles, overview[0], overview[1], overview[2], tableSpan, mapSpan, mapLayer, marks[0], outcomes,
                filteredUrl, csv, geoJson, corrections, asOf, controls, foreignResources(), List.copyOf(screenshots));
    }

    /** Opens the map's first mark (an event, or a cluster and then its first event) with the Enter key alone. */
    private String openFromMapWithEnter() {
        driver.findElement(By.id("close-detail")).click();
        WebElement mark = driver.findElement(By.cssSelector("#map .event-mark, #map .cluster-mark"));
        boolean cluster = mark.getAttribute("class").contains("cluster");
        js("arguments[0].focus();", mark);
        driver.switchTo().activeElement().sendKeys(Keys.ENTER);
        if (cluster) {
            WebElement first = until(STEP_WAIT, "the cluster's list", () -> first("#detail-body button[data-id]"));
            js("arguments[0].focus();", first);
            driver.switchTo().activeElement().sendKeys(Keys.ENTER);
        }
        return highlightedSpan();
    }

    /**
     * Sorts the claims table by its Best column twice (descending the second time), with more claims than a page holds
     * (short reports are posted until there are); answers the URL, the first page's figures, the highest figures of
     * every claim as the API lists them (unsorted, every page), and the second page's figures.
     */
    private Sorted sortClaims(String apiKey) throws IOException, InterruptedException {
        LedgerChange change = new LedgerChange(apiKey);
        while (claimCount() <= PAGE_SIZE) {
            change.make(gateway);
        }
        driver.findElement(By.cssSelector("#views a[data-view=claims]")).click();
        waitReady();
        driver.findElement(By.cssSelector("#claims th button.sort[data-key=best]")).click();
        waitReady();
        driver.findElement(By.cssSelector("#claims th button.sort[data-key=best]")).click();
        waitReady();
        String url = driver.getCurrentUrl();
        List<Long> firstPage = claimsBest();
        List<Long> everyClaim = longs("return (async () => { const key = sessionStorage.getItem('ledger.apiKey'); const all = [];"
                + "for (let page = 0; ; page++) {"
                + "  const body = await (await fetch('/api/v1/claims?size=500&page=' + page, { headers: { 'X-API-Key': key } })).json();"
                + "  all.push(...body.items.map(c => c.count.best)); if ((page + 1) * 500 >= body.total) break; }"
                + "return all.sort((a, b) => b - a).slice(0, arguments[0]); })();", PAGE_SIZE);
        screenshot("claims");
        driver.findElement(By.cssSelector("#claims .pager button.next")).click();
        waitReady();
        return new Sorted(url, firstPage, everyClaim, claimsBest(), driver.getCurrentUrl());
    }

    private long claimCount() {
        return ((Number) js("return fetch('/api/v1/claims?size=1', { headers: { 'X-API-Key': sessionStorage.getItem('ledger.apiKey') } })"
                + ".then(r => r.json()).then(body => body.total);")).longValue();
    }

    private List<Long> claimsBest() {
        return longs("return [...document.querySelectorAll('#claims tbody tr[data-id] td:nth-child(3)')]"
                + ".map(td => Number(td.textContent.replace(/[^0-9]/g, '')));");
    }

    /**
     * Follows a feed at a closed loopback port through the API (the page shows feeds, an admin adds them), waits for
     * the sources panel to show it with its state, then removes it; answers the state shown.
     */
    private String followedFeedState(String apiKey) throws IOException, InterruptedException {
        String name = "Workspace check feed " + Instant.now().toEpochMilli();
        String body = "{\"name\":\"" + name + "\",\"feedUrl\":\"http://127.0.0.1:9/feed/\",\"pollEvery\":\"PT1H\"}";
        api(apiKey, "POST", "/api/v1/sources", body, 201);
        try {
            driver.navigate().refresh();
            waitReady();
            return until(STEP_WAIT, "the followed feed in the sources panel", () -> {
                Object state = js("const row = [...document.querySelectorAll('#sources tbody tr')].find(r => r.textContent.includes(arguments[0]));"
                        + "return row ? row.querySelector('.state').textContent : null;", name);
                return state instanceof String text && !text.isBlank() ? text : null;
            });
        } finally {
            api(apiKey, "DELETE", "/api/v1/sources/" + name.replace(" ", "%20"), null, 204);
        }
    }

    /** Calls the API directly (what the page does not do itself) and answers the body of the expected status. */
    private String api(String apiKey, String method, String path, String json, int expected) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(gateway.resolve(path)).header("X-API-Key", apiKey);
        request = json == null ? request.method(method, HttpRequest.BodyPublishers.noBody())
                : request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
        HttpResponse<String> response = HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expected) {
            throw new AssertionError(method + " " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    /**
     * Posts a short bulletin about the fixture's place a day later (new at each run) and answers the event its claim
     * was filed in, once delivered: the event an analyst joins into the fixture's.
     */
    private String followUpEvent(String apiKey) throws IOException, InterruptedException {
        String text = "At least 3 members of the SDF were killed in an attack by ISIS near Hajin. Reference " + LedgerChange.letters() + ".";
        String stored = api(apiKey, "POST", "/api/v1/reports", "{\"source\":\"" + SOURCE + "\",\"publishedAt\":\"2019-01-21\","
                + "\"title\":\"SDF members killed near Hajin\",\"text\":\"" + text + "\"}", 201);
        Matcher report = Pattern.compile("\"id\":\"(r-[0-9a-f]+)\"").matcher(stored);
        if (!report.find()) {
            throw new AssertionError("the follow-up bulletin's answer names no report: " + stored);
        }
        Pattern event = Pattern.compile("\"eventId\":\"(e-[0-9a-f]+)\"");
        Instant deadline = Instant.now().plus(DELIVERY_WAIT);
        while (Instant.now().isBefore(deadline)) {
            Matcher filed = event.matcher(api(apiKey, "GET", "/api/v1/claims?reportId=" + report.group(1), null, 200));
            if (filed.find()) {
                return filed.group(1);
            }
            Thread.sleep(250);
        }
        throw new AssertionError("the follow-up bulletin " + report.group(1) + " reached no event within " + DELIVERY_WAIT);
    }

    /**
     * Presses Tab from the top of the page and answers, first, the outline style of the control focused by the
     * keyboard (its focus must show), then the controls reached in order: what a keyboard user meets.
     */
    private String[] tabOrder() {
        js("document.activeElement && document.activeElement.blur(); window.scrollTo(0, 0);");
        List<String> order = new ArrayList<>();
        String outline = "";
        WebElement body = driver.findElement(By.tagName("body"));
        body.sendKeys(Keys.TAB);
        for (int i = 0; i < 16; i++) {
            WebElement focused = driver.switchTo().activeElement();
            order.add(String.valueOf(js("const e = arguments[0]; return e.dataset.view ? 'view:' + e.dataset.view"
                    + " : (e.name || e.id || e.textContent.trim());", focused)));
            if (i == 1) {
                outline = String.valueOf(js("return getComputedStyle(arguments[0]).outlineStyle;", focused));
            }
            focused.sendKeys(Keys.TAB);
        }
        List<String> answer = new ArrayList<>(List.of(outline));
        answer.addAll(order);
        return answer.toArray(String[]::new);
    }

    private static WebDriver start(Path downloads) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=1400,1000");
        Map<String, Object> prefs = new HashMap<>();
        prefs.put("download.default_directory", downloads.toString());
        prefs.put("download.prompt_for_download", false);
        options.setExperimentalOption("prefs", prefs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    private void useKey(String apiKey) {
        WebElement key = driver.findElement(By.id("api-key"));
        key.clear();
        key.sendKeys(apiKey);
        driver.findElement(By.cssSelector("#key-form button")).click();
    }

    /** Submits the fixture and answers the id of the report it was stored as. */
    private String submitBulletin() throws IOException {
        setValue("#submit-form input[name=source]", SOURCE);
        setValue("#submit-form input[name=publishedAt]", "2019-01-20");
        setValue("#submit-form input[name=title]", "ISIS attack near Hajin repelled");
        setValue("#submit-form input[name=url]", "https://example.org/casualty-ledger/workspace-test");
        setValue("#submit-form textarea[name=text]", fixture());
        driver.findElement(By.cssSelector("#submit-form button")).click();
        String status = until(STEP_WAIT, "the bulletin to be stored", () -> {
            String text = driver.findElement(By.id("submit-status")).getText();
            if (driver.findElement(By.id("submit-status")).getAttribute("class").contains("error")) {
                throw new AssertionError("the bulletin was not stored; the form says: " + text);
            }
            return text.contains("tored as r-") ? text : null;
        });
        System.out.println("[WorkspaceCheck] " + status);
        freshlyStored = status.startsWith("Stored");
        Matcher id = Pattern.compile("r-[0-9a-f]+").matcher(status);
        if (!id.find()) {
            throw new AssertionError("the form names no report id: " + status);
        }
        return id.group();
    }

    /**
     * Types the place and the bulletin's source into the shared filters and applies them in the events view until the
     * outbox has delivered: other bulletins about the same place may already be in the ledger.
     */
    private void filterByPlace() {
        driver.findElement(By.cssSelector("#views a[data-view=events]")).click();
        WebElement source = driver.findElement(By.cssSelector("#filters input[name=source]"));
        source.clear();
        source.sendKeys(SOURCE);
        WebElement location = driver.findElement(By.cssSelector("#filters input[name=location]"));
        location.clear();
        location.sendKeys(PLACE);
        until(DELIVERY_WAIT, "the bulletin's event in the events table", () -> {
            driver.findElement(By.cssSelector("#filters button[type=submit]")).click();
            waitReady();
            return js("return document.querySelectorAll('#events tbody tr[data-id]').length;") instanceof Number n
                    && n.intValue() > 0 ? n : null;
        });
    }

    private String openFromTable() {
        driver.findElement(By.cssSelector("#events tbody tr[data-id] button.open")).click();
        return highlightedSpan();
    }

    private String highlightedSpan() {
        return until(STEP_WAIT, "a highlighted span in the detail", () -> {
            Object text = js("const m = document.querySelector('#detail:not([hidden]) #detail-body mark.span');"
                    + "return m ? m.textContent : null;");
            return text instanceof String s && !s.isBlank() ? s : null;
        });
    }

    /** Opens the submitted report from its claim in the event (the event may also hold other reports' claims). */
    private int[] openReport(String reportId) {
        driver.findElement(By.cssSelector("#detail-body .claim-card .facts dd button.link[data-report='" + reportId + "']")).click();
        Number marks = until(STEP_WAIT, "the report with its claims marked", () -> {
            Object n = js("return document.querySelector('#detail-body .report-text.full') ? "
                    + "document.querySelectorAll('#detail-body .report-text.full mark.span').length : 0;");
            return n instanceof Number m && m.intValue() > 0 ? m : null;
        });
        return new int[] {marks.intValue()};
    }

    private String openFromMap() {
        driver.findElement(By.id("close-detail")).click();
        driver.findElement(By.cssSelector("#views a[data-view=map]")).click();
        waitReady();
        WebElement mark = until(STEP_WAIT, "an event on the map", () -> {
            List<WebElement> found = driver.findElements(By.cssSelector("#map .event-mark, #map .cluster-mark"));
            return found.isEmpty() ? null : found.get(0);
        });
        boolean cluster = mark.getAttribute("class").contains("cluster");
        mark.click();
        if (cluster) {
            until(STEP_WAIT, "the cluster's list", () -> driver.findElements(By.cssSelector("#detail-body button[data-id]")).isEmpty()
                    ? null : Boolean.TRUE);
            driver.findElement(By.cssSelector("#detail-body button[data-id]")).click();
        }
        return highlightedSpan();
    }

    private MapLayer mapLayer() {
        List<String> regions = strings("return [...document.querySelectorAll('#map path.region')]"
                + ".map(p => p.dataset.code + ' ' + p.dataset.name);");
        List<String> under = strings("const m = document.querySelector('#map .event-mark, #map .cluster-mark');"
                + "m.scrollIntoView({block: 'center'}); const r = m.getBoundingClientRect();"
                + "return document.elementsFromPoint(r.left + r.width / 2, r.top + r.height / 2)"
                + ".filter(e => e.matches('path.region')).map(p => p.dataset.name);");
        return new MapLayer(regions, under);
    }

    /** Clicks an export button and reads the file Chromium saved. */
    private List<String> export(String button, String suffix) throws IOException {
        Path downloads = artifacts.resolve("downloads");
        try (var old = Files.list(downloads)) {
            for (Path p : old.toList()) {
                Files.delete(p);
            }
        }
        driver.findElement(By.cssSelector(button)).click();
        Path file = until(STEP_WAIT, "the " + suffix + " download", () -> {
            try (var files = Files.list(downloads)) {
                return files.filter(p -> p.toString().endsWith(suffix)).findFirst().orElse(null);
            } catch (IOException e) {
                return null;
            }
        });
        return Files.readAllLines(file, StandardCharsets.UTF_8);
    }

    /**
     * Sets the "as of" control to a time before the bulletin was stored and applies it: the bulletin's events are
     * absent; then clears the control and applies again: they are back.
     */
    private AsOf asOf(Instant before) {
        String at = before.atOffset(ZoneOffset.UTC).toLocalDateTime().toString();
        setValue("#filters input[name=asOf]", at.length() == 16 ? at + ":00" : at);
        driver.findElement(By.cssSelector("#filters button[type=submit]")).click();
        waitReady();
        String url = driver.getCurrentUrl();
        String note = driver.findElement(By.id("as-of-note")).getText();
        int rowsBefore = eventRows();
        screenshot("events-as-of");
        setValue("#filters input[name=asOf]", "");
        driver.findElement(By.cssSelector("#filters button[type=submit]")).click();
        waitReady();
        return new AsOf(url, rowsBefore, eventRows(), note);
    }

    private int eventRows() {
        return ((Number) js("return document.querySelectorAll('#events tbody tr[data-id]').length;")).intValue();
    }

    /**
     * With an analyst's key, corrects one of the bulletin's claims and its event (joining the follow-up's event into it)
     * through the forms of the detail panel.
     */
    private Corrections correct(String reportId, String followUp, String analystKey) {
        driver.findElement(By.id("close-detail")).click();
        useKey(analystKey);
        driver.findElement(By.cssSelector("#views a[data-view=events]")).click();
        waitReady();
        driver.findElement(By.cssSelector("#events tbody tr[data-id] button.open")).click();
        until(STEP_WAIT, "the bulletin's claim in the event", () -> first("#detail-body .claim-card:has(button.link[data-report='"
                + reportId + "']) h4 button")).click();
        WebElement form = until(STEP_WAIT, "the claim's correction form", () -> first("#detail-body form.correction-form[data-kind=claim]"));
        driver.findElement(By.cssSelector("#detail-body details.correct summary")).click();
        String current = String.valueOf(js("const d = [...document.querySelectorAll('#detail-body .claim-card .facts dt')]"
                + ".find(t => t.textContent === 'Count'); return d ? d.nextElementSibling.textContent : '';"));
        long value = Long.parseLong(current.replaceAll("[^0-9]", "").isEmpty() ? "0" : current.replaceAll("[^0-9]", "")) + 1;
        String why = "The bulletin was misread (workspace check " + Instant.now() + ")";
        form.findElement(By.name("value")).sendKeys(String.valueOf(value));
        String noReason = submitRefused(form, "");
        form.findElement(By.name("value")).clear();
        form.findElement(By.name("reason")).sendKeys(why);
        String noChange = submitRefused(form, noReason);
        form.findElement(By.name("value")).sendKeys(String.valueOf(value));
        form.findElement(By.cssSelector("button[type=submit]")).click();
        WebElement row = until(STEP_WAIT, "the correction beside the reading", () -> {
            WebElement r = first("#detail-body table.compare tr[data-field=value]");
            return r != null && r.getText().contains(why) ? r : null;
        });
        List<WebElement> cells = row.findElements(By.tagName("td"));
        int trail = driver.findElements(By.cssSelector("#detail-body .audit-trail li")).size();
        screenshot("claim-corrected");
        Corrections claim = new Corrections(noReason, noChange, "value", cells.get(0).getText(), cells.get(1).getText(),
                cells.get(2).getText(), cells.get(3).getText(), trail, false, "", 0, 0, "", "", false);
        return correctEvent(claim, followUp);
    }

    /** Sends the form and answers the message it shows, which must be an error other than the one before. */
    private String submitRefused(WebElement form, String before) {
        form.findElement(By.cssSelector("button[type=submit]")).click();
        return until(STEP_WAIT, "the form to refuse", () -> {
            WebElement status = form.findElement(By.cssSelector(".status"));
            String text = status.getText();
            // "Storing…" may still carry the last refusal's error class: only the answer counts.
            return status.getAttribute("class").contains("error") && !text.isBlank() && !text.equals(before) && !text.endsWith("…")
                    ? text + " [" + status.getAttribute("data-status") + "]" : null;
        });
    }

    /**
     * Opens the corrected claim's event from the claim, sends its form without a split or a join (refused), then joins
     * the follow-up's event into it, picked among the form's suggestions, and looks for the join in the event and the
     * audit view.
     */
    private Corrections correctEvent(Corrections claim, String followUp) {
        driver.findElement(By.cssSelector("#detail-body .claim-card button.link[data-event]")).click();
        WebElement form = until(STEP_WAIT, "the event's correction form", () -> first("#detail-body form.correction-form[data-kind=event]"));
        driver.findElement(By.cssSelector("#detail-body details.correct summary")).click();
        String why = "The same attack, told again a day later (workspace check " + Instant.now() + ")";
        form.findElement(By.name("reason")).sendKeys(why);
        String noChange = submitRefused(form, "");
        int before = driver.findElements(By.cssSelector("#detail-body .claim-card")).size();
        WebElement suggestion = until(STEP_WAIT, "the follow-up's event among the events suggested for joining",
                () -> first("#join-candidates option[value='" + followUp + "']"));
        form.findElement(By.name("join")).sendKeys(suggestion.getAttribute("value"));
        form.findElement(By.cssSelector("button[type=submit]")).click();
        String joinTrail = until(STEP_WAIT, "the join in the event's trail", () -> driver.findElements(By.cssSelector("#detail-body .trail li"))
                .stream().map(WebElement::getText).filter(t -> t.contains(why)).findFirst().orElse(null));
        int after = driver.findElements(By.cssSelector("#detail-body .claim-card")).size();
        Matcher joined = Pattern.compile("claim (c-[0-9a-f]+) joined").matcher(joinTrail);
        String joinedBecause = joined.find() ? String.valueOf(js("const d = [...document.querySelectorAll("
                + "'#detail-body .claim-card[data-claim=\"' + arguments[0] + '\"] .facts dt')].find(t => t.textContent === 'Joined because');"
                + "return d ? d.nextElementSibling.textContent : '';", joined.group(1))) : "";
        screenshot("event-correction");
        driver.findElement(By.cssSelector("#views a[data-view=audit]")).click();
        waitReady();
        boolean inAudit = until(STEP_WAIT, "the corrections in the audit view", () ->
                driver.findElements(By.cssSelector("#audit tbody tr")).stream().anyMatch(r -> r.getText().contains(claim.why())) ? Boolean.TRUE : null);
        boolean joinInAudit = driver.findElements(By.cssSelector("#audit tbody tr")).stream().anyMatch(r -> r.getText().contains(why));
        screenshot("audit");
        return new Corrections(claim.noReason(), claim.noChange(), claim.field(), claim.asReceived(), claim.asCorrected(),
                claim.author(), claim.why(), claim.trailEntries(), inAudit, noChange, before, after, joinedBecause, joinTrail, joinInAudit);
    }

    private WebElement first(String css) {
        List<WebElement> found = driver.findElements(By.cssSelector(css));
        return found.isEmpty() ? null : found.get(0);
    }

    private void clearFilters() {
        driver.findElement(By.id("close-detail")).click();
        driver.findElement(By.id("clear-filters")).click();
        driver.findElement(By.cssSelector("#views a[data-view=overview]")).click();
        waitReady();
    }

    private int[] overview() {
        int rows = ((Number) js("return document.querySelectorAll('#tallies tbody .range').length;")).intValue();
        int bars = Integer.parseInt(String.valueOf(js("return document.getElementById('time-chart').dataset.bars || '0';")));
        int multiples = ((Number) js("return document.querySelectorAll('#multiples figure.multiple').length;")).intValue();
        return new int[] {rows, bars, multiples};
    }

    private void waitReady() {
        new WebDriverWait(driver, STEP_WAIT).until(d -> "true".equals(js("return document.body.dataset.ready;")));
    }

    private List<String> foreignResources() {
        return strings("return performance.getEntriesByType('resource').map(e => e.name)"
                + ".filter(n => !n.startsWith(arguments[0]) && !n.startsWith('blob:'));", gateway.resolve("/").toString());
    }

    private void screenshot(String view) {
        try {
            js("window.scrollTo(0, 0); const d = document.getElementById('detail'); if (d) d.scrollTop = 0;");
            Path file = artifacts.resolve("workspace-" + view + ".png");
            Files.copy(((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath(), file, StandardCopyOption.REPLACE_EXISTING);
            screenshots.add(file);
        } catch (IOException | RuntimeException e) {
            System.out.println("[WorkspaceCheck] no screenshot of " + view + ": " + e);
        }
    }

    private <T> T until(Duration wait, String what, java.util.function.Supplier<T> probe) {
        try {
            // The page re-renders a view while it is being read: an element read then is gone, and the probe is asked again.
            return new WebDriverWait(driver, wait, Duration.ofMillis(500)).withMessage("waiting for " + what)
                    .ignoring(StaleElementReferenceException.class).until(d -> probe.get());
        } catch (RuntimeException e) {
            screenshot("failed");
            throw e;
        }
    }

    private Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    @SuppressWarnings("unchecked")
    private List<String> strings(String script, Object... args) {
        return (List<String>) js(script, args);
    }

    @SuppressWarnings("unchecked")
    private List<Long> longs(String script, Object... args) {
        return ((List<Number>) js(script, args)).stream().map(Number::longValue).toList();
    }

    private void setValue(String selector, String value) {
        js("document.querySelector(arguments[0]).value = arguments[1];", selector, value);
    }

    static String fixture() throws IOException {
        try (InputStream in = WorkspaceCheck.class.getResourceAsStream("/workspace/bulletin.txt")) {
            if (in == null) {
                throw new IOException("fixture workspace/bulletin.txt missing from the test classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
