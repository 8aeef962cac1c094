package org.casualtyledger.gateway.input;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.casualtyledger.gateway.TestKeys;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Requests an attacker would send, with the gateway alone (its backends on a closed port): each gets its 4xx
 * problem, keys are checked before anything else, and nothing is logged with a stack trace.
 */
@QuarkusTest
@TestProfile(HostileRequestsTest.FailedChecksPerHour.class)
class HostileRequestsTest {

    /** 20 failed key checks an hour: the bucket refills one check every 3 minutes, never within the test on a busy machine. */
    public static class FailedChecksPerHour implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("ledger.access.failed-key-checks.period", "1H");
        }
    }

    private static final String PROBLEM = "application/problem+json";
    private final List<LogRecord> records = new CopyOnWriteArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            records.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void listen() {
        Logger.getLogger("").addHandler(capture);
    }

    @AfterEach
    void noStackTraces() {
        Logger.getLogger("").removeHandler(capture);
        for (LogRecord record : records) {
            assertEquals(null, record.getThrown(), "logged with a stack trace: " + record.getMessage());
        }
    }

    @Test
    void keysAreCheckedBeforeTheMediaTypes() {
        given().contentType("garbage").body("x".getBytes(java.nio.charset.StandardCharsets.UTF_8)).when().post("/api/v1/reports")
                .then().statusCode(401).contentType(PROBLEM);
        given().header("Accept", "garbage").when().get("/api/v1/tallies")
                .then().statusCode(401).contentType(PROBLEM);
        given().header("X-API-Key", TestKeys.READER).contentType("garbage").body("x".getBytes(java.nio.charset.StandardCharsets.UTF_8)).when().post("/api/v1/reports")
                .then().statusCode(403).contentType(PROBLEM);
        given().header("X-API-Key", TestKeys.SUBMITTER).contentType("garbage").body("x".getBytes(java.nio.charset.StandardCharsets.UTF_8)).when().post("/api/v1/reports")
                .then().statusCode(415).contentType(PROBLEM).body("detail", containsString("garbage"));
        given().header("X-API-Key", TestKeys.SUBMITTER).contentType("application/xml").body("<x/>").when().post("/api/v1/reports")
                .then().statusCode(415).contentType(PROBLEM);
        given().header("X-API-Key", TestKeys.READER).header("Accept", "garbage").when().get("/api/v1/tallies")
                .then().statusCode(406).contentType(PROBLEM);
    }

    @Test
    void nulAndBrokenUtf8InParametersAre400ProblemsNamingTheParameter() {
        expectInvalid("/api/v1/tallies?source=a%00b", "source", "NUL");
        expectInvalid("/api/v1/claims?reportId=%ED%A0%80", "reportId", "UTF-8");
        expectInvalid("/api/v1/claims/c-%00", "id", "NUL");
        expectInvalid("/api/v1/reports/r-%ED%A0%80/claims", "id", "UTF-8");
        expectInvalid("/api/v1/events?location=%C3", "location", "UTF-8");
        given().urlEncodingEnabled(false).header("X-API-Key", TestKeys.READER).when().get("/api/v1/tallies?location=Caf%C3%A9")
                .then().statusCode(503);
    }

    private static void expectInvalid(String url, String parameter, String reason) {
        given().urlEncodingEnabled(false).header("X-API-Key", TestKeys.ADMIN).when().get(url)
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo(parameter))
                .body("detail", containsString(reason));
    }

    @Test
    void aLongUrlAndLargeHeadersGetProblems() {
        given().header("X-API-Key", TestKeys.READER).queryParam("source", "a".repeat(5_000)).when().get("/api/v1/tallies")
                .then().statusCode(414).contentType(PROBLEM).body("status", equalTo(414));
        given().header("X-API-Key", TestKeys.READER).header("X-Padding", "a".repeat(30_000)).when().get("/api/v1/tallies")
                .then().statusCode(431).contentType(PROBLEM).body("status", equalTo(431));
    }

    /** One client address guessing keys is held back; the others are not, and neither is its own budget refilled early. */
    @Test
    void failedKeyChecksAreLimitedPerClientAddress() {
        String guesser = "203.0.113.77";
        int refused = 0;
        Response last = null;
        for (int i = 0; i < 500 && refused == 0; i++) {
            last = given().header("X-Forwarded-For", guesser).header("X-API-Key", "guess-" + i).when().get("/api/v1/tallies");
            if (last.statusCode() == 429) {
                refused = i;
            } else {
                assertEquals(401, last.statusCode());
            }
        }
        assertEquals(20, refused, "the configured 20 failed checks per period, then 429");
        assertEquals(PROBLEM, last.contentType());
        long retryAfter = Long.parseLong(last.header("Retry-After"));
        assertTrue(retryAfter >= 1 && retryAfter <= 3600, "Retry-After " + retryAfter);
        given().header("X-Forwarded-For", guesser).header("X-API-Key", TestKeys.READER).when().get("/api/v1/tallies")
                .then().statusCode(429);
        given().header("X-Forwarded-For", "203.0.113.78").header("X-API-Key", TestKeys.READER).when().get("/api/v1/tallies")
                .then().statusCode(503);
    }
}
