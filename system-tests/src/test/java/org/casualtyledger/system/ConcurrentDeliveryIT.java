package org.casualtyledger.system;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.casualtyledger.system.Stack.Service;
import org.junit.jupiter.api.Test;

/**
 * Many clients at once, with reports revised and retracted right after they are stored: the outbox delivers several
 * rounds at once, and still every report's changes reach the ledger in the order they were made. The ledger ends up
 * holding exactly the claims of each report's last reading, none of a retracted report, and none twice.
 */
class ConcurrentDeliveryIT {
    private static final int REPORTS = 36;
    private static final int CLIENTS = 6;
    private static final String REVISED = "On 2019-01-29 the monitor documented that 3 civilians were killed in shelling on Hajin.";

    private final Stack stack = Stack.get();
    private final String source = "concurrent-" + System.nanoTime();

    @Test
    void eachReportsChangesReachTheLedgerInOrderWhileRoundsOverlap() throws Exception {
        Map<Integer, Set<String>> expected = new ConcurrentHashMap<>();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        List<Future<?>> posts = new ArrayList<>();
        for (int n = 0; n < REPORTS; n++) {
            int number = n;
            posts.add(clients.submit(() -> expected.put(number, storeAndChange(number))));
        }
        for (Future<?> post : posts) {
            post.get();
        }
        clients.shutdown();
        awaitOutboxDrained();

        Set<String> wanted = new HashSet<>();
        expected.values().forEach(wanted::addAll);
        List<Map<String, Object>> listed = given().baseUri(stack.url(Service.GATEWAY))
                .header("X-API-Key", Stack.ADMIN_KEY)
                .queryParam("source", source).queryParam("size", 500)
                .when().get("/api/v1/claims")
                .then().statusCode(200).extract().jsonPath().getList("items");
        List<String> ids = listed.stream().map(c -> (String) c.get("id")).toList();
        assertEquals(ids.size(), Set.copyOf(ids).size(), "no claim is listed twice");
        assertEquals(wanted, Set.copyOf(ids),
                "the ledger holds each kept report's claims, a revised report's new claims only, no retracted report's");
    }

    /**
     * Stores a report; a third of them are then retracted, a third revised with a text of one figure. The claim ids
     * the ledger should hold for it in the end.
     */
    private Set<String> storeAndChange(int number) {
        String url = "https://example.org/concurrent/" + number;
        Map<String, Object> stored = post(url, Bulletins.HAJIN_CLASHES + "\n\nBulletin " + number + ".");
        @SuppressWarnings("unchecked")
        List<String> claims = ((List<Map<String, Object>>) stored.get("claims")).stream().map(c -> (String) c.get("id")).toList();
        assertTrue(claims.size() >= 4, "the bulletin holds at least four figures: " + claims);
        switch (number % 3) {
            case 0 -> {
                given().baseUri(stack.url(Service.GATEWAY)).header("X-API-Key", Stack.ADMIN_KEY)
                        .when().delete("/api/v1/reports/" + reportId(stored))
                        .then().statusCode(200);
                return Set.of();
            }
            case 1 -> {
                Map<String, Object> revised = post(url, REVISED + " Bulletin " + number + ".");
                @SuppressWarnings("unchecked")
                List<Map<String, Object>> now = (List<Map<String, Object>>) revised.get("claims");
                assertEquals(reportId(stored), reportId(revised), "a new text under the same url is a revision");
                return new HashSet<>(now.stream().map(c -> (String) c.get("id")).toList());
            }
            default -> {
                return Set.copyOf(claims);
            }
        }
    }

    private static Object reportId(Map<String, Object> ingested) {
        return ((Map<?, ?>) ingested.get("report")).get("id");
    }

    private Map<String, Object> post(String url, String text) {
        Map<String, Object> body = new HashMap<>(Map.of("source", source, "url", url, "publishedAt", "2019-01-28", "text", text));
        return given().baseUri(stack.url(Service.GATEWAY)).header("X-API-Key", Stack.ADMIN_KEY)
                .contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/reports")
                .then().statusCode(201).extract().jsonPath().getMap("");
    }

    private void awaitOutboxDrained() {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
        while (true) {
            int pending = given().baseUri(stack.url(Service.INGEST)).when().get("/outbox")
                    .then().statusCode(200).extract().jsonPath().getInt("pending");
            if (pending == 0) {
                return;
            }
            assertTrue(Instant.now().isBefore(deadline), pending + " outbox entries still pending after 120 s");
            Stack.sleep(300);
        }
    }
}
