package org.casualtyledger.system;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.casualtyledger.system.Stack.Service;
import org.junit.jupiter.api.Test;

/**
 * An analyst corrects a claim through the gateway: the tally follows with corrected: true, the claim shows its
 * reading as received beside the correction, signed with the name of the analyst's key, and the audit lists it.
 */
class CorrectionIT {
    private final Stack stack = Stack.get();

    @Test
    void anAnalystsCorrectionReachesTheTallyAndTheAudit() {
        String source = "correction-" + System.nanoTime();
        given().baseUri(stack.url(Service.GATEWAY)).header("X-API-Key", Stack.ADMIN_KEY).contentType(ContentType.JSON)
                .body(Map.of("source", source, "publishedAt", "2019-01-28", "title", "Hajin clashes", "text", Bulletins.HAJIN_CLASHES))
                .when().post("/api/v1/reports").then().statusCode(201);
        Map<String, Object> civilians = awaitCivilians(source);
        assertEquals(14, ((Number) ((Map<?, ?>) civilians.get("count")).get("value")).intValue());
        String claimId = (String) civilians.get("id");

        given().baseUri(stack.url(Service.GATEWAY)).header("X-API-Key", Stack.ANALYST_KEY).header("X-Correction-Author", "Mallory")
                .contentType(ContentType.JSON).body(Map.of("reason", "The monitor's later bulletin says 16 civilians", "value", 16))
                .when().post("/api/v1/claims/" + claimId + "/corrections")
                .then().statusCode(201).body("author", org.hamcrest.Matchers.equalTo(Stack.ANALYST_NAME));

        JsonPath tally = given().baseUri(stack.url(Service.GATEWAY)).header("X-API-Key", Stack.ANALYST_KEY)
                .queryParam("source", source).queryParam("outcome", "KILLED").queryParam("groupBy", "group")
                .when().get("/api/v1/tallies").then().statusCode(200).extract().jsonPath();
        Map<String, Object> row = tally.<Map<String, Object>>getList("items").stream()
                .filter(r -> "CIVILIANS".equals(((Map<?, ?>) r.get("key")).get("group"))).findFirst().orElseThrow();
        assertEquals(16, ((Number) row.get("best")).intValue(), "the tally counts the corrected reading");
        assertEquals(true, row.get("corrected"));

        JsonPath claim = given().baseUri(stack.url(Service.GATEWAY)).header("X-API-Key", Stack.ANALYST_KEY)
                .when().get("/api/v1/claims/" + claimId).then().statusCode(200).extract().jsonPath();
        assertEquals(16, claim.getInt("count.value"));
        assertEquals(14, claim.getInt("original.count.value"), "the reading as received stays visible");

        List<Map<String, Object>> audit = given().baseUri(stack.url(Service.GATEWAY)).header("X-API-Key", Stack.ANALYST_KEY)
                .queryParam("source", source).when().get("/api/v1/audit").then().statusCode(200).extract().jsonPath().getList("items");
        assertEquals(List.of("correction", "revision"), audit.stream().map(e -> e.get("kind")).toList(), audit.toString());
        assertEquals(Stack.ANALYST_NAME, audit.get(0).get("author"));
        given().baseUri(stack.url(Service.GATEWAY)).header("X-API-Key", Stack.ADMIN_KEY).header("Accept", "text/csv")
                .queryParam("source", source).when().get("/api/v1/audit").then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("correction," + Stack.ANALYST_NAME + "," + source + "," + claimId));
    }

    private Map<String, Object> awaitCivilians(String source) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (true) {
            List<Map<String, Object>> claims = given().baseUri(stack.url(Service.GATEWAY)).header("X-API-Key", Stack.ADMIN_KEY)
                    .queryParam("source", source).queryParam("group", "CIVILIANS").queryParam("size", 500)
                    .when().get("/api/v1/claims").then().statusCode(200).extract().jsonPath().getList("items");
            var top = claims.stream().filter(c -> c.get("parentId") == null && c.get("restates") == null).findFirst();
            if (top.isPresent()) {
                return top.get();
            }
            assertTrue(Instant.now().isBefore(deadline), "the civilians' claim did not reach the ledger: " + claims);
            Stack.sleep(300);
        }
    }
}
