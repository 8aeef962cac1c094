package org.casualtyledger.gateway.access;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import org.casualtyledger.gateway.TestKeys;
import org.junit.jupiter.api.Test;

/** Keys and roles, with the gateway alone: its backends point at a closed port. */
@QuarkusTest
class AccessTest {

    @Test
    void noKeyIsRefusedWithAProblem() {
        given().when().get("/api/v1/tallies")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Bearer"))
                .body("status", equalTo(401))
                .body("instance", equalTo("/api/v1/tallies"));
    }

    @Test
    void unknownKeyIsRefused() {
        given().header("X-API-Key", "not-a-key").when().get("/api/v1/tallies")
                .then().statusCode(401).body("detail", containsString("not valid"));
        given().header("Authorization", "Bearer not-a-key").when().get("/api/v1/tallies")
                .then().statusCode(401);
    }

    @Test
    void readerMayNotSubmitNorDelete() {
        given().header("X-API-Key", TestKeys.READER).contentType("application/json").body("{}")
                .when().post("/api/v1/reports")
                .then().statusCode(403).contentType("application/problem+json")
                .body("detail", containsString("submitter"));
        given().header("Authorization", "Bearer " + TestKeys.SUBMITTER)
                .when().delete("/api/v1/reports/r-0123456789abcdef01234567")
                .then().statusCode(403).body("detail", containsString("admin"));
    }

    @Test
    void aGoodKeyReachesTheBackendWhichHereIsDown() {
        given().header("Authorization", "Bearer " + TestKeys.READER).when().get("/api/v1/tallies")
                .then().statusCode(503).contentType("application/problem+json")
                .header("Retry-After", notNullValue())
                .body("detail", containsString("tally-service"));
        given().header("X-API-Key", TestKeys.ADMIN).contentType("text/plain").body("Two people were killed.")
                .when().post("/api/v1/reports?source=TEST")
                .then().statusCode(503).header("Retry-After", notNullValue())
                .body("detail", containsString("ingest-service"));
    }

    @Test
    void healthContractAndWorkspaceNeedNoKey() {
        given().when().get("/q/health/live").then().statusCode(200);
        given().when().get("/api/v1/openapi").then().statusCode(200);
        given().when().get("/").then().statusCode(200).contentType(containsString("text/html"))
                .body(containsString("/workspace/app.js"));
        given().when().get("/workspace/app.js").then().statusCode(200);
        given().when().get("/workspace/governorates.geojson").then().statusCode(200).body(containsString("Deir ez-Zor"));
        given().when().get("/webjars/chart.js/4.4.7/dist/chart.umd.js").then().statusCode(200)
                .body(containsString("Chart"));
    }

    @Test
    void readinessNamesTheMissingBackends() {
        given().when().get("/q/health/ready")
                .then().statusCode(503)
                .body("checks.find { it.name == 'tally-service' }.status", equalTo("DOWN"))
                .body("checks.find { it.name == 'ingest-service' }.status", equalTo("DOWN"))
                .body("checks.find { it.name == 'tally-service' }.data.error", containsString("unreachable"));
    }
}
