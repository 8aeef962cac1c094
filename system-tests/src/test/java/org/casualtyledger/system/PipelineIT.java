package org.casualtyledger.system;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.casualtyledger.system.Stack.Service;
import org.junit.jupiter.api.Test;

/** A bulletin posted at the gateway reaches the tallies, through ingest, the outbox and the ledger, over real HTTP. */
class PipelineIT {
    private final Stack stack = Stack.get();

    @Test
    void aBulletinsFiguresReachTheTalliesThroughTheGateway() {
        String source = "pipeline-" + System.nanoTime();
        JsonPath ingested = given().baseUri(stack.url(Service.GATEWAY))
                .header("X-API-Key", Stack.ADMIN_KEY)
                .contentType(ContentType.JSON)
                .body(Map.of("source", source, "publishedAt", "2019-01-28", "title", "Hajin clashes", "text", Bulletins.HAJIN_CLASHES))
                .when().post("/api/v1/reports")
                .then().statusCode(201).extract().jsonPath();
        List<String> claimIds = ingested.getList("claims.id");
        assertTrue(claimIds.size() >= 4, "the bulletin holds at least four figures: " + claimIds);

        List<Map<String, Object>> ledgerClaims = awaitClaimsInLedger(source, claimIds.size());
        assertEquals(Set.copyOf(claimIds), ledgerClaims.stream().map(c -> (String) c.get("id")).collect(Collectors.toSet()),
                "the ledger holds exactly the claims ingest extracted");

        JsonPath tally = given().baseUri(stack.url(Service.GATEWAY))
                .header("X-API-Key", Stack.ADMIN_KEY)
                .queryParam("source", source).queryParam("outcome", "KILLED").queryParam("groupBy", "group")
                .when().get("/api/v1/tallies")
                .then().statusCode(200).extract().jsonPath();
        Map<String, Object> isis = row(tally, "ISIS");
        assertEquals("both", isis.get("method"), "the incident and the running total are both reported");
        Map<?, ?> incidents = (Map<?, ?>) isis.get("fromEvents");
        Map<?, ?> runningTotal = (Map<?, ?>) isis.get("fromSeries");
        assertEquals(27, ((Number) incidents.get("low")).intValue(), "27 at least: the incident");
        assertEquals(940, ((Number) runningTotal.get("best")).intValue(), "940: the running total, kept apart, not added");
        Map<String, Object> civilians = row(tally, "CIVILIANS");
        assertEquals(14, ((Number) civilians.get("best")).intValue(), "14 civilians, the 5 children not added to them");
    }

    @Test
    void theGatewayRefusesAMissingKey() {
        given().baseUri(stack.url(Service.GATEWAY)).when().get("/api/v1/tallies")
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void everyServiceIsHealthyAndDescribed() {
        for (Service service : Service.values()) {
            given().baseUri(stack.url(service)).when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
            String openapi = service == Service.GATEWAY ? "/api/v1/openapi?format=json" : "/q/openapi?format=json";
            given().baseUri(stack.url(service)).when().get(openapi).then().statusCode(200);
        }
        given().baseUri(stack.url(Service.INGEST)).when().get("/q/metrics").then().statusCode(200);
        given().baseUri(stack.url(Service.TALLY)).when().get("/q/openapi?format=json").then()
                .body("paths.keySet()", hasItem("/tallies"));
    }

    private List<Map<String, Object>> awaitClaimsInLedger(String source, int expected) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (true) {
            List<Map<String, Object>> claims = given().baseUri(stack.url(Service.GATEWAY))
                    .header("X-API-Key", Stack.ADMIN_KEY)
                    .queryParam("source", source).queryParam("size", 500)
                    .when().get("/api/v1/claims")
                    .then().statusCode(200).extract().jsonPath().getList("items");
            if (claims.size() >= expected || Instant.now().isAfter(deadline)) {
                return claims;
            }
            Stack.sleep(300);
        }
    }

    private static Map<String, Object> row(JsonPath tally, String group) {
        List<Map<String, Object>> rows = tally.getList("items");
        return rows.stream().filter(r -> group.equals(((Map<?, ?>) r.get("key")).get("group"))).findFirst()
                .orElseThrow(() -> new AssertionError("no tally row for " + group + " in " + rows));
    }
}
