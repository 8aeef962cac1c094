package org.casualtyledger.gateway.client;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import org.casualtyledger.gateway.TestKeys;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What callers see when a backend fails, stalls or is not ready: a problem with Retry-After, never a hang. */
@QuarkusTest
@QuarkusTestResource(value = TroubledBackend.class, restrictToAnnotatedClass = true)
class ResilienceTest {

    /** The first call through a cold client on a busy machine can be slow; make it before the measured ones. */
    @BeforeEach
    void warmUp() {
        given().header("X-API-Key", TestKeys.READER).when().get("/api/v1/claims/c-000000000000000000000404")
                .then().statusCode(404);
    }

    @Test
    void aServerErrorOfTheRequestIsAnsweredOnceWith502AndNoRetryAfter() {
        Response answer = given().header("X-API-Key", TestKeys.READER).header("X-Request-Id", "once-only-1")
                .when().get("/api/v1/tallies");
        assertEquals(502, answer.statusCode());
        assertEquals("application/problem+json", answer.contentType());
        assertEquals("once-only-1", answer.header("X-Request-Id"));
        assertTrue(answer.jsonPath().getString("detail").contains("tally-service failed with HTTP 500"));
        assertEquals(null, answer.header("Retry-After"), "waiting does not mend a request the backend cannot serve");
        assertEquals(List.of("once-only-1"), TroubledBackend.REQUEST_IDS.get("/tallies"), "a deterministic 500 is not retried");
    }

    @Test
    void aReadOfABackendThatIsNotReadyIsRetriedWithTheSameRequestId() {
        given().header("X-API-Key", TestKeys.READER).header("X-Request-Id", "retry-me-1")
                .when().get("/api/v1/events")
                .then().statusCode(503).header("X-Request-Id", "retry-me-1");
        assertEquals(3, requestsWithId("/events", "retry-me-1"));
    }

    @Test
    void aFailingSubmissionIsNotRetried() {
        given().header("X-API-Key", TestKeys.SUBMITTER).header("X-Request-Id", "submit-once-1")
                .contentType("application/json").body("{\"text\":\"busy\"}")
                .when().post("/api/v1/reports")
                .then().statusCode(503).header("Retry-After", "3");
        assertEquals(1, requestsWithId("/reports", "submit-once-1"));
    }

    /**
     * Requests that fail at the backend because of what they carry (a 500 triggered by one input, a 400) say nothing
     * about the backend's health: however many one key sends, another key's valid submissions still go through.
     */
    @Test
    void badRequestsFromOneKeyDoNotPauseSubmissionsForOthers() {
        for (int i = 0; i < 40; i++) {
            String body = i % 4 == 3 ? "{\"text\":\"malformed\"" : "{\"text\":\"poison " + i + "\"}";
            int status = given().header("X-API-Key", TestKeys.SUBMITTER).contentType("application/json").body(body)
                    .when().post("/api/v1/reports").then().extract().statusCode();
            assertEquals(i % 4 == 3 ? 400 : 502, status, "request " + i);
        }
        for (int i = 0; i < 5; i++) {
            given().header("X-API-Key", TestKeys.ADMIN).contentType("application/json").body("{\"text\":\"Two were killed.\"}")
                    .when().post("/api/v1/reports")
                    .then().statusCode(201).body("created", equalTo(true));
        }
    }

    private static long requestsWithId(String path, String requestId) {
        return TroubledBackend.REQUEST_IDS.getOrDefault(path, List.of()).stream().filter(requestId::equals).count();
    }

    @Test
    void aStalledBackendGivesA504InsteadOfAHang() {
        given().header("X-API-Key", TestKeys.READER).when().get("/api/v1/series")
                .then().statusCode(504).contentType("application/problem+json")
                .header("Retry-After", notNullValue())
                .body("detail", containsString("did not answer in time"));
        assertEquals(1, TroubledBackend.hits("/series"), "a timeout is not retried");
    }

    @Test
    void aBackendThatIsNotReadyKeepsItsRetryAfter() {
        given().header("X-API-Key", TestKeys.READER).when().get("/api/v1/events")
                .then().statusCode(503).header("Retry-After", "7").body("status", equalTo(503));
    }

    @Test
    void aBackendProblemFor4xxIsPassedThroughUnchanged() {
        given().header("X-API-Key", TestKeys.READER).when().get("/api/v1/claims/c-000000000000000000000404")
                .then().statusCode(404).contentType("application/problem+json")
                .body("detail", equalTo("no claim c-000000000000000000000404"));
    }

    @Test
    void theCircuitOpensAfterRepeatedFailuresAndSparesTheBackend() {
        String lastDetail = "";
        for (int i = 0; i < 15 && !lastDetail.contains("paused"); i++) {
            Response r = given().header("X-API-Key", TestKeys.ADMIN).when().get("/api/v1/discrepancies");
            lastDetail = r.jsonPath().getString("detail");
        }
        assertTrue(lastDetail.contains("paused"), "expected the breaker to open, last answer: " + lastDetail);
        int hitsWhenOpen = TroubledBackend.hits("/discrepancies");
        given().header("X-API-Key", TestKeys.ADMIN).when().get("/api/v1/discrepancies")
                .then().statusCode(503).header("Retry-After", notNullValue());
        assertEquals(hitsWhenOpen, TroubledBackend.hits("/discrepancies"), "an open circuit makes no call");
    }

    @Test
    void anOpenCircuitLetsATrialCallThroughAfterItsDelayAndClosesWhenTheBackendRecovered() throws InterruptedException {
        TroubledBackend.CLAIMS_DOWN.set(true);
        String lastDetail = "";
        for (int i = 0; i < 15 && !lastDetail.contains("paused"); i++) {
            lastDetail = given().header("X-API-Key", TestKeys.READER).when().get("/api/v1/claims").jsonPath().getString("detail");
        }
        assertTrue(lastDetail.contains("paused"), "expected the breaker to open, last answer: " + lastDetail);
        TroubledBackend.CLAIMS_DOWN.set(false);
        given().header("X-API-Key", TestKeys.READER).when().get("/api/v1/claims")
                .then().statusCode(503).header("Retry-After", notNullValue());
        Thread.sleep(5_500);
        for (int i = 0; i < 3; i++) {
            given().header("X-API-Key", TestKeys.READER).when().get("/api/v1/claims")
                    .then().statusCode(200).body("total", equalTo(0));
        }
    }
}
