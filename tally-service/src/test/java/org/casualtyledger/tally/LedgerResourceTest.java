package org.casualtyledger.tally;

import static io.restassured.RestAssured.given;
import static org.casualtyledger.tally.Claims.BAGHUZ;
import static org.casualtyledger.tally.Claims.about;
import static org.casualtyledger.tally.Claims.atLeast;
import static org.casualtyledger.tally.Claims.exact;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.casualtyledger.claim.ClaimBatch;
import org.casualtyledger.claim.Outcome;
import org.casualtyledger.embeddeddb.PostgresTestResource;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "tally"))
class LedgerResourceTest {

    private static Claims attackBulletin(String reportId) {
        return Claims.report(reportId, "SOHR", "2019-01-26")
                .incident(reportId.replace("r-", "c-") + "1", about(35), Outcome.KILLED, "ISIS", BAGHUZ, "2019-01-26",
                        "About 35 ISIS members were killed in the failed attack in Al-Baghuz")
                .incident(reportId.replace("r-", "c-") + "2", atLeast(16), Outcome.KILLED, "SDF", BAGHUZ, "2019-01-26",
                        "at least 16 members of the SDF were also killed");
    }

    private static io.restassured.response.ValidatableResponse post(ClaimBatch batch) {
        return given().contentType(ContentType.JSON).body(batch).when().post("/claims/batch").then();
    }

    @Test
    void aBatchSentTwiceChangesNothing() {
        ClaimBatch batch = attackBulletin("r-idem").batch();
        post(batch).statusCode(200).body("reportId", equalTo("r-idem")).body("received", equalTo(2))
                .body("inserted", equalTo(2)).body("updated", equalTo(0)).body("removed", equalTo(0));
        post(batch).statusCode(200).body("inserted", equalTo(0)).body("updated", equalTo(0)).body("removed", equalTo(0));
        given().queryParam("source", "SOHR").queryParam("group", "SDF").queryParam("from", "2019-01-26").queryParam("to", "2019-01-26")
                .when().get("/claims").then().statusCode(200)
                .body("items.id", hasItem("c-idem2"));
    }

    @Test
    void aBatchReplacesTheReportsClaims() {
        Claims bulletin = attackBulletin("r-repl");
        post(bulletin.batch()).statusCode(200).body("inserted", equalTo(2));
        post(bulletin.without("c-repl2")).statusCode(200)
                .body("inserted", equalTo(0)).body("updated", equalTo(0)).body("removed", equalTo(1));
        given().when().get("/claims/c-repl2").then().statusCode(404)
                .contentType(containsString("application/problem+json")).body("status", equalTo(404));
        given().when().get("/claims/c-repl1").then().statusCode(200)
                .body("count.value", equalTo(35)).body("source", equalTo("SOHR")).body("eventId", notNullValue())
                .body("evidence.sentence", containsString("About 35 ISIS members"));
    }

    @Test
    void retractingAReportRemovesItsClaimsAndIsIdempotent() {
        post(attackBulletin("r-gone").batch()).statusCode(200);
        given().when().delete("/reports/r-gone").then().statusCode(200).body("reportId", equalTo("r-gone")).body("removed", equalTo(2));
        given().when().delete("/reports/r-gone").then().statusCode(200).body("removed", equalTo(0));
        given().queryParam("reportId", "r-gone").when().get("/claims").then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void changedContentCountsAsUpdated() {
        post(Claims.report("r-upd", "SOHR", "2019-02-01")
                .incident("c-upd1", exact(5), Outcome.KILLED, "CIVILIANS", BAGHUZ, "2019-02-01", "5 civilians were killed").batch())
                .statusCode(200).body("inserted", equalTo(1));
        post(Claims.report("r-upd", "SOHR", "2019-02-01")
                .incident("c-upd1", exact(6), Outcome.KILLED, "CIVILIANS", BAGHUZ, "2019-02-01", "6 civilians were killed").batch())
                .statusCode(200).body("inserted", equalTo(0)).body("updated", equalTo(1));
        given().when().get("/claims/c-upd1").then().statusCode(200).body("count.value", equalTo(6));
    }

    @Test
    void badInputIsAProblem() {
        given().contentType(ContentType.JSON).body("{\"report\": ").when().post("/claims/batch").then().statusCode(400)
                .contentType(containsString("application/problem+json"));
        given().contentType(ContentType.JSON).body("{\"batchId\":1,\"report\":{\"id\":\"r-x\",\"source\":\"\",\"publishedAt\":\"2019-01-01\"},\"claims\":[]}")
                .when().post("/claims/batch").then().statusCode(400)
                .contentType(containsString("application/problem+json")).body("errors.field", hasItem("report.source"));
        given().queryParam("from", "2019-13-01").when().get("/claims").then().statusCode(400)
                .contentType(containsString("application/problem+json")).body("detail", containsString("from"));
        given().queryParam("outcome", "EATEN").when().get("/tallies").then().statusCode(400)
                .contentType(containsString("application/problem+json")).body("detail", containsString("outcome"));
        given().queryParam("to", "yesterday").when().get("/tallies").then().statusCode(400)
                .contentType(containsString("application/problem+json"));
        given().queryParam("size", "501").when().get("/claims").then().statusCode(400);
        given().queryParam("groupBy", "colour").when().get("/tallies").then().statusCode(400)
                .body("detail", containsString("colour"));
    }

    @Test
    void healthOpenApiAndMetrics() {
        given().when().get("/q/health/ready").then().statusCode(200);
        given().when().get("/q/health/live").then().statusCode(200);
        given().when().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths", org.hamcrest.Matchers.hasKey("/tallies"))
                .body("paths", org.hamcrest.Matchers.hasKey("/claims/batch"));
        given().when().get("/tallies").then().statusCode(200);
        given().when().get("/q/metrics").then().statusCode(200).body(containsString("ledger_tally_query"));
    }
}
