package org.casualtyledger.ingest.sources;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.casualtyledger.embeddeddb.PostgresTestResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Feeds and pages served by a real HTTP server on localhost, polled into the real database: what is stored, what is
 * asked again, and what each kind of failure leaves behind.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "ingest"))
class SourcePollerTest {
    private static final String RSS = "application/rss+xml";
    private static final String ATOM = "application/atom+xml";
    private static final String HTML = "text/html; charset=utf-8";

    @Inject
    SourcePoller poller;

    FeedServer server;

    @BeforeEach
    void startServer() throws Exception {
        server = new FeedServer();
    }

    @AfterEach
    void stopServerAndSources() {
        server.close();
        for (String name : given().get("/sources").jsonPath().getList("name", String.class)) {
            given().delete("/sources/" + name).then().statusCode(204);
        }
    }

    @Test
    void newItemsBecomeReportsWithClaimsAndTheSecondPollIsConditional() throws Exception {
        server.serve("/feed.xml", RSS, server.fixture("monitor-rss.xml"));
        server.serve("/2026/03/04/hajin-shelling.html", HTML, server.fixture("hajin-shelling.html"));
        server.serve("/2026/03/03/busayrah-checkpoint.html", HTML, server.fixture("busayrah-checkpoint.html"));
        add("rss-monitor", "/feed.xml", "div.entry-content");

        assertTrue(poller.pollNow("rss-monitor"));
        state("rss-monitor").body("itemsSeen", equalTo(2)).body("reportsStored", equalTo(2))
                .body("lastSuccessAt", notNullValue()).body("lastError", nullValue()).body("consecutiveFailures", equalTo(0));
        JsonPath reports = reports("rss-monitor");
        assertEquals(2, reports.getInt("total"));
        assertTrue(reports.getList("items.title", String.class).contains("Shelling kills civilians in Hajin countryside"));
        String hajin = reports.getString("items.find { it.title.startsWith('Shelling') }.id");
        given().get("/reports/" + hajin).then().statusCode(200).body("publishedAt", equalTo("2026-03-04"))
                .body("url", equalTo(server.base() + "/2026/03/04/hajin-shelling.html"))
                .body("text", containsString("7 civilians")).body("text", containsString("were wounded"));
        given().get("/reports/" + hajin + "/claims").then().statusCode(200)
                .body("outcome", hasItems("KILLED", "INJURED"));

        assertTrue(poller.pollNow("rss-monitor"));
        List<FeedServer.Request> feedRequests = server.requestsFor("/feed.xml");
        assertEquals(2, feedRequests.size());
        assertNull(feedRequests.get(0).ifNoneMatch());
        assertNotBlank(feedRequests.get(1).ifNoneMatch());
        assertTrue(feedRequests.get(0).userAgent().startsWith("CasualtyLedger/"), feedRequests.get(0).userAgent());
        assertEquals(1, server.requestsFor("/2026/03/04/hajin-shelling.html").size(), "a known page is not fetched again");
        assertEquals(2, reports("rss-monitor").getInt("total"));
        state("rss-monitor").body("reportsStored", equalTo(2)).body("lastError", nullValue());
    }

    @Test
    void anEditedPageAtAKnownUrlIsRecordedAsChanged() throws Exception {
        server.serve("/valley/raqqa-mine.html", HTML, server.fixture("raqqa-mine.html"));
        server.serve("/valley/maarat-strikes.html", HTML, maaratPage("11 civilians were killed"));
        server.serve("/valley/atom.xml", ATOM, server.fixture("valley-atom.xml", Map.of("maarat-updated", "2026-03-05T07:40:00Z")));
        add("valley-centre", "/valley/atom.xml", null);

        assertTrue(poller.pollNow("valley-centre"));
        state("valley-centre").body("reportsStored", equalTo(2)).body("pagesChanged", equalTo(0));
        String raqqa = reports("valley-centre").getString("items.find { it.title.startsWith('Mine') }.id");
        given().get("/reports/" + raqqa).then().body("text", containsString("4 farm workers were killed"))
                .body("text", org.hamcrest.Matchers.not(containsString("monthly report")));

        server.serve("/valley/maarat-strikes.html", HTML, maaratPage("14 civilians were killed"));
        server.serve("/valley/atom.xml", ATOM, server.fixture("valley-atom.xml", Map.of("maarat-updated", "2026-03-05T12:00:00Z")));
        assertTrue(poller.pollNow("valley-centre"));
        state("valley-centre").body("pagesChanged", equalTo(1)).body("itemsSeen", equalTo(2));
        assertEquals(1, server.requestsFor("/valley/raqqa-mine.html").size(), "an unchanged entry is not fetched again");
        assertTrue(reports("valley-centre").getList("items.id", String.class).stream()
                .anyMatch(id -> given().get("/reports/" + id).jsonPath().getString("text").contains("14 civilians")));
    }

    @Test
    void eachFailureIsRecordedForItsSourceOrItemAndTheOthersGoOn() throws Exception {
        server.serve("/bad.xml", RSS, "<rss version=\"2.0\"><channel><title>Broken</title><item><title>x</item></channel>");
        server.route("/error.xml", exchange -> FeedServer.send(exchange, 500, "text/plain", "internal error"));
        server.route("/slow.xml", exchange -> {
            Thread.sleep(3_000);
            FeedServer.send(exchange, 200, RSS, server.fixture("monitor-rss.xml"));
        });
        server.serve("/huge.xml", RSS, hugeFeed());
        server.route("/loop/a", exchange -> redirect(exchange, "/loop/b"));
        server.route("/loop/b", exchange -> redirect(exchange, "/loop/a"));
        server.serve("/north/feed.xml", RSS, server.fixture("failures-rss.xml"));
        server.serve("/north/statistics.pdf", "application/pdf", "%PDF-1.4 not a bulletin");
        server.serve("/north/azaz-car-bomb.html", HTML, server.fixture("azaz-car-bomb.html"));
        for (String name : List.of("malformed", "server-error", "slow", "huge", "loop")) {
            add(name, Map.of("malformed", "/bad.xml", "server-error", "/error.xml", "slow", "/slow.xml",
                    "huge", "/huge.xml", "loop", "/loop/a").get(name), null);
        }
        add("northern-monitor", "/north/feed.xml", null);

        assertTrue(poller.pollDue());

        state("malformed").body("lastError", containsString("not a readable RSS or Atom feed")).body("lastErrorStatus", nullValue());
        state("server-error").body("lastError", containsString("HTTP 500")).body("lastErrorStatus", equalTo(500));
        state("slow").body("lastError", containsString("timed out"));
        state("huge").body("lastError", containsString("over the limit of 65536 bytes"));
        state("loop").body("lastError", containsString("redirect loop"));
        for (String name : List.of("malformed", "server-error", "slow", "huge", "loop")) {
            state(name).body("consecutiveFailures", equalTo(1)).body("lastSuccessAt", nullValue()).body("reportsStored", equalTo(0));
            assertEquals(0, reports(name).getInt("total"), name);
        }
        JsonPath north = state("northern-monitor").body("lastError", nullValue()).body("reportsStored", equalTo(1))
                .body("itemsSeen", equalTo(3)).extract().jsonPath();
        Map<String, String> itemErrors = new HashMap<>();
        north.getList("itemErrors", Map.class).forEach(e -> itemErrors.put((String) e.get("url"), (String) e.get("error")));
        assertEquals(2, itemErrors.size(), itemErrors.toString());
        assertTrue(itemErrors.get(server.base() + "/north/removed.html").startsWith("HTTP 404"), itemErrors.toString());
        assertTrue(itemErrors.get(server.base() + "/north/statistics.pdf").startsWith("not an HTML page (application/pdf)"));
        assertEquals(1, reports("northern-monitor").getInt("total"));
    }

    @Test
    void backoffGrowsWithEachFailureAndResetsAfterASuccess() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        String feed = server.fixture("failures-rss.xml").replaceAll("(?s)<item>.*</item>", "");
        server.route("/flaky.xml", exchange -> {
            if (calls.incrementAndGet() <= 2) {
                FeedServer.send(exchange, 503, "text/plain", "busy");
            } else {
                FeedServer.send(exchange, 200, RSS, feed);
            }
        });
        add("flaky", "/flaky.xml", null);

        assertTrue(poller.pollNow("flaky"));
        assertEquals(Duration.ofMinutes(2), wait(state("flaky").body("consecutiveFailures", equalTo(1)).extract().jsonPath()));
        assertTrue(poller.pollNow("flaky"));
        assertEquals(Duration.ofMinutes(4), wait(state("flaky").body("consecutiveFailures", equalTo(2))
                .body("lastErrorStatus", equalTo(503)).extract().jsonPath()));
        assertTrue(poller.pollNow("flaky"));
        assertEquals(Duration.ofMinutes(1), wait(state("flaky").body("consecutiveFailures", equalTo(0))
                .body("lastSuccessAt", notNullValue()).extract().jsonPath()));
    }

    @Test
    void aPollCutOffHalfWayStoresNothingTwiceWhenTakenUpAgain() throws Exception {
        CountDownLatch stalled = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        StringBuilder items = new StringBuilder();
        for (int i = 1; i <= 3; i++) {
            String path = "/stall/bulletin-" + i + ".html";
            items.append("<item><title>Bulletin ").append(i).append("</title><link>").append(server.base()).append(path)
                    .append("</link><pubDate>Mon, 02 Mar 2026 0").append(i).append(":00:00 GMT</pubDate></item>");
            String page = "<html><body><article><p>Homs Province - The Monitor documented that " + (i + 2)
                    + " civilians were killed by shelling on the village of Talbiseh " + i + " on Sunday.</p></article></body></html>";
            int number = i;
            server.route(path, exchange -> {
                if (number == 2 && stalled.getCount() > 0) {
                    stalled.countDown();
                    release.await(10, TimeUnit.SECONDS);
                }
                FeedServer.send(exchange, 200, HTML, page);
            });
        }
        server.serve("/stall/feed.xml", RSS, "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Homs</title><link>"
                + server.base() + "</link><description>d</description>" + items + "</channel></rss>");
        add("homs-monitor", "/stall/feed.xml", null);

        Thread firstReplica = new Thread(() -> {
            try {
                poller.pollNow("homs-monitor");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        firstReplica.start();
        assertTrue(stalled.await(10, TimeUnit.SECONDS));
        assertFalse(poller.pollDue(), "another poller must wait while one polls");
        firstReplica.interrupt();
        firstReplica.join(10_000);
        release.countDown();
        assertEquals(1, reports("homs-monitor").getInt("total"), "the poll was cut off after the first bulletin");

        assertTrue(poller.pollNow("homs-monitor"));
        assertEquals(3, reports("homs-monitor").getInt("total"));
        state("homs-monitor").body("reportsStored", equalTo(3)).body("itemsSeen", equalTo(3));
        assertEquals(1, server.requestsFor("/stall/bulletin-1.html").size(), "the stored bulletin is not fetched again");
        assertNull(server.requestsFor("/stall/feed.xml").get(1).ifNoneMatch(), "validators are kept only after a whole feed");
    }

    @Test
    void invalidSettingsAreProblemsNamingTheField() {
        given().contentType(ContentType.JSON).body(Map.of("name", "bad source!", "feedUrl", "ftp://example.org/feed", "pollEvery", "PT10S"))
                .post("/sources").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItems("name", "feedUrl", "pollEvery"));
        add("twice", "/feed.xml", null);
        given().contentType(ContentType.JSON).body(Map.of("name", "twice", "feedUrl", server.base() + "/feed.xml"))
                .post("/sources").then().statusCode(409);
        given().get("/sources/nobody").then().statusCode(404).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body(Map.of("feedUrl", server.base() + "/other.xml", "pollEvery", "PT1H", "enabled", false))
                .put("/sources/twice").then().statusCode(200).body("pollEvery", equalTo("PT1H")).body("enabled", equalTo(false));
    }

    private void add(String name, String path, String bodySelector) {
        Map<String, Object> body = new HashMap<>(Map.of("name", name, "feedUrl", server.base() + path, "pollEvery", "PT1M"));
        if (bodySelector != null) {
            body.put("bodySelector", bodySelector);
        }
        given().contentType(ContentType.JSON).body(body).post("/sources").then().statusCode(201).body("name", equalTo(name));
    }

    private static io.restassured.response.ValidatableResponse state(String name) {
        return given().get("/sources/" + name).then().statusCode(200);
    }

    private static JsonPath reports(String source) {
        return given().queryParam("source", source).get("/reports").then().statusCode(200).extract().jsonPath();
    }

    private static Duration wait(JsonPath state) {
        return Duration.between(Instant.parse(state.getString("lastPollAt")), Instant.parse(state.getString("nextPollAt")));
    }

    private static void redirect(com.sun.net.httpserver.HttpExchange exchange, String to) throws java.io.IOException {
        exchange.getResponseHeaders().add("Location", to);
        exchange.sendResponseHeaders(302, -1);
    }

    private String maaratPage(String toll) {
        return "<html><body><article><p>Idlib Province - The Valley Documentation Centre documented that " + toll
                + " when warplanes struck the market of Maarat al-Numan on Thursday.</p></article></body></html>";
    }

    private String hugeFeed() {
        StringBuilder feed = new StringBuilder("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Huge</title>");
        while (feed.length() < 100_000) {
            feed.append("<item><title>Padding</title><link>").append(server.base()).append("/p</link></item>");
        }
        return feed.append("</channel></rss>").toString();
    }

    private static void assertNotBlank(String value) {
        assertTrue(value != null && !value.isBlank(), "expected a value, got " + value);
    }
}
