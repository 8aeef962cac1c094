package org.casualtyledger.ingest.robust;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.casualtyledger.embeddeddb.PostgresTestResource;
import org.junit.jupiter.api.Test;

/**
 * Input the database cannot store, dates out of range and loose JSON: each a 400 problem naming the field, and none
 * of it stored.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "ingest"))
class HostileInputTest {
    private static final String TEXT = "Two civilians were killed in shelling on Hajin on Monday.";

    private static String json(String source, String text) {
        return "{\"source\":\"" + source + "\",\"publishedAt\":\"2019-01-28\",\"text\":\"" + text + "\"}";
    }

    @Test
    void nulAndBrokenSurrogatesInJsonFieldsAreRefusedByName() {
        refused(json("nul\\u0000source", TEXT), "source");
        refused(json("hostile-json", "Two civilians\\u0000 were killed."), "text");
        refused(json("hostile-json", "Two civilians \\ud800 were killed."), "text");
        refused(json("hostile-json", "Two civilians \\udc00\\ud800 were killed."), "text");
        refused("{\"source\":\"hostile-json\",\"title\":\"a\\u0000b\",\"text\":\"" + TEXT + "\"}", "title");
        refused("{\"source\":\"hostile-json\",\"url\":\"http://x/\\ud83d\",\"text\":\"" + TEXT + "\"}", "url");
        given().contentType(ContentType.JSON).body(json("hostile-json", "A pair is fine: \\ud83d\\ude00. " + TEXT))
                .when().post("/reports").then().statusCode(201);
    }

    @Test
    void nulInPlainTextAndInQueryParametersIsRefusedByName() {
        given().contentType(ContentType.TEXT).body("Two civilians\u0000 were killed.").queryParam("source", "hostile-plain")
                .when().post("/reports")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("text"));
        given().contentType(ContentType.TEXT).body(TEXT).urlEncodingEnabled(false)
                .when().post("/reports?source=a%00b")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("source"));
        given().urlEncodingEnabled(false).when().get("/reports?source=a%00b")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("source"));
        given().urlEncodingEnabled(false).when().get("/reports/r-%00")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("id"));
        given().urlEncodingEnabled(false).when().delete("/reports/r-%00")
                .then().statusCode(400).contentType("application/problem+json");
        given().contentType(ContentType.JSON).urlEncodingEnabled(false).body("{\"source\":\"x\",\"text\":\"" + TEXT + "\"}")
                .when().post("/extract?x=%00")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void batchLinesWithNulAreRefusedAndTheOthersStored() {
        String body = json("hostile-batch", "One \\u0000 civilian was killed.") + "\n" + json("hostile-batch", TEXT) + "\n";
        given().contentType("application/x-ndjson").body(body.getBytes(StandardCharsets.UTF_8))
                .when().post("/reports/batch")
                .then().statusCode(200)
                .body(containsString("\"line\":1,\"status\":400"))
                .body(containsString("text: contains the NUL character"))
                .body(containsString("\"line\":2,\"status\":201"));
    }

    @Test
    void publishedAtOutsideItsRangeIsRefused() {
        for (String date : new String[] {"0000-01-01", "+99999-01-01", "1899-12-31", LocalDate.now(ZoneOffset.UTC).plusDays(2).toString()}) {
            refused("{\"source\":\"hostile-date\",\"publishedAt\":\"" + date + "\",\"text\":\"" + TEXT + "\"}", "publishedAt");
            given().contentType(ContentType.TEXT).body(TEXT).queryParam("source", "hostile-date").queryParam("publishedAt", date)
                    .when().post("/reports")
                    .then().statusCode(400).contentType("application/problem+json").body(containsString("publishedAt"));
        }
        given().contentType(ContentType.JSON).body("{\"source\":\"hostile-date\",\"publishedAt\":17000,\"text\":\"" + TEXT + "\"}")
                .when().post("/reports")
                .then().statusCode(400).contentType("application/problem+json").body("detail", containsString("publishedAt"));
        given().contentType(ContentType.JSON)
                .body("{\"source\":\"hostile-date\",\"publishedAt\":\"" + LocalDate.now(ZoneOffset.UTC).plusDays(1) + "\",\"text\":\"" + TEXT + "\"}")
                .when().post("/reports").then().statusCode(201);
        given().contentType(ContentType.JSON).body("{\"source\":\"hostile-date\",\"publishedAt\":\"1900-01-01\",\"text\":\"Old news. " + TEXT + "\"}")
                .when().post("/reports").then().statusCode(201);
        given().queryParam("source", "hostile-date").when().get("/reports").then().statusCode(200).body("total", equalTo(2));
    }

    @Test
    void looseJsonIsRefused() {
        given().contentType(ContentType.JSON).body("{\"source\":\"hostile-loose\",\"text\":123}")
                .when().post("/reports")
                .then().statusCode(400).contentType("application/problem+json").body("detail", containsString("text"));
        given().contentType(ContentType.JSON).body("{\"source\":\"hostile-loose\",\"text\":true}")
                .when().post("/reports").then().statusCode(400).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body(json("hostile-loose", TEXT) + " {\"more\":1}")
                .when().post("/reports")
                .then().statusCode(400).contentType("application/problem+json").body("detail", containsString("Trailing"));
        given().contentType(ContentType.JSON).body("{\"source\":\"hostile-loose\",\"text\":\"" + TEXT + "\",\"text\":\"Nobody was hurt.\"}")
                .when().post("/reports")
                .then().statusCode(400).contentType("application/problem+json").body("detail", containsString("Duplicate field 'text'"));
        given().contentType("application/x-ndjson").body((json("hostile-loose", TEXT) + " 7\n").getBytes(StandardCharsets.UTF_8))
                .when().post("/reports/batch")
                .then().statusCode(200).body(containsString("\"status\":400"));
        nothingStoredFrom("hostile-loose");
    }

    private static void refused(String body, String field) {
        given().contentType(ContentType.JSON).body(body)
                .when().post("/reports")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("detail", containsString(field))
                .body("errors.field", hasItem(field));
    }

    private static void nothingStoredFrom(String source) {
        given().queryParam("source", source).when().get("/reports").then().statusCode(200).body("total", equalTo(0));
    }
}
