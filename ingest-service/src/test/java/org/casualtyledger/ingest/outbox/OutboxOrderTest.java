package org.casualtyledger.ingest.outbox;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.vertx.RunOnVertxContext;
import io.quarkus.test.vertx.UniAsserter;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.casualtyledger.embeddeddb.PostgresTestResource;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * A round takes a report's entry only while none of that report's earlier entries is pending: a retraction stored
 * right after its report's claims waits for them, whichever round would otherwise carry it.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "ingest"))
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OutboxOrderTest {

    @Inject
    OutboxDelivery delivery;

    private static String retracted;
    private static String kept;

    @Test
    @Order(1)
    void storesAReportThenItsRetractionAndAnotherReport() {
        retracted = store("outbox-order-a", "The monitor documented that 4 civilians were killed in shelling on Hajin.");
        given().when().delete("/reports/" + retracted).then().statusCode(200);
        kept = store("outbox-order-b", "The monitor documented that 9 civilians were wounded in shelling on Susah.");
    }

    @Test
    @Order(2)
    @RunOnVertxContext
    void aRoundTakesOnlyEachReportsEarliestPendingEntry(UniAsserter asserter) {
        asserter.assertThat(() -> Panache.withTransaction(() -> delivery.pending()), taken -> {
            List<OutboxEntry> ofRetracted = taken.stream().filter(e -> e.reportId.equals(retracted)).toList();
            assertEquals(1, ofRetracted.size(), "one entry of the retracted report: " + ofRetracted);
            assertEquals(OutboxEntry.Kind.UPSERT, ofRetracted.get(0).kind, "its claims first, the retraction after them");
            assertTrue(taken.stream().anyMatch(e -> e.reportId.equals(kept)), "another report's entry goes in the same round");
            for (int i = 1; i < taken.size(); i++) {
                assertTrue(taken.get(i - 1).id < taken.get(i).id, "in id order");
            }
        });
    }

    private static String store(String source, String text) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("source", source, "publishedAt", "2019-02-02", "text", text))
                .when().post("/reports").then().statusCode(201).extract().path("report.id");
    }
}
