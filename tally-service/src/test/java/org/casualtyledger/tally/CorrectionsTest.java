package org.casualtyledger.tally;

import static io.restassured.RestAssured.given;
import static org.casualtyledger.tally.Claims.BAGHUZ;
import static org.casualtyledger.tally.Claims.HAJIN;
import static org.casualtyledger.tally.Claims.exact;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.casualtyledger.claim.ClaimBatch;
import org.casualtyledger.claim.Outcome;
import org.casualtyledger.embeddeddb.PostgresTestResource;
import org.casualtyledger.tally.ledger.LedgerWriter;
import org.junit.jupiter.api.Test;

/**
 * Analysts' corrections against the real PostgreSQL: the ledger files the corrected reading, says so, keeps the
 * reading as received beside it, applies it again to every delivery of the claim, and orphans it (never drops it)
 * when a new reading no longer has the claim. Each test works in a year of its own, between 2000 and 2030 like the other tests.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "tally"))
class CorrectionsTest {
    static final String AUTHOR = "X-Correction-Author";

    @Inject
    Pool pool;

    @Inject
    LedgerWriter writer;

    static void post(ClaimBatch batch) {
        given().contentType(ContentType.JSON).body(batch).when().post("/claims/batch").then().statusCode(200);
    }

    static ValidatableResponse correct(String claimId, Map<String, Object> body) {
        return given().contentType(ContentType.JSON).header(AUTHOR, "Alice%20B%C3%A9").body(body)
                .when().post("/claims/" + claimId + "/corrections").then();
    }

    static ValidatableResponse tally(String year) {
        return given().queryParam("from", year + "-01-01").queryParam("to", year + "-12-31").queryParam("groupBy", "group,outcome")
                .when().get("/tallies").then().statusCode(200);
    }

    static Claims shelling(String year) {
        return Claims.report("r-" + year + "a", "SOHR", year + "-02-01")
                .incident("c-" + year + "a1", exact(12), Outcome.KILLED, "ISIS", BAGHUZ, year + "-02-01",
                        "12 members of the organization were killed in shelling on Al-Baghuz");
    }

    @Test
    void aCorrectedValueIsWhatTheLedgerCountsAndSurvivesRedelivery() {
        post(shelling("2021").batch());
        tally("2021").body("items[0].best", equalTo(12)).body("items[0].corrected", equalTo(false));
        correct("c-2021a1", Map.of("reason", "The bulletin says 21; the digits were read the wrong way round", "value", 21))
                .statusCode(201).body("author", equalTo("Alice Bé")).body("kind", equalTo("CHANGE"))
                .body("changes.value", equalTo(21)).body("state", equalTo("ACTIVE"));
        tally("2021").body("items[0].best", equalTo(21)).body("items[0].corrected", equalTo(true));
        given().get("/claims/c-2021a1").then().statusCode(200).body("count.value", equalTo(21)).body("corrected", equalTo(true))
                .body("original.count.value", equalTo(12)).body("corrections[0].reason", startsWith("The bulletin says 21"));
        given().queryParam("from", "2021-01-01").queryParam("to", "2021-12-31").get("/events").then()
                .body("items[0].best", equalTo(21)).body("items[0].corrected", equalTo(true));
        given().queryParam("reportId", "r-2021a").get("/claims").then().body("items[0].corrected", equalTo(true))
                .body("items[0].original", equalTo(null));
        given().accept("text/csv").queryParam("from", "2021-01-01").queryParam("to", "2021-12-31").get("/tallies").then()
                .statusCode(200).body(containsString(",discrepancies,corrected\r\n")).body(endsWith(",true\r\n"));
        given().accept("text/csv").queryParam("from", "2021-01-01").queryParam("to", "2021-12-31").get("/events").then()
                .statusCode(200).body(containsString(",bestClaimId,corrected\r\n")).body(endsWith(",true\r\n"));
        given().accept("text/csv").queryParam("reportId", "r-2021a").get("/claims").then()
                .statusCode(200).body(containsString(",sentence,corrected\r\n")).body(containsString(",true\r\n"));

        assertEquals(1L, pool.preparedQuery("SELECT count(*) FROM ledger_change WHERE kind = 'CORRECTED' AND entity_id = $1 "
                + "AND content->>'best' = '21'").execute(Tuple.of("c-2021a1")).await().indefinitely().iterator().next().getLong(0),
                "the change log holds the correction, with the corrected claim");

        post(shelling("2021").batch());
        tally("2021").body("items[0].best", equalTo(21)).body("items[0].corrected", equalTo(true));
        given().post("/ledger/rebuild").then().statusCode(200);
        tally("2021").body("items[0].best", equalTo(21)).body("items[0].corrected", equalTo(true));
    }

    @Test
    void aCorrectionThatLeavesTheClaimAsItWasLogsNoUpdate() {
        post(shelling("2006").batch());
        correct("c-2006a1", Map.of("reason", "Checked against the bulletin: 12 is right", "value", 12)).statusCode(201);
        given().get("/claims/c-2006a1").then().statusCode(200).body("count.value", equalTo(12)).body("corrected", equalTo(true));
        tally("2006").body("items[0].best", equalTo(12)).body("items[0].corrected", equalTo(true));
        assertEquals(List.of("CREATED", "CORRECTED"), pool.preparedQuery("SELECT kind FROM ledger_change WHERE entity = 'CLAIM' "
                        + "AND entity_id = $1 ORDER BY seq").execute(Tuple.of("c-2006a1")).await().indefinitely().stream()
                        .map(r -> r.getString(0)).toList(),
                "the claim's content is the same: its log has the correction, and no update repeating the claim");
        assertEquals(List.of(List.of("r-2006a")), pool.preparedQuery("SELECT report_ids FROM ledger_change WHERE entity = 'EVENT' "
                        + "AND kind = 'UPDATED' AND content->>'best_claim_id' = $1").execute(Tuple.of("c-2006a1")).await().indefinitely()
                        .stream().map(r -> List.of(r.getArrayOfStrings(0))).toList(),
                "the event now marked corrected is logged, for the report of the corrected claim");
    }

    @Test
    void aNewReadingWithoutTheClaimOrphansItsCorrection() {
        Claims report = shelling("2022");
        post(report.batch());
        long id = ((Number) correct("c-2022a1", Map.of("reason", "Wounded, not killed", "outcome", "INJURED"))
                .statusCode(201).extract().path("id")).longValue();
        tally("2022").body("items[0].key.outcome", equalTo("INJURED"));
        post(report.without("c-2022a1"));
        given().queryParam("state", "orphaned").queryParam("size", 500).get("/corrections").then().statusCode(200)
                .body("items.id", hasItem((int) id));
        given().get("/claims/c-2022a1/corrections").then().statusCode(200).body("[0].state", equalTo("ORPHANED"));
        post(report.batch());
        given().get("/claims/c-2022a1/corrections").then().body("[0].state", equalTo("ACTIVE"));
        tally("2022").body("items[0].key.outcome", equalTo("INJURED"));
    }

    @Test
    void aRejectedClaimCountsNothingAndStaysVisible() {
        post(shelling("2023").batch());
        correct("c-2023a1", Map.of("reason", "A count of rockets, not of people", "reject", "NOT_A_CASUALTY_FIGURE"))
                .statusCode(201).body("kind", equalTo("REJECTION"));
        tally("2023").body("items.size()", equalTo(0));
        given().get("/claims/c-2023a1").then().statusCode(200).body("corrected", equalTo(true))
                .body("count.value", equalTo(12)).body("corrections[0].rejection", equalTo("NOT_A_CASUALTY_FIGURE"));
        post(shelling("2023").batch());
        tally("2023").body("items.size()", equalTo(0));
    }

    @Test
    void badCorrectionsAreProblemsNamingTheField() {
        post(shelling("2024").batch());
        correct("c-2024a1", Map.of("value", 3)).statusCode(400).body("detail", startsWith("reason"));
        correct("c-2024a1", Map.of("reason", "  ", "value", 3)).statusCode(400).body("detail", startsWith("reason"));
        correct("c-2024a1", Map.of("reason", "x")).statusCode(400).body("detail", startsWith("reject"));
        correct("c-2024a1", Map.of("reason", "x", "value", -1)).statusCode(400).body("detail", startsWith("value"));
        correct("c-2024a1", Map.of("reason", "x", "reject", "SAME_INCIDENT", "sameAs", "c-nowhere")).statusCode(400)
                .body("detail", startsWith("sameAs"));
        correct("c-2024a1", Map.of("reason", "x", "qualifier", "ROUGHLY")).statusCode(400);
        correct("c-nowhere", Map.of("reason", "x", "value", 3)).statusCode(404);
        given().contentType(ContentType.JSON).body(Map.of("reason", "x", "value", 3)).post("/claims/c-2024a1/corrections")
                .then().statusCode(400).body("detail", startsWith(AUTHOR));
        given().get("/claims/c-2024a1/corrections").then().statusCode(200).body("size()", equalTo(0));
    }

    @Test
    void anEventIsSplitAndJoinedAgainAndARebuildAgrees() {
        post(shelling("2025").batch());
        post(Claims.report("r-2025b", "DEIR_24", "2025-02-01")
                .incident("c-2025b1", exact(12), Outcome.KILLED, "ISIS", BAGHUZ, "2025-02-01",
                        "Twelve ISIS members were killed in Al-Baghuz").batch());
        String year = "2025";
        List<String> events = events(year);
        assertEquals(1, events.size());
        given().contentType(ContentType.JSON).header(AUTHOR, "Alice").body(Map.of("reason", "Another village", "split", "c-2025b1"))
                .post("/events/" + events.get(0) + "/corrections").then().statusCode(201).body("[0].kind", equalTo("SPLIT"));
        List<String> split = events(year);
        assertEquals(2, split.size());
        given().queryParam("from", "2025-01-01").queryParam("to", "2025-12-31").get("/events").then()
                .body("items.corrected", not(hasItem(false)));
        Object before = snapshot(year);
        given().post("/ledger/rebuild").then().statusCode(200);
        assertEquals(before, snapshot(year), "a rebuild gives the answers of incremental application");

        String kept = given().get("/claims/c-2025a1").then().extract().path("eventId");
        String other = given().get("/claims/c-2025b1").then().extract().path("eventId");
        given().contentType(ContentType.JSON).header(AUTHOR, "Alice").body(Map.of("reason", "The same shelling after all", "join", other))
                .post("/events/" + kept + "/corrections").then().statusCode(201).body("[0].kind", equalTo("JOIN"));
        assertEquals(List.of(kept), events(year));
        given().get("/events/" + kept).then().statusCode(200).body("claimList.id", hasItems("c-2025a1", "c-2025b1"));
        given().contentType(ContentType.JSON).header(AUTHOR, "Alice").body(Map.of("reason", "x", "split", "c-2024a1"))
                .post("/events/" + kept + "/corrections").then().statusCode(400).body("detail", startsWith("split"));
        given().contentType(ContentType.JSON).header(AUTHOR, "Alice").body(Map.of("reason", "x", "split", "c-2025a1"))
                .post("/events/e-nowhere/corrections").then().statusCode(404);
    }

    @Test
    void aCorrectedRunningTotalMarksItsPoint() {
        post(Claims.report("r-2026a", "SOHR", "2026-03-01")
                .cumulative("c-2026a1", exact(500), Outcome.KILLED, "ISIS", "2026-01-01", "500 members killed since the start of the year")
                .batch());
        correct("c-2026a1", Map.of("reason", "The bulletin says 5,000", "value", 5000)).statusCode(201);
        given().queryParam("group", "ISIS").queryParam("from", "2026-01-01").queryParam("to", "2026-12-31").queryParam("interval", "day")
                .get("/series").then().statusCode(200)
                .body("items.find { it.source == 'SOHR' }.points[0].value", equalTo(5000))
                .body("items.find { it.source == 'SOHR' }.points[0].corrected", equalTo(true));
        given().queryParam("size", 500).queryParam("author", "Alice Bé").get("/corrections").then().statusCode(200)
                .body("items.claimId", hasItem("c-2026a1"));
    }

    @Test
    void anAnswerAsOfBeforeACorrectionIsNotMarkedCorrected() throws InterruptedException {
        post(shelling("2020").batch());
        Thread.sleep(5);
        String before = java.time.Instant.now().toString();
        Thread.sleep(5);
        correct("c-2020a1", Map.of("reason", "The bulletin says 21", "value", 21)).statusCode(201);
        given().queryParam("asOf", before).queryParam("from", "2020-01-01").queryParam("to", "2020-12-31").get("/tallies").then()
                .statusCode(200).body("items[0].best", equalTo(12)).body("items[0].corrected", equalTo(false));
        given().queryParam("asOf", before).queryParam("from", "2020-01-01").queryParam("to", "2020-12-31").get("/events").then()
                .statusCode(200).body("items[0].best", equalTo(12)).body("items[0].corrected", equalTo(false));
        given().queryParam("asOf", before).get("/claims/c-2020a1").then().statusCode(200)
                .body("count.value", equalTo(12)).body("corrected", equalTo(false));
        given().get("/claims/c-2020a1").then().statusCode(200).body("count.value", equalTo(21)).body("corrected", equalTo(true));
        given().queryParam("asOf", before).get("/claims/c-2020a1/corrections").then().statusCode(200).body("size()", equalTo(0));
        given().get("/claims/c-2020a1/corrections").then().statusCode(200).body("size()", equalTo(1));
        given().queryParam("asOf", before).queryParam("size", 500).get("/corrections").then().statusCode(200)
                .body("items.claimId", not(hasItem("c-2020a1")));
        given().queryParam("size", 500).get("/corrections").then().statusCode(200).body("items.claimId", hasItem("c-2020a1"));
        given().queryParam("asOf", "yesterday").get("/claims/c-2020a1/corrections").then().statusCode(400);
    }

    @Test
    void aCorrectionAnotherReplicaMadeIsAppliedToTheNextDelivery() {
        post(shelling("2008").batch());
        tally("2008").body("items[0].best", equalTo(12));
        // As another replica stores a correction: in the table only, not in this replica's book.
        pool.query("INSERT INTO claim_correction (claim_id, report_id, source, kind, changes, author, reason) VALUES "
                + "('c-2008a1', 'r-2008a', 'SOHR', 'CHANGE', '{\"value\":21}', 'Bob', 'The bulletin says 21')").execute()
                .await().indefinitely();
        post(shelling("2008").batch());
        tally("2008").body("items[0].best", equalTo(21)).body("items[0].corrected", equalTo(true));
        given().get("/claims/c-2008a1").then().statusCode(200).body("count.value", equalTo(21))
                .body("original.count.value", equalTo(12));
    }

    @Test
    void aCorrectionsRewriteOfAnOlderBatchLeavesTheNewerDeliveryStanding() {
        ClaimBatch first = shelling("2007").batch();
        post(first);
        ClaimBatch newer = Claims.report("r-2007a", "SOHR", "2007-02-01")
                .incident("c-2007a1", exact(15), Outcome.KILLED, "ISIS", BAGHUZ, "2007-02-01",
                        "15 members of the organization were killed in shelling on Al-Baghuz").batch();
        post(new ClaimBatch(first.batchId() + 1, newer.report(), newer.claims()));
        // As a correction's rewrite does when the newer batch commits after it read the report's batch.
        writer.rewrite(first).await().indefinitely();
        tally("2007").body("items[0].best", equalTo(15));
        writer.rewrite(new ClaimBatch(first.batchId() + 1, newer.report(), newer.claims())).await().indefinitely();
        tally("2007").body("items[0].best", equalTo(15));
    }

    private static List<String> events(String year) {
        return given().queryParam("from", year + "-01-01").queryParam("to", year + "-12-31").get("/events").then()
                .statusCode(200).extract().path("items.id");
    }

    private static Object snapshot(String year) {
        return List.of(given().queryParam("from", year + "-01-01").queryParam("to", year + "-12-31").get("/events").then().extract().path("items"),
                given().queryParam("from", year + "-01-01").queryParam("to", year + "-12-31").get("/claims").then().extract().path("items"),
                tally(year).extract().path("items"));
    }
}
