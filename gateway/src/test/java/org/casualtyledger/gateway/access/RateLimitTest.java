package org.casualtyledger.gateway.access;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.util.Map;
import org.casualtyledger.gateway.TestKeys;
import org.junit.jupiter.api.Test;

/** A reader may make three calls a minute here; the fourth gets 429 with Retry-After, while other keys go on. */
@QuarkusTest
@TestProfile(RateLimitTest.ThreePerMinute.class)
class RateLimitTest {

    public static class ThreePerMinute implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("ledger.access.rate-limit.reader.requests", "3",
                    "ledger.access.rate-limit.reader.period", "1M");
        }
    }

    @Test
    void theFourthCallInAMinuteIsRefused() {
        for (int i = 0; i < 3; i++) {
            given().header("X-API-Key", TestKeys.READER).when().get("/api/v1/tallies").then().statusCode(503);
        }
        Response refused = given().header("X-API-Key", TestKeys.READER).when().get("/api/v1/tallies");
        assertEquals(429, refused.statusCode());
        assertEquals("application/problem+json", refused.contentType());
        long retryAfter = Long.parseLong(refused.header("Retry-After"));
        assertTrue(retryAfter >= 1 && retryAfter <= 60, "Retry-After " + retryAfter);

        given().header("X-API-Key", TestKeys.ADMIN).when().get("/api/v1/tallies").then().statusCode(503);
        given().when().get("/q/metrics").then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("ledger_gateway_rate_limited_total{role=\"reader\""));
    }

    @Test
    void anUnknownKeyCannotDrainAnyBucket() {
        for (int i = 0; i < 5; i++) {
            given().header("X-API-Key", "guess-" + i).when().get("/api/v1/events").then().statusCode(401)
                    .body("status", equalTo(401));
        }
    }
}
