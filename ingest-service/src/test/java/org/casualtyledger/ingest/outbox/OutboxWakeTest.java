package org.casualtyledger.ingest.outbox;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.casualtyledger.embeddeddb.PostgresTestResource;
import org.junit.jupiter.api.Test;

/**
 * A stored report wakes the outbox worker as its transaction commits: a delivery round starts without waiting for the
 * poll (an hour here, and no scheduler). tally-service is unreachable, so the round fails over real HTTP, notes the
 * error on the entry and leaves it pending: nothing is lost.
 */
@QuarkusTest
@TestProfile(OutboxWakeTest.WakeOnWrite.class)
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "ingest"))
class OutboxWakeTest {

    public static class WakeOnWrite implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("ledger.outbox.wake-on-write", "true");
        }
    }

    @Test
    void aStoredReportStartsADeliveryRoundAtOnce() {
        given().contentType(ContentType.JSON)
                .body(Map.of("source", "outbox-wake", "publishedAt", "2019-02-02",
                        "text", "The monitor documented that 6 civilians were killed in shelling on Hajin."))
                .when().post("/reports").then().statusCode(201);
        JsonPath status = awaitAttempt(Duration.ofSeconds(60));
        assertNotNull(status.getString("lastError"), "a round tried to deliver the entry: " + status.prettify());
        assertEquals(1, status.getInt("pending"), "the entry stays pending while tally-service is unreachable");
    }

    private static JsonPath awaitAttempt(Duration within) {
        Instant deadline = Instant.now().plus(within);
        while (true) {
            JsonPath status = given().when().get("/outbox").then().statusCode(200).extract().jsonPath();
            if (status.getString("lastError") != null) {
                return status;
            }
            assertTrue(Instant.now().isBefore(deadline), "no delivery round ran after the report was stored");
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
