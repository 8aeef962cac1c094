package org.casualtyledger.tally;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.casualtyledger.claim.ClaimBatch;
import org.casualtyledger.claim.CountRange;
import org.casualtyledger.claim.Outcome;
import org.casualtyledger.claim.Place;
import org.casualtyledger.claim.Qualifier;
import org.casualtyledger.embeddeddb.PostgresTestResource;
import org.junit.jupiter.api.Test;

/**
 * Feeds the ledger batches, replacements and retractions in a shuffled order, then rebuilds everything derived from
 * the claims alone: events, join reasons, series, discrepancies and tallies must come out identical.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "tally"))
class RebuildEquivalenceTest {
    private static final Place[] PLACES = {Claims.BAGHUZ, Claims.HAJIN, Claims.DEIR_EZZOR, Claims.IDLIB_CITY, null};
    private static final String[] SOURCES = {"SOHR", "DEIR_24", "SNHR"};
    private static final Qualifier[] QUALIFIERS = {Qualifier.EXACT, Qualifier.AT_LEAST, Qualifier.ABOUT, Qualifier.MORE_THAN};

    @Test
    void incrementalUpdatesEqualARebuildFromScratch() {
        Random random = new Random(20190126);
        List<Claims> reports = new ArrayList<>();
        for (int r = 0; r < 60; r++) {
            reports.add(randomReport(random, r, 0));
        }
        for (Claims report : reports) {
            post(report.batch());
        }
        // Replace some reports with new versions (moved dates, changed counts) and retract others.
        for (int r = 0; r < 60; r += 4) {
            post(randomReport(random, r, 1).batch());
        }
        for (int r = 2; r < 60; r += 7) {
            given().when().delete("/reports/r-rb" + r).then().statusCode(200);
        }
        Map<String, Object> incremental = snapshot();
        given().when().post("/ledger/rebuild").then().statusCode(200);
        Map<String, Object> rebuilt = snapshot();
        assertTrue(((List<?>) incremental.get("events")).size() > 20, "the scenario should make many events");
        assertEquals(incremental.get("claims"), rebuilt.get("claims"));
        assertEquals(incremental.get("events"), rebuilt.get("events"));
        assertEquals(incremental.get("series"), rebuilt.get("series"));
        assertEquals(incremental.get("discrepancies"), rebuilt.get("discrepancies"));
        assertEquals(incremental.get("tallies"), rebuilt.get("tallies"));
        assertEquals(incremental.get("rollupTallies"), rebuilt.get("rollupTallies"));
    }

    private static Claims randomReport(Random random, int r, int version) {
        String source = SOURCES[r % SOURCES.length];
        LocalDate day = LocalDate.of(2010, 3, 1).plusDays(random.nextInt(40));
        Claims report = Claims.report("r-rb" + r, source, day.plusDays(random.nextInt(2)).toString());
        int claims = 1 + random.nextInt(4);
        for (int c = 0; c < claims; c++) {
            long value = 5 + random.nextInt(8);
            CountRange count = CountRange.of(QUALIFIERS[random.nextInt(QUALIFIERS.length)], value);
            Outcome outcome = random.nextInt(4) == 0 ? Outcome.INJURED : Outcome.KILLED;
            String id = "c-rb" + r + "x" + c + (version > 0 && c == 0 ? "v" + version : "");
            String date = day.plusDays(random.nextInt(3)).toString();
            report.incident(id, count, outcome, random.nextBoolean() ? "CIVILIANS" : "ISIS", PLACES[random.nextInt(PLACES.length)],
                    date, value + " people were " + outcome.name().toLowerCase() + " (claim " + c + ")");
        }
        long total = 100 + r * 3L - (r % 9 == 0 ? 40 : 0);
        report.cumulative("c-rb" + r + "t", CountRange.exact(total), Outcome.KILLED, "FIGHTERS", "2010-01-01",
                "it rose to " + total + " the number of fighters killed");
        return report;
    }

    private static void post(ClaimBatch batch) {
        given().contentType(ContentType.JSON).body(batch).when().post("/claims/batch").then().statusCode(200);
    }

    private static Map<String, Object> snapshot() {
        return Map.of(
                "rollupTallies", given().queryParam("groupBy", "group,outcome,province,month").queryParam("size", 500)
                        .when().get("/tallies").then().statusCode(200).extract().path("items"),
                "claims", all("/claims"),
                "events", all("/events"),
                "series", all("/series?interval=day"),
                "discrepancies", all("/discrepancies"),
                "tallies", given().queryParam("groupBy", "group,outcome,month,source").queryParam("size", 500)
                        .when().get("/tallies").then().statusCode(200).extract().path("items"));
    }

    private static List<Object> all(String path) {
        List<Object> items = new ArrayList<>();
        for (int page = 0; ; page++) {
            List<Object> got = given().queryParam("page", page).queryParam("size", 500).when().get(path)
                    .then().statusCode(200).extract().path("items");
            items.addAll(got);
            if (got.size() < 500) {
                return items;
            }
        }
    }
}
