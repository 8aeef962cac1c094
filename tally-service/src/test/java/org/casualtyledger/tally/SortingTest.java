package org.casualtyledger.tally;

import static io.restassured.RestAssured.given;
import static org.casualtyledger.tally.Claims.BAGHUZ;
import static org.casualtyledger.tally.Claims.HAJIN;
import static org.casualtyledger.tally.Claims.IDLIB_CITY;
import static org.casualtyledger.tally.Claims.exact;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.List;
import org.casualtyledger.claim.Outcome;
import org.casualtyledger.embeddeddb.PostgresTestResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The sort parameter of the listings: one order over every page, ties broken by id, anything else a 400 problem. */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "tally"))
class SortingTest {
    private static final String SOURCE = "Sorting Monitor";
    private static boolean filed;

    @BeforeEach
    void fileClaimsOnce() {
        if (filed) {
            return;
        }
        filed = true;
        post(Claims.report("r-sort1", SOURCE, "2019-03-10")
                .incident("c-sort1a", exact(7), Outcome.KILLED, "ISIS", BAGHUZ, "2019-03-01", "7 ISIS members were killed in Al-Baghuz")
                .incident("c-sort1b", exact(40), Outcome.INJURED, "SDF", HAJIN, "2019-03-02", "40 SDF members were injured in Hajin"));
        post(Claims.report("r-sort2", SOURCE, "2019-03-11")
                .incident("c-sort2a", exact(7), Outcome.KILLED, "CIVILIANS", IDLIB_CITY, "2019-03-03", "7 civilians were killed in Idlib")
                .incident("c-sort2b", exact(3), Outcome.KILLED, "HTS", IDLIB_CITY, "2019-03-04", "3 HTS members were killed in Idlib"));
        post(Claims.report("r-sort3", SOURCE, "2019-03-12")
                .incident("c-sort3a", exact(19), Outcome.KILLED, "SAA", HAJIN, "2019-03-05", "19 soldiers were killed near Hajin"));
    }

    private static void post(Claims claims) {
        given().contentType(ContentType.JSON).body(claims.batch()).when().post("/claims/batch").then().statusCode(200);
    }

    @Test
    void claimsSortedByBestOrderEveryPageAndBreakTiesById() {
        assertEquals(List.of("c-sort1b", "c-sort3a", "c-sort2a", "c-sort1a", "c-sort2b"), pages("/claims", "-best", "id"));
        assertEquals(List.of("c-sort2b", "c-sort1a", "c-sort2a", "c-sort3a", "c-sort1b"), pages("/claims", "best", "id"));
        assertEquals(List.of("c-sort3a", "c-sort2b", "c-sort2a", "c-sort1b", "c-sort1a"), pages("/claims", "-publishedAt", "id"));
        assertEquals(List.of("c-sort1a", "c-sort1b", "c-sort2a", "c-sort2b", "c-sort3a"), pages("/claims", null, "id"));
    }

    @Test
    void eventsSortedByBestOrGroupOrderEveryPage() {
        var events = given().queryParam("source", SOURCE).when().get("/events").then().statusCode(200).extract().jsonPath();
        List<String> ids = new ArrayList<>(events.getList("items.id", String.class));
        List<Long> best = events.getList("items.best", Long.class);
        List<String> byBest = new ArrayList<>(ids);
        byBest.sort(java.util.Comparator.comparing((String id) -> best.get(ids.indexOf(id))).thenComparing(id -> id).reversed());
        assertEquals(byBest, pages("/events", "-best", "id"));
        assertEquals(List.of("SDF", "SAA"), pages("/events", "-best", "group").subList(0, 2));
        assertEquals(List.of("CIVILIANS", "HTS", "ISIS", "SAA", "SDF"), pages("/events", "group", "group"));
        assertEquals(List.of("ISIS", "SDF", "CIVILIANS", "HTS", "SAA"), pages("/events", null, "group"));
    }

    @Test
    void talliesSortedByAFigureOrADimension() {
        assertEquals(List.of("SDF", "SAA", "ISIS", "CIVILIANS", "HTS"), pages("/tallies?groupBy=group", "-best", "key.group"));
        assertEquals(List.of("SDF", "SAA", "ISIS", "HTS", "CIVILIANS"), pages("/tallies?groupBy=group", "-group", "key.group"));
    }

    @Test
    void anyOtherSortIsAProblemNamingTheAllowedOnes() {
        for (String path : List.of("/claims", "/events", "/tallies")) {
            given().queryParam("sort", "sentence").when().get(path).then().statusCode(400)
                    .contentType(containsString("application/problem+json"))
                    .body("errors[0].field", equalTo("sort")).body("detail", containsString("-best"));
        }
        given().queryParam("sort", "-month").queryParam("groupBy", "group").when().get("/tallies").then().statusCode(400)
                .body("detail", containsString("not a dimension of groupBy"));
        given().queryParam("sort", "best;DROP TABLE claim").when().get("/claims").then().statusCode(400);
    }

    /** Every page of two of the listing for the test's source, in the given order; the field of each item. */
    private static List<String> pages(String path, String sort, String field) {
        List<String> all = new ArrayList<>();
        for (int page = 0; page < 3; page++) {
            var request = given().queryParam("source", SOURCE).queryParam("size", 2).queryParam("page", page);
            if (sort != null) {
                request.queryParam("sort", sort);
            }
            all.addAll(request.when().get(path).then().statusCode(200).extract().jsonPath().getList("items." + field, String.class));
        }
        return all;
    }
}
