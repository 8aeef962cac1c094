package org.casualtyledger.ingest.outbox;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.vertx.RunOnVertxContext;
import io.quarkus.test.vertx.UniAsserter;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import org.casualtyledger.embeddeddb.PostgresTestResource;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** With tally-service unreachable nothing is lost: entries stay pending, in order, with the error noted. */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "ingest"))
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OutboxDeliveryTest {

    @Inject
    OutboxDelivery delivery;

    @Test
    @Order(1)
    void storesTheBatchInTheOutbox() {
        given().contentType(ContentType.JSON)
                .body(Map.of("source", "outbox-test", "publishedAt", "2019-02-02",
                        "text", "The monitor documented that 6 civilians were killed in shelling on Hajin."))
                .when().post("/reports").then().statusCode(201);
        given().when().get("/outbox").then().statusCode(200).body("pending", greaterThanOrEqualTo(1));
    }

    @Test
    @Order(2)
    @RunOnVertxContext
    void deliversNothingWhileTallyIsUnreachable(UniAsserter asserter) {
        asserter.assertEquals(() -> delivery.deliverPending(), 0);
        asserter.assertTrue(() -> delivery.backlog().map(pending -> pending >= 1));
    }

    @Test
    @Order(3)
    void keepsTheEntryPendingWithItsError() {
        given().when().get("/outbox").then().statusCode(200)
                .body("pending", greaterThanOrEqualTo(1))
                .body("refused", equalTo(0))
                .body("oldestPending", notNullValue())
                .body("lastError", notNullValue());
    }

    @Test
    void backsOffByDoublingUpToTheMaximum() {
        assertEquals(Duration.ofSeconds(1), delivery.backoff(1));
        assertEquals(Duration.ofSeconds(4), delivery.backoff(3));
        assertEquals(Duration.ofSeconds(60), delivery.backoff(12));
        assertEquals(Duration.ofSeconds(60), delivery.backoff(500));
    }
}
