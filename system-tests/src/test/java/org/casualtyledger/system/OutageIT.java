package org.casualtyledger.system;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.casualtyledger.system.Stack.Service;
import org.junit.jupiter.api.Test;

/**
 * tally-service is killed while reports keep arriving, then started again: every claim must end up in the
 * ledger exactly once.
 */
class OutageIT {
    private static final int REPORTS_BEFORE = 5;
    private static final int REPORTS_DURING = 20;
    private final Stack stack = Stack.get();

    @Test
    void everyClaimIsDeliveredExactlyOnceAcrossATallyOutage() throws Exception {
        String source = "outage-" + System.nanoTime();
        List<String> claimIds = new ArrayList<>();
        for (int i = 0; i < REPORTS_BEFORE; i++) {
            claimIds.addAll(ingest(source, i));
        }

        ExecutorService writer = Executors.newSingleThreadExecutor();
        try {
            Future<List<String>> during = writer.submit(() -> {
                List<String> ids = new ArrayList<>();
                for (int i = REPORTS_BEFORE; i < REPORTS_BEFORE + REPORTS_DURING; i++) {
                    ids.addAll(ingest(source, i));
                }
                return ids;
            });
            stack.kill(Service.TALLY);
            assertFalse(stack.answers(Service.TALLY, "/q/health/live"), "tally-service is down");
            claimIds.addAll(during.get());
        } finally {
            writer.shutdown();
        }
        Stack.sleep(2000);
        stack.start(Service.TALLY);

        List<String> ledger = awaitLedger(source, claimIds.size());
        assertEquals(claimIds.size(), ledger.size(), "as many claims in the ledger as were extracted");
        Set<String> unique = new HashSet<>(ledger);
        assertEquals(ledger.size(), unique.size(), "no claim twice");
        assertEquals(new HashSet<>(claimIds), unique, "exactly the claims extracted");
    }

    private List<String> ingest(String source, int n) {
        return given().baseUri(stack.url(Service.INGEST))
                .contentType(ContentType.JSON)
                .body(Map.of("source", source, "publishedAt", "2019-03-28", "text", Bulletins.shellingReport(n)))
                .when().post("/reports")
                .then().statusCode(201).extract().jsonPath().getList("claims.id");
    }

    private List<String> awaitLedger(String source, int expected) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        List<String> ids = List.of();
        while (Instant.now().isBefore(deadline)) {
            if (stack.answers(Service.TALLY, "/q/health/ready")) {
                ids = given().baseUri(stack.url(Service.TALLY))
                        .queryParam("source", source).queryParam("size", 500)
                        .when().get("/claims")
                        .then().statusCode(200).extract().jsonPath().getList("items.id");
                if (ids.size() >= expected) {
                    Stack.sleep(1500);
                    return given().baseUri(stack.url(Service.TALLY))
                            .queryParam("source", source).queryParam("size", 500)
                            .when().get("/claims").then().statusCode(200).extract().jsonPath().getList("items.id");
                }
            }
            Stack.sleep(500);
        }
        return ids;
    }
}
