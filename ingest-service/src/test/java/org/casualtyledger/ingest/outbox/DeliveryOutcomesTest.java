package org.casualtyledger.ingest.outbox;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.vertx.RunOnVertxContext;
import io.quarkus.test.vertx.UniAsserter;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.casualtyledger.embeddeddb.PostgresTestResource;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * What a round made of its entries reaches the outbox rows, one UPDATE per outcome: entries delivered together are
 * one statement, one tally-service could not apply now another (it stays pending with its error); every entry counts
 * an attempt and keeps its payload as stored.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "ingest"))
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DeliveryOutcomesTest {
    private static final Instant DELIVERED = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    private static final Map<String, String> PAYLOADS = new ConcurrentHashMap<>();

    @Inject
    OutboxDelivery delivery;

    private static List<String> reports;

    @Test
    @Order(1)
    void storesThreeReports() {
        reports = List.of(
                store("outcomes-a", "The monitor documented that 3 civilians were killed in shelling on Hajin."),
                store("outcomes-b", "The monitor documented that 5 civilians were wounded in shelling on Susah."),
                store("outcomes-c", "The monitor documented that 7 fighters were killed in clashes near Al-Shaafa."));
    }

    @Test
    @Order(2)
    @RunOnVertxContext
    void recordsTwoDeliveredAndOneHeldInTwoStatements(UniAsserter asserter) {
        asserter.assertEquals(() -> Panache.withTransaction(() -> delivery.pending().chain(taken -> {
            List<OutboxEntry> ours = taken.stream().filter(e -> reports.contains(e.reportId)).toList();
            assertEquals(3, ours.size(), "each report's entry is pending: " + taken);
            ours.forEach(e -> PAYLOADS.put(e.reportId, e.payload));
            for (OutboxEntry entry : ours.subList(0, 2)) {
                entry.deliveredAt = DELIVERED;
            }
            ours.get(2).lastError = "503 the ledger is busy";
            return DeliveryOutcomes.record(ours);
        })), 2);
        asserter.assertThat(() -> Panache.withSession(() -> OutboxEntry.<OutboxEntry>list("reportId in ?1 order by id", reports)), rows -> {
            assertEquals(3, rows.size());
            for (OutboxEntry row : rows) {
                assertEquals(1, row.attempts, "one attempt: " + row.reportId);
                assertEquals(PAYLOADS.get(row.reportId), row.payload, "the payload as stored");
            }
            assertEquals(DELIVERED, rows.get(0).deliveredAt);
            assertEquals(DELIVERED, rows.get(1).deliveredAt);
            assertNull(rows.get(0).lastError);
            assertNull(rows.get(2).deliveredAt);
            assertNull(rows.get(2).failedAt);
            assertEquals("503 the ledger is busy", rows.get(2).lastError);
        });
        asserter.assertThat(() -> Panache.withTransaction(() -> delivery.pending()),
                taken -> assertEquals(Set.of(reports.get(2)), Set.copyOf(taken.stream().map(e -> e.reportId).filter(reports::contains).toList()),
                        "only the entry not applied is pending"));
    }

    private static String store(String source, String text) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("source", source, "publishedAt", "2019-02-02", "text", text))
                .when().post("/reports").then().statusCode(201).extract().path("report.id");
    }
}
