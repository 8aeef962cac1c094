package org.casualtyledger.gateway.trace;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

import io.quarkus.test.junit.QuarkusTest;
import org.casualtyledger.gateway.TestKeys;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RequestIdTest {

    @Test
    void aGivenIdIsReturned() {
        given().header("X-Request-Id", "client-chosen-42").header("X-API-Key", TestKeys.READER)
                .when().get("/api/v1/tallies")
                .then().header("X-Request-Id", equalTo("client-chosen-42"));
    }

    @Test
    void anIdIsMadeWhenNoneOrAnUnsafeOneIsGiven() {
        given().when().get("/api/v1/tallies")
                .then().statusCode(401).header("X-Request-Id", matchesPattern("[0-9a-f]{32}"));
        given().header("X-Request-Id", "bad id\nwith a line break").when().get("/q/health/live")
                .then().header("X-Request-Id", matchesPattern("[0-9a-f]{32}"));
    }
}
