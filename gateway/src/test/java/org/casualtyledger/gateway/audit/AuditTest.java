package org.casualtyledger.gateway.audit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.casualtyledger.gateway.TestKeys;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Corrections carry the name of the key that made them, whatever the caller sends; the audit trail merges
 * tally's corrections and ingest's revisions newest first, as JSON or CSV.
 */
@QuarkusTest
@QuarkusTestResource(value = LedgerBackend.class, restrictToAnnotatedClass = true)
class AuditTest {

    @BeforeEach
    void forget() {
        LedgerBackend.REQUESTS.clear();
    }

    @Test
    void aCorrectionIsSignedWithTheKeysNameNeverTheCallers() {
        given().header("X-API-Key", TestKeys.ANALYST).header("X-Correction-Author", "Mallory")
                .contentType("application/json").body("{\"reason\":\"about 35\",\"value\":35}")
                .when().post("/api/v1/claims/c-0123456789abcdef01234567/corrections")
                .then().statusCode(201);
        assertTrue(LedgerBackend.REQUESTS.contains(
                "POST /claims/c-0123456789abcdef01234567/corrections author=Alice%20Analyst"), LedgerBackend.REQUESTS.toString());
        given().header("X-API-Key", TestKeys.ADMIN).contentType("application/json").body("{\"reason\":\"split\",\"split\":\"c-1\"}")
                .when().post("/api/v1/events/e-0123456789abcdef01234567/corrections")
                .then().statusCode(201);
        assertTrue(LedgerBackend.REQUESTS.stream().anyMatch(r -> r.startsWith("POST /events/e-0123456789abcdef01234567/corrections author=key%20")),
                "an unnamed key signs with its digest prefix: " + LedgerBackend.REQUESTS);
    }

    @Test
    void readersAndSubmittersMayNotCorrect() {
        for (String key : new String[] {TestKeys.READER, TestKeys.SUBMITTER}) {
            given().header("X-API-Key", key).contentType("application/json").body("{\"reason\":\"x\",\"value\":1}")
                    .when().post("/api/v1/claims/c-0123456789abcdef01234567/corrections")
                    .then().statusCode(403).body("detail", containsString("analyst"));
        }
        given().header("X-API-Key", TestKeys.ANALYST).contentType("text/plain").body("Two people were killed.")
                .when().post("/api/v1/reports?source=TEST")
                .then().statusCode(403).body("detail", containsString("submitter"));
        given().header("X-API-Key", TestKeys.ANALYST).when().get("/api/v1/corrections?state=orphaned").then().statusCode(200);
        assertTrue(LedgerBackend.REQUESTS.stream().noneMatch(r -> r.startsWith("POST")), LedgerBackend.REQUESTS.toString());
    }

    @Test
    void theTrailMergesCorrectionsAndRevisionsNewestFirst() {
        given().header("X-API-Key", TestKeys.READER).queryParam("size", "3").when().get("/api/v1/audit")
                .then().statusCode(200).body("total", equalTo(4)).body("items.size()", equalTo(3))
                .body("items.kind", equalTo(java.util.List.of("correction", "revision", "correction")))
                .body("items[0].author", equalTo("Alice Analyst")).body("items[0].what", equalTo("REJECTION SAME_INCIDENT as c-1"))
                .body("items[1].what", startsWith("revision 2 received: 3 claims")).body("items[2].what", equalTo("CHANGE value=35, qualifier=ABOUT"));
        given().header("X-API-Key", TestKeys.READER).queryParam("size", "3").queryParam("page", "1").when().get("/api/v1/audit")
                .then().statusCode(200).body("items.size()", equalTo(1)).body("items[0].subject", equalTo("r-1"))
                .body("items[0].state", equalTo("SUPERSEDED"));
        assertTrue(LedgerBackend.REQUESTS.contains("GET /corrections?size=6&page=0 author=null"), LedgerBackend.REQUESTS.toString());
    }

    @Test
    void asOfIsAskedOfBothHalvesOfTheTrail() {
        given().header("X-API-Key", TestKeys.READER).queryParam("asOf", "2026-12-04T12:00:00Z").when().get("/api/v1/audit")
                .then().statusCode(200);
        for (String half : new String[] {"GET /corrections?", "GET /revisions?"}) {
            assertTrue(LedgerBackend.REQUESTS.stream().anyMatch(r -> r.startsWith(half) && r.contains("asOf=2026-12-04T12")),
                    half + " " + LedgerBackend.REQUESTS);
        }
    }

    @Test
    void anAuthorFilterAsksOnlyForCorrectionsAndCsvQuotes() {
        String csv = given().header("X-API-Key", TestKeys.READER).header("Accept", "text/csv").queryParam("author", "Alice Analyst")
                .when().get("/api/v1/audit").then().statusCode(200).contentType(startsWith("text/csv")).extract().asString();
        assertTrue(csv.startsWith("at,kind,author,source,subject,what,why,state\r\n"), csv);
        assertTrue(csv.contains("\"repeats c-1, \"\"verbatim\"\"\""), csv);
        assertTrue(LedgerBackend.REQUESTS.stream().noneMatch(r -> r.contains("/revisions")), LedgerBackend.REQUESTS.toString());
        assertTrue(LedgerBackend.REQUESTS.stream().anyMatch(r -> r.contains("author=Alice+Analyst") || r.contains("author=Alice%20Analyst")),
                LedgerBackend.REQUESTS.toString());
    }

    @Test
    void badFiltersAreProblemsNamingThem() {
        given().header("X-API-Key", TestKeys.READER).queryParam("kind", "deletion").when().get("/api/v1/audit")
                .then().statusCode(400).body("detail", startsWith("kind"));
        given().header("X-API-Key", TestKeys.READER).queryParam("page", "500").when().get("/api/v1/audit")
                .then().statusCode(400).body("detail", startsWith("page"));
    }
}
