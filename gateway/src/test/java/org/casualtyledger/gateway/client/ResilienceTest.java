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
    void aFailingReadIsRetriedWithTheSameRequestIdThenAnsweredWith502() {
        given().header("X-API-Key", TestKeys.READER).header("X-Request-Id", "retry-me-1")
                .when().get("/api/v1/tallies")
                .then().statusCode(502).contentType("application/problem+json")
                .header("Retry-After", notNullValue())
                .header("X-Request-Id", "retry-me-1")
                .body("detail", containsString("tally-service failed with HTTP 500"));
        assertEquals(List.of("retry-me-1", "retry-me-1", "retry-me-1"), TroubledBackend.REQUEST_IDS.get("/tallies"));
    }

    @Test
    void aFailingSubmissionIsNotRetried() {
        given().header("X-API-Key", TestKeys.SUBMITTER).contentType("application/json").body("{\"text\":\"x\"}")
                .when().post("/api/v1/reports")
                .then().statusCode(502).header("Retry-After", notNullValue());
        assertEquals(1, TroubledBackend.hits("/reports"));
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
