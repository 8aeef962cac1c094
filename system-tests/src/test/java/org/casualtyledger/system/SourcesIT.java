package org.casualtyledger.system;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.casualtyledger.system.Stack.Service;
import org.junit.jupiter.api.Test;

/**
 * A source added through the gateway is polled on its schedule, and its bulletins reach the tallies with no one
 * posting them: a real HTTP server in the test serves the monitor's RSS feed and its pages.
 */
class SourcesIT {
    private static final List<String> PAGES = List.of("/2019/02/11/shafah-shelling.html", "/2019/02/10/busayrah-clashes.html");

    private final Stack stack = Stack.get();
    private final List<String> served = new CopyOnWriteArrayList<>();

    @Test
    void aSourceAddedThroughTheGatewayFeedsTheTallies() throws IOException {
        HttpServer monitor = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        monitor.createContext("/", this::serve);
        monitor.start();
        try {
            String name = "valley-monitor-" + System.nanoTime();
            String feed = "http://127.0.0.1:" + monitor.getAddress().getPort() + "/feed.xml";
            gateway().contentType(ContentType.JSON)
                    .body(Map.of("name", name, "feedUrl", feed, "language", "en", "pollEvery", "PT1M", "bodySelector", "div.entry-content"))
                    .post("/api/v1/sources").then().statusCode(201);

            Map<String, Number> killed = awaitTallies(name);

            assertEquals(7, killed.get("CIVILIANS").intValue(), "7 civilians killed in Al-Shafah, the 3 children not added");
            assertEquals(12, killed.get("ISIS").intValue(), "at least 12 members of ISIS near Al-Busayrah");
            assertTrue(served.containsAll(PAGES), "the poller fetched both pages: " + served);
            gateway().get("/api/v1/sources/" + name).then().statusCode(200)
                    .body("reportsStored", org.hamcrest.Matchers.equalTo(2)).body("lastSuccessAt", org.hamcrest.Matchers.notNullValue());
            gateway().queryParam("source", name).get("/api/v1/reports").then().statusCode(200)
                    .body("total", org.hamcrest.Matchers.equalTo(2));
            gateway().delete("/api/v1/sources/" + name).then().statusCode(204);
        } finally {
            monitor.stop(0);
        }
    }

    /** The lower bounds of the source's KILLED tallies from events, by group, once both bulletins are in (the poller ticks every 30 s). */
    private Map<String, Number> awaitTallies(String source) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
        while (true) {
            List<Map<String, Object>> rows = gateway().queryParam("source", source).queryParam("outcome", "KILLED")
                    .queryParam("groupBy", "group").get("/api/v1/tallies").then().statusCode(200).extract().jsonPath().getList("items");
            Map<String, Number> best = new java.util.HashMap<>();
            rows.forEach(row -> best.put((String) ((Map<?, ?>) row.get("key")).get("group"),
                    (Number) ((Map<?, ?>) row.get("fromEvents")).get("low")));
            if (best.containsKey("CIVILIANS") && best.containsKey("ISIS") || Instant.now().isAfter(deadline)) {
                assertTrue(best.containsKey("CIVILIANS") && best.containsKey("ISIS"), "the bulletins reach the tallies: " + rows);
                return best;
            }
            Stack.sleep(500);
        }
    }

    private void serve(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        served.add(path);
        String base = "http://127.0.0.1:" + exchange.getLocalAddress().getPort();
        String file = path.equals("/feed.xml") ? "valley-monitor-rss.xml" : PAGES.contains(path) ? path.substring(path.lastIndexOf('/') + 1) : null;
        byte[] body = file == null ? "not found".getBytes(StandardCharsets.UTF_8) : fixture(file).replace("{base}", base).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", file == null ? "text/plain"
                : file.endsWith(".xml") ? "application/rss+xml; charset=utf-8" : "text/html; charset=utf-8");
        exchange.sendResponseHeaders(file == null ? 404 : 200, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }

    private static String fixture(String name) {
        try (InputStream in = SourcesIT.class.getResourceAsStream("/feed/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private io.restassured.specification.RequestSpecification gateway() {
        return given().baseUri(stack.url(Service.GATEWAY)).header("X-API-Key", Stack.ADMIN_KEY);
    }
}
