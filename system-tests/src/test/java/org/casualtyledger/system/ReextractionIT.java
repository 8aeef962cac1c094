package org.casualtyledger.system;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
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

/** A re-extraction started and followed through the gateway, over the real stack: unchanged claims stay as they are in the ledger. */
class ReextractionIT {
    private final Stack stack = Stack.get();

    @Test
    void aReextractionThroughTheGatewayReadsTheSourcesReportsAgain() {
        String source = "reextract-" + System.nanoTime();
        String version = gateway().contentType(ContentType.JSON)
                .body(Map.of("source", source, "publishedAt", "2019-01-28", "title", "Hajin clashes", "text", Bulletins.HAJIN_CLASHES))
                .post("/api/v1/reports").then().statusCode(201).extract().path("report.extractorVersion");
        List<Map<String, Object>> before = awaitLedgerClaims(source);
        assertTrue(before.stream().allMatch(c -> version.equals(c.get("extractorVersion"))),
                "every claim in the ledger names the extractor that read it: " + before);

        String location = gateway().contentType(ContentType.JSON).body(Map.of("source", source))
                .post("/api/v1/reports/reextract").then().statusCode(202)
                .body("total", equalTo(1)).header("Location", containsString("/api/v1/reextractions/"))
                .extract().header("Location");
        JsonPath job = awaitFinished(location.substring(location.indexOf("/api/v1/")));

        assertEquals(1, job.getInt("done"));
        assertEquals(0, job.getInt("failed"));
        assertEquals(0, job.getInt("changed"), "the same extractor reads the same claims: nothing changes downstream");
        gateway().get("/api/v1/reextractions").then().statusCode(200).body("[0].id", equalTo(job.getInt("id")));
        assertEquals(before, awaitLedgerClaims(source), "the ledger's claims are as they were");
        given().baseUri(stack.url(Service.GATEWAY)).contentType(ContentType.JSON).body("{}")
                .post("/api/v1/reports/reextract").then().statusCode(401).contentType("application/problem+json");
    }

    private io.restassured.specification.RequestSpecification gateway() {
        return given().baseUri(stack.url(Service.GATEWAY)).header("X-API-Key", Stack.ADMIN_KEY);
    }

    private JsonPath awaitFinished(String path) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (true) {
            JsonPath job = gateway().get(path).then().statusCode(200).extract().jsonPath();
            if ("FINISHED".equals(job.getString("state")) || Instant.now().isAfter(deadline)) {
                assertEquals("FINISHED", job.getString("state"), job.prettify());
                return job;
            }
            Stack.sleep(300);
        }
    }

    private List<Map<String, Object>> awaitLedgerClaims(String source) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (true) {
            List<Map<String, Object>> claims = gateway().queryParam("source", source).queryParam("size", 500)
                    .get("/api/v1/claims").then().statusCode(200).extract().jsonPath().getList("items");
            if (!claims.isEmpty() || Instant.now().isAfter(deadline)) {
                assertTrue(!claims.isEmpty(), "the claims reach the ledger");
                return claims;
            }
            Stack.sleep(300);
        }
    }
}
