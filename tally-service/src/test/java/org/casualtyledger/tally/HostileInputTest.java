package org.casualtyledger.tally;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.casualtyledger.embeddeddb.PostgresTestResource;
import org.junit.jupiter.api.Test;

/** What the database cannot store, dates out of range and loose JSON never reach the ledger: a 400 problem naming the field. */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "tally"))
class HostileInputTest {

    /** A one-claim batch of report r-hostile; the placeholders are replaced by each case. */
    private static String batch(String publishedAt, String group, String sentence) {
        return """
                {"batchId":1,"report":{"id":"r-hostile","source":"SOHR","publishedAt":"%s"},
                 "claims":[{"id":"c-hostile1","reportId":"r-hostile",
                   "count":{"value":3,"qualifier":"EXACT","low":3,"best":3},
                   "outcome":"KILLED","group":"%s","groupAsWritten":"civilians","scope":"INCIDENT",
                   "periodStart":"2019-01-26","periodEnd":"2019-01-26",
                   "evidence":{"sentence":"%s","start":0,"end":30},"flags":[],"rule":"passive-outcome"}]}"""
                .formatted(publishedAt, group, sentence);
    }

    private static void refused(String body, String field) {
        given().contentType(ContentType.JSON).body(body)
                .when().post("/claims/batch")
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString(field));
    }

    @Test
    void nulAndBrokenSurrogatesInABatchAreRefusedByName() {
        refused(batch("2019-01-26", "CIVI\\u0000LIANS", "3 civilians were killed"), "claims.[0].group");
        refused(batch("2019-01-26", "CIVILIANS", "3 civilians \\ud800 were killed"), "claims.[0].evidence.sentence");
        given().queryParam("reportId", "r-hostile").when().get("/claims").then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void datesOutOfRangeAreRefused() {
        refused(batch("0000-01-01", "CIVILIANS", "3 civilians were killed"), "report.publishedAt");
        refused(batch("+99999-01-01", "CIVILIANS", "3 civilians were killed"), "report.publishedAt");
        refused(batch(LocalDate.now(ZoneOffset.UTC).plusDays(3).toString(), "CIVILIANS", "3 civilians were killed"), "report.publishedAt");
        refused(batch("2019-01-26", "CIVILIANS", "3 civilians were killed").replace("\"periodStart\":\"2019-01-26\"", "\"periodStart\":\"0000-01-01\""),
                "claims[0].periodStart");
        refused(batch("2019-01-26", "CIVILIANS", "3 civilians were killed").replace("\"publishedAt\":\"2019-01-26\"", "\"publishedAt\":17000"),
                "publishedAt");
        given().contentType(ContentType.JSON).body(batch("2019-01-26", "CIVILIANS", "3 civilians were killed").replace("r-hostile", "r-in-range"))
                .when().post("/claims/batch").then().statusCode(200);
        given().when().post("/ledger/rebuild").then().statusCode(200);
    }

    @Test
    void looseJsonIsRefused() {
        String valid = batch("2019-01-26", "CIVILIANS", "3 civilians were killed");
        given().contentType(ContentType.JSON).body(valid + " []").when().post("/claims/batch")
                .then().statusCode(400).contentType("application/problem+json").body("detail", containsString("Trailing"));
        given().contentType(ContentType.JSON).body(valid.replace("\"group\":\"CIVILIANS\"", "\"group\":\"CIVILIANS\",\"group\":\"ISIS\""))
                .when().post("/claims/batch")
                .then().statusCode(400).contentType("application/problem+json").body("detail", containsString("Duplicate field 'group'"));
        given().contentType(ContentType.JSON).body(valid.replace("\"source\":\"SOHR\"", "\"source\":7"))
                .when().post("/claims/batch")
                .then().statusCode(400).contentType("application/problem+json").body("detail", containsString("source"));
    }

    @Test
    void nulInQueryParametersAndPathIdsIsRefusedByName() {
        for (String path : new String[] {"/claims?source=a%00b", "/claims?group=%00", "/tallies?group=a%00", "/events?place=%00"}) {
            given().urlEncodingEnabled(false).when().get(path)
                    .then().statusCode(400).contentType("application/problem+json");
        }
        given().urlEncodingEnabled(false).when().get("/claims?source=a%00b")
                .then().body("errors.field", hasItem("source"));
        given().urlEncodingEnabled(false).when().get("/claims/c-%00")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("id"));
        given().urlEncodingEnabled(false).when().delete("/reports/r-%00")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("reportId"));
        given().queryParam("from", "0000-01-01").when().get("/claims")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("from"));
    }
}
