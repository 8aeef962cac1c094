package org.casualtyledger.tally;

import static io.restassured.RestAssured.given;
import static org.casualtyledger.tally.Claims.exact;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.TreeMap;
import org.casualtyledger.claim.Outcome;
import org.casualtyledger.embeddeddb.PostgresTestResource;
import org.junit.jupiter.api.Test;

/**
 * A running total published before the figures already in its series (a late bulletin, an archive read newest
 * first) is written where it belongs without rewriting the points after it: only its own point, and the fall of
 * the point that now follows it.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "tally"))
class SeriesOrderTest {
    private static final String SOURCE = "SERIES_ORDER_MONITOR";

    @Inject
    Pool pool;

    @Test
    void aFigurePublishedBeforeTheOthersIsWrittenAloneWithTheFallAfterIt() {
        // Ten bulletins a day apart, the toll rising by ten a day, except on the 15th, when it was given as 180.
        for (int day = 10; day < 20; day++) {
            post(day, day == 15 ? 180 : 100 + day * 10);
        }
        Map<String, String> points = rows("SELECT p.claim_id, p.ctid::text FROM series_point p JOIN series s ON s.id = p.series_id WHERE s.source = $1");
        Map<String, String> falls = rows("SELECT claim_id, ctid::text FROM discrepancy WHERE source = $1");
        assertEquals(10, points.size());
        assertEquals(Map.of("c-so15", falls.get("c-so15")), falls, "the 15th falls below the 14th");

        // A bulletin of the 5th arrives last, with 250: above the 10th's 200, so the 10th now falls.
        post(5, 250);

        Map<String, String> pointsAfter = rows("SELECT p.claim_id, p.ctid::text FROM series_point p JOIN series s ON s.id = p.series_id WHERE s.source = $1");
        Map<String, String> expectedPoints = new TreeMap<>(points);
        expectedPoints.put("c-so5", pointsAfter.get("c-so5"));
        assertEquals(expectedPoints, pointsAfter, "every point after the new one stays as it was written");
        Map<String, String> fallsAfter = rows("SELECT claim_id, ctid::text FROM discrepancy WHERE source = $1");
        assertEquals(Map.of("c-so15", falls.get("c-so15"), "c-so10", fallsAfter.get("c-so10")), fallsAfter,
                "the 15th's fall stays as it was written; the 10th now falls below the 5th");
        assertEquals(250L, pool.preparedQuery("SELECT previous_value FROM discrepancy WHERE source = $1 AND claim_id = 'c-so10'")
                .execute(Tuple.of(SOURCE)).await().indefinitely().iterator().next().getLong(0));
        assertEquals(11, pool.preparedQuery("SELECT points FROM series WHERE source = $1").execute(Tuple.of(SOURCE))
                .await().indefinitely().iterator().next().getInteger(0));
    }

    private static void post(int day, long total) {
        String published = String.format("2014-03-%02d", day);
        Claims report = Claims.report("r-so" + day, SOURCE, published)
                .cumulative("c-so" + day, exact(total), Outcome.KILLED, "CIVILIANS", "2014-01-01",
                        "the number of civilians killed since the start of the year rose to " + total);
        given().contentType(ContentType.JSON).body(report.batch()).when().post("/claims/batch").then().statusCode(200);
    }

    /** Claim id to the row's physical place: a row deleted and written again, or updated, gets another. */
    private Map<String, String> rows(String sql) {
        Map<String, String> rows = new TreeMap<>();
        for (Row row : pool.preparedQuery(sql).execute(Tuple.of(SOURCE)).await().indefinitely()) {
            rows.put(row.getString(0), row.getString(1));
        }
        return rows;
    }
}
