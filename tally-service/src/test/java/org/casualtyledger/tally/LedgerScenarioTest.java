package org.casualtyledger.tally;

import static io.restassured.RestAssured.given;
import static org.casualtyledger.tally.Claims.BAGHUZ;
import static org.casualtyledger.tally.Claims.DEIR_EZZOR;
import static org.casualtyledger.tally.Claims.HAJIN;
import static org.casualtyledger.tally.Claims.IDLIB_CITY;
import static org.casualtyledger.tally.Claims.about;
import static org.casualtyledger.tally.Claims.atLeast;
import static org.casualtyledger.tally.Claims.exact;
import static org.casualtyledger.tally.Claims.moreThan;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.casualtyledger.claim.ClaimBatch;
import org.casualtyledger.claim.Outcome;
import org.casualtyledger.claim.Scope;
import org.casualtyledger.embeddeddb.PostgresTestResource;
import org.junit.jupiter.api.Test;

/**
 * The scenarios of the tally issue, each on bulletins written for it. Tests share one database, so each works in a
 * year of its own and filters by it.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "tally"))
class LedgerScenarioTest {

    static void post(ClaimBatch batch) {
        given().contentType(ContentType.JSON).body(batch).when().post("/claims/batch").then().statusCode(200);
    }

    static ValidatableResponse tally(String group, String outcome, String year, String groupBy) {
        var request = given().queryParam("from", year + "-01-01").queryParam("to", year + "-12-31");
        if (group != null) {
            request.queryParam("group", group);
        }
        if (outcome != null) {
            request.queryParam("outcome", outcome);
        }
        if (groupBy != null) {
            request.queryParam("groupBy", groupBy);
        }
        return request.when().get("/tallies").then().statusCode(200);
    }

    @Test
    void twoSourcesReportingOneAttackMakeOneEvent() {
        // "About 35 members of the organization were killed in their failed attack on Al-Baghuz" (monitor A, 2011-03-04)
        post(Claims.report("r-2011a", "SOHR", "2011-03-04")
                .incident("c-2011a1", about(35), Outcome.KILLED, "ISIS", BAGHUZ, "2011-03-04",
                        "About 35 members of the organization were killed in their failed attack on Al-Baghuz").batch());
        // "At least 34 IS fighters died as the assault on positions east of the river collapsed" (monitor B, next day)
        post(Claims.report("r-2011b", "DEIR_24", "2011-03-05")
                .incident("c-2011b1", atLeast(34), Outcome.KILLED, "ISIS", DEIR_EZZOR, "2011-03-04",
                        "At least 34 IS fighters died as the assault on positions in Deir Ezzor countryside collapsed").batch());

        tally("ISIS", "KILLED", "2011", null)
                .body("items", hasSize(1))
                .body("items[0].method", equalTo("events"))
                .body("items[0].events", equalTo(1))
                .body("items[0].claims", equalTo(2))
                .body("items[0].sources", equalTo(2))
                .body("items[0].low", equalTo(34))
                .body("items[0].best", equalTo(35))
                .body("items[0].high", equalTo(35));
        String eventId = given().when().get("/claims/c-2011b1").then().statusCode(200).extract().path("eventId");
        given().when().get("/events/" + eventId).then().statusCode(200)
                .body("claims", equalTo(2))
                .body("claimList.id", hasItems("c-2011a1", "c-2011b1"))
                .body("claimList[1].joinReason", containsString("inside the other's province"))
                .body("claimList[0].evidence.sentence", startsWith("About 35"))
                .body("place", equalTo("Al-Baghuz"));
    }

    @Test
    void theSameSourceRepeatingItsFigureIsNotCountedTwice() {
        Claims morning = Claims.report("r-2012a", "SOHR", "2012-05-10")
                .incident("c-2012a1", exact(12), Outcome.KILLED, "CIVILIANS", IDLIB_CITY, "2012-05-10",
                        "12 civilians were killed by shelling on Idlib city this morning")
                // "as the Observatory published hours ago, 12 civilians were killed" restates the figure above
                .restated("c-2012a2", "c-2012a1", exact(12), Outcome.KILLED, "CIVILIANS", IDLIB_CITY, "2012-05-10",
                        "as the Observatory published hours ago, 12 civilians were killed");
        post(morning.batch());
        post(Claims.report("r-2012b", "SOHR", "2012-05-10")
                .incident("c-2012b1", exact(12), Outcome.KILLED, "CIVILIANS", IDLIB_CITY, "2012-05-10",
                        "The toll of the shelling on Idlib city stands at 12 civilians").batch());
        tally("CIVILIANS", "KILLED", "2012", null)
                .body("items[0].events", equalTo(1))
                .body("items[0].best", equalTo(12))
                .body("items[0].claims", equalTo(2));
        given().when().get("/claims/c-2012a2").then().statusCode(200).body("eventId", equalTo(null)).body("restates", equalTo("c-2012a1"));
    }

    @Test
    void aBreakdownIsNeverSummed() {
        post(Claims.report("r-2013a", "SOHR", "2013-02-02")
                .incident("c-2013a1", exact(20), Outcome.KILLED, "CIVILIANS", HAJIN, "2013-02-02",
                        "20 civilians were killed in air strikes on Hajin")
                .breakdown("c-2013a2", "c-2013a1", exact(7), Outcome.KILLED, "CIVILIANS", "CHILDREN", Scope.INCIDENT, "2013-02-02",
                        "including 7 children")
                .cumulative("c-2013a3", exact(388), Outcome.KILLED, "PEOPLE", "2013-01-10",
                        "it rose to 388 people killed since the 10th of January")
                .breakdown("c-2013a4", "c-2013a3", exact(141), Outcome.KILLED, "PEOPLE", "CHILDREN", Scope.CUMULATIVE, "2013-01-10",
                        "including 141 children").batch());
        tally("CIVILIANS", "KILLED", "2013", null).body("items[0].best", equalTo(20)).body("items[0].claims", equalTo(1));
        tally("PEOPLE", "KILLED", "2013", null).body("items[0].best", equalTo(388)).body("items[0].method", equalTo("series"));
        tally("PEOPLE", "KILLED", "2013", "subgroup").body("items.key.subgroup", hasItems("CHILDREN"))
                .body("items.find { it.key.subgroup == 'CHILDREN' }.best", equalTo(141));
    }

    @Test
    void aRunningTotalGivesItsLatestFigureAndAFallIsADiscrepancy() {
        post(Claims.report("r-2014a", "SOHR", "2014-01-26")
                .cumulative("c-2014a1", exact(1213), Outcome.KILLED, "FIGHTERS", "2013-11-10", "it rose to 1213 the number of fighters killed").batch());
        post(Claims.report("r-2014b", "SOHR", "2014-01-28")
                .cumulative("c-2014b1", exact(1250), Outcome.KILLED, "FIGHTERS", "2013-11-10", "it rose to 1250 the number of fighters killed").batch());
        given().queryParam("to", "2014-01-27").queryParam("group", "FIGHTERS").when().get("/tallies").then().statusCode(200)
                .body("items[0].best", equalTo(1213));
        given().queryParam("to", "2014-01-28").queryParam("group", "FIGHTERS").when().get("/tallies").then().statusCode(200)
                .body("items[0].best", equalTo(1250)).body("items[0].method", equalTo("series"));
        post(Claims.report("r-2014c", "SOHR", "2014-01-30")
                .cumulative("c-2014c1", exact(1205), Outcome.KILLED, "FIGHTERS", "2013-11-10", "the number of fighters killed reached 1205").batch());
        given().queryParam("group", "FIGHTERS").queryParam("from", "2014-01-01").when().get("/discrepancies").then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].previousValue", equalTo(1250)).body("items[0].value", equalTo(1205))
                .body("items[0].claimId", equalTo("c-2014c1")).body("items[0].kind", equalTo("SERIES_FALL"));
        given().queryParam("group", "FIGHTERS").queryParam("interval", "day").when().get("/series").then().statusCode(200)
                .body("items[0].points.value", equalTo(java.util.List.of(1213, 1250, 1205)))
                .body("items[0].latestValue", equalTo(1205));
        given().queryParam("group", "FIGHTERS").queryParam("interval", "month").when().get("/series").then().statusCode(200)
                .body("items[0].points", hasSize(1)).body("items[0].points[0].value", equalTo(1205));
    }

    @Test
    void theSeedStyleBulletinKeepsTheIncidentAndTheRunningTotalSideBySide() {
        post(Claims.report("r-2016a", "SOHR", "2016-01-26")
                // the headline repeats the figure the body gives: the body's claim counts, the headline restates it
                .restated("c-2016a2", "c-2016a1", about(35), Outcome.KILLED, "ISIS", BAGHUZ, "2016-01-26",
                        "About 35 ISIS members were killed in the failed attack by the organization in Al-Baghuz")
                .incident("c-2016a1", atLeast(34), Outcome.KILLED, "ISIS", BAGHUZ, "2016-01-26",
                        "where 34 members at least of the organization were killed")
                .incident("c-2016a3", atLeast(16), Outcome.KILLED, "SDF", BAGHUZ, "2016-01-26",
                        "while at least 16 members of the SDF were also killed")
                .cumulative("c-2016a4", exact(1213), Outcome.KILLED, "ISIS", "2015-11-10",
                        "it rose to 1213 the number of members and leaders of the organization who were killed")
                .cumulative("c-2016a5", moreThan(713), Outcome.EXECUTED, "DETAINEES", "2015-11-10",
                        "the organization had executed more than 713 detainees").batch());
        tally("ISIS", "KILLED", "2016", null)
                .body("items[0].method", equalTo("both"))
                .body("items[0].fromEvents.low", equalTo(34))
                .body("items[0].fromEvents.events", equalTo(1))
                .body("items[0].fromSeries.best", equalTo(1213))
                .body("items[0].best", equalTo(1213))
                .body("items[0].discrepancies[0].seriesValue", equalTo(1213))
                .body("items[0].discrepancies[0].eventsBest", equalTo(34));
        tally(null, null, "2016", "group,outcome")
                .body("items.find { it.key.group == 'DETAINEES' }.low", equalTo(714))
                .body("items.find { it.key.group == 'SDF' }.best", equalTo(16));
        // From the events alone: the incident, without the running total beside it or their disagreement.
        given().queryParam("group", "ISIS").queryParam("outcome", "KILLED").queryParam("from", "2016-01-01")
                .queryParam("to", "2016-12-31").queryParam("method", "events").when().get("/tallies").then().statusCode(200)
                .body("items[0].method", equalTo("events")).body("items[0].low", equalTo(34))
                .body("items[0].fromSeries", nullValue()).body("items[0].discrepancies", hasSize(0));
        given().queryParam("method", "series-only").when().get("/tallies").then().statusCode(400)
                .body("detail", containsString("method"));
    }

    @Test
    void contradictingCountsFarDatesAndNoPlaceStayApart() {
        post(Claims.report("r-2017a", "SOHR", "2017-04-01")
                .incident("c-2017a1", exact(12), Outcome.INJURED, "CIVILIANS", HAJIN, "2017-04-01", "12 civilians were injured in Hajin")
                .incident("c-2017a2", exact(3), Outcome.INJURED, "CIVILIANS", null, "2017-04-01", "3 civilians were injured").batch());
        post(Claims.report("r-2017b", "DEIR_24", "2017-04-01")
                .incident("c-2017b1", exact(40), Outcome.INJURED, "CIVILIANS", HAJIN, "2017-04-01", "40 civilians were wounded in Hajin")
                .incident("c-2017b2", exact(3), Outcome.INJURED, "CIVILIANS", null, "2017-04-01", "3 civilians were wounded").batch());
        post(Claims.report("r-2017c", "SOHR", "2017-04-06")
                .incident("c-2017c1", exact(12), Outcome.INJURED, "CIVILIANS", HAJIN, "2017-04-06", "12 civilians were injured in Hajin").batch());
        tally("CIVILIANS", "INJURED", "2017", null).body("items[0].events", equalTo(5));
        given().queryParam("location", "Deir ez-Zor").queryParam("from", "2017-01-01").queryParam("to", "2017-12-31")
                .when().get("/tallies").then().statusCode(200).body("items[0].events", equalTo(3));
    }

    @Test
    void csvAndGeoJson() {
        post(Claims.report("r-2018a", "SOHR", "2018-06-01")
                .incident("c-2018a1", exact(4), Outcome.CAPTURED, "HTS", IDLIB_CITY, "2018-06-01", "4 members of HTS were arrested, in Idlib").batch());
        given().accept("text/csv").queryParam("from", "2018-06-01").queryParam("to", "2018-06-01").when().get("/claims").then()
                .statusCode(200).contentType(startsWith("text/csv"))
                .body(startsWith("id,reportId,source")).body(containsString("\"4 members of HTS were arrested, in Idlib\""));
        given().accept("application/geo+json").queryParam("group", "HTS").queryParam("from", "2018-06-01").when().get("/events").then()
                .statusCode(200).contentType(startsWith("application/geo+json"))
                .body("type", equalTo("FeatureCollection"))
                .body("features[0].geometry.coordinates", equalTo(java.util.List.of(36.63f, 35.93f)));
        given().accept("text/csv").queryParam("group", "HTS").queryParam("groupBy", "outcome,month").when().get("/tallies").then()
                .statusCode(200).body(startsWith("outcome,month,low,best,high")).body(containsString("CAPTURED,2018-06,4,4,4,events"));
        given().accept("text/csv").queryParam("group", "HTS").when().get("/events").then().statusCode(200).body(startsWith("id,firstDate"));
    }

    @Test
    void unknownEventIs404() {
        given().when().get("/events/e-000000000000000000000000").then().statusCode(404)
                .contentType(containsString("application/problem+json"));
        given().queryParam("interval", "fortnight").when().get("/series").then().statusCode(400);
    }
}
