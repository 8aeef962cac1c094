package org.casualtyledger.ingest.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.casualtyledger.embeddeddb.PostgresTestResource;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "ingest"))
class ReportResourceTest {
    static final String BULLETIN = "Hasakah Province - the monitor documented that 12 members at least of the organization "
            + "were killed in clashes with the SDF near Al-Shaddadi on Tuesday, while 4 fighters of the SDF were wounded.";

    static Map<String, Object> report(String source, String text) {
        return Map.of("source", source, "title", "Clashes near Al-Shaddadi", "publishedAt", "2019-02-06", "language", "en", "text", text);
    }

    @Test
    void storesAReportOnceAndAnswersTheRepeatWithTheSameId() {
        String id = given().contentType(ContentType.JSON).body(report("test-once", BULLETIN))
                .when().post("/reports")
                .then().statusCode(201)
                .body("created", equalTo(true))
                .body("report.id", startsWith("r-"))
                .body("report.claimCount", greaterThan(0))
                .body("claims.size()", greaterThan(0))
                .body("claims[0].evidence.sentence", notNullValue())
                .body("claims[0].rule", notNullValue())
                .extract().path("report.id");

        given().contentType(ContentType.JSON).body(report("test-once", "  " + BULLETIN.replace(" ", "  ") + "\n"))
                .when().post("/reports")
                .then().statusCode(200)
                .body("created", equalTo(false))
                .body("report.id", equalTo(id));

        given().when().get("/reports/" + id).then().statusCode(200).body("text", equalTo(BULLETIN)).body("source", equalTo("test-once"));
        given().when().get("/reports/" + id + "/claims").then().statusCode(200)
                .body("reportId", hasItem(id))
                .body("outcome", hasItem("KILLED"));
        given().queryParam("source", "test-once").when().get("/reports").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].id", equalTo(id));
    }

    @Test
    void takesPlainTextWithMetadataInTheQuery() {
        given().contentType(ContentType.TEXT).body("Three civilians were killed in shelling on Hajin on Monday.")
                .queryParam("source", "test-plain").queryParam("publishedAt", "2019-01-28")
                .when().post("/reports")
                .then().statusCode(201)
                .body("report.publishedAt", equalTo("2019-01-28"))
                .body("report.source", equalTo("test-plain"));
    }

    @Test
    void namesTheMissingField() {
        given().contentType(ContentType.JSON).body(Map.of("source", "test-missing"))
                .when().post("/reports")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("errors.field", hasItem("text"));
        given().contentType(ContentType.JSON).body(Map.of("source", "test-empty", "text", "   "))
                .when().post("/reports")
                .then().statusCode(400).contentType("application/problem+json").body("detail", containsString("text"));
    }

    @Test
    void refusesMalformedJson() {
        given().contentType(ContentType.JSON).body("{\"source\": \"x\", \"text\": ")
                .when().post("/reports")
                .then().statusCode(400).contentType("application/problem+json").body("title", equalTo("Malformed JSON"));
        given().contentType(ContentType.JSON).body("{\"source\": \"x\", \"text\": \"t\", \"publishedAt\": \"26/01/2019\"}")
                .when().post("/reports")
                .then().statusCode(400).contentType("application/problem+json").body("detail", containsString("publishedAt"));
    }

    @Test
    void refusesOtherContentTypes() {
        given().contentType("application/xml").body("<report/>")
                .when().post("/reports")
                .then().statusCode(415).contentType("application/problem+json").body("status", equalTo(415));
    }

    @Test
    void refusesATextOverTheLimit() {
        String huge = "x".repeat(1024 * 1024 + 1);
        given().contentType(ContentType.JSON).body(report("test-huge", huge))
                .when().post("/reports")
                .then().statusCode(413).contentType("application/problem+json").body("detail", containsString("1048576"));
    }

    @Test
    void answersUnknownIdsWith404() {
        given().when().get("/reports/r-000000000000000000000000").then().statusCode(404).contentType("application/problem+json");
        given().when().get("/reports/r-000000000000000000000000/claims").then().statusCode(404).contentType("application/problem+json");
        given().when().delete("/reports/r-000000000000000000000000").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void refusesABadDateFilter() {
        given().queryParam("from", "yesterday").when().get("/reports")
                .then().statusCode(400).contentType("application/problem+json").body("detail", containsString("from"));
        given().queryParam("size", "5000").when().get("/reports")
                .then().statusCode(400).contentType("application/problem+json").body("detail", containsString("size"));
    }

    @Test
    void sortsTheReportsOverEveryPageAndRefusesAnyOtherOrder() {
        String[] titles = {"Bravo", "Alpha", "Charlie"};
        for (int i = 0; i < titles.length; i++) {
            Map<String, Object> report = new java.util.HashMap<>(report("test-sort", (i + 3) + " civilians were killed in shelling on Hajin."));
            report.put("title", titles[i]);
            given().contentType(ContentType.JSON).body(report).when().post("/reports").then().statusCode(201);
        }
        java.util.List<String> byTitle = new java.util.ArrayList<>();
        for (int page = 0; page < 2; page++) {
            byTitle.addAll(given().queryParam("source", "test-sort").queryParam("sort", "-title").queryParam("size", 2).queryParam("page", page)
                    .when().get("/reports").then().statusCode(200).extract().jsonPath().getList("items.title", String.class));
        }
        org.junit.jupiter.api.Assertions.assertEquals(java.util.List.of("Charlie", "Bravo", "Alpha"), byTitle);
        given().queryParam("sort", "text").when().get("/reports").then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("-publishedAt"));
    }

    @Test
    void storesAndRevisesAReportOfMoreClaimsThanOneInsertTakes() {
        String url = "https://example.org/long-list";
        String id = given().contentType(ContentType.JSON).body(longList(url, 2))
                .when().post("/reports").then().statusCode(201)
                .body("report.claimCount", equalTo(LIST_LINES)).extract().path("report.id");
        given().when().get("/reports/" + id + "/claims").then().statusCode(200)
                .body("size()", equalTo(LIST_LINES)).body("count.value", not(hasItem(LIST_LINES + 2)));

        given().contentType(ContentType.JSON).body(longList(url, 3))
                .when().post("/reports").then().statusCode(201)
                .body("report.id", equalTo(id)).body("report.claimCount", equalTo(LIST_LINES));
        given().when().get("/reports/" + id + "/claims").then().statusCode(200)
                .body("size()", equalTo(LIST_LINES)).body("count.value", hasItem(LIST_LINES + 2));
    }

    /** More claims than one INSERT writes (ClaimInsert's rows per statement): one incident a line, in villages of their own. */
    private static final int LIST_LINES = 620;

    private static Map<String, Object> longList(String url, int firstCount) {
        StringBuilder text = new StringBuilder("Shelling on villages of the countryside, one line a village:\n");
        for (int i = 0; i < LIST_LINES; i++) {
            String village = "" + (char) ('A' + i % 26) + (char) ('a' + i / 26 % 26) + "rin";
            text.append("In the village of ").append(village).append(", ").append(firstCount + i).append(" civilians were killed.\n");
        }
        return Map.of("source", "test-long-list", "url", url, "publishedAt", "2019-02-06", "text", text.toString());
    }

    @Test
    void retractsAReport() {
        String id = given().contentType(ContentType.JSON).body(report("test-retract", BULLETIN))
                .when().post("/reports").then().statusCode(201).extract().path("report.id");
        given().when().delete("/reports/" + id).then().statusCode(200).body("reportId", equalTo(id)).body("retractedClaims", greaterThan(0));
        given().when().get("/reports/" + id).then().statusCode(404);
    }

    @Test
    void extractsWithoutStoring() {
        given().contentType(ContentType.JSON).body(report("test-dry", BULLETIN))
                .when().post("/extract")
                .then().statusCode(200).body("claims.outcome", hasItem("KILLED"));
        given().queryParam("source", "test-dry").when().get("/reports").then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void ingestsABatchLineByLine() {
        String body = "{\"source\":\"test-batch\",\"publishedAt\":\"2019-02-01\",\"text\":\"Two civilians were killed in Hajin.\"}\n"
                + "\n"
                + "{\"source\":\"test-batch\",\"text\":\"\"}\n"
                + "{not json}\n";
        given().config(io.restassured.RestAssured.config().encoderConfig(io.restassured.config.EncoderConfig.encoderConfig()
                        .encodeContentTypeAs("application/x-ndjson", ContentType.TEXT)))
                .contentType("application/x-ndjson").body(body)
                .when().post("/reports/batch")
                .then().statusCode(200)
                .body(containsString("\"line\":1,\"status\":201"))
                .body(containsString("\"line\":3,\"status\":400"))
                .body(containsString("\"line\":4,\"status\":400"));
    }

    @Test
    void servesOpenApiHealthAndMetrics() {
        given().when().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths", org.hamcrest.Matchers.hasKey("/reports"))
                .body("paths", org.hamcrest.Matchers.hasKey("/extract"));
        given().when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().contentType(ContentType.JSON).body(report("test-metrics", BULLETIN)).when().post("/reports");
        given().when().get("/q/metrics").then().statusCode(200)
                .body(containsString("ledger_reports_ingested_total"))
                .body(containsString("ledger_claims_extracted_total"))
                .body(containsString("ledger_extraction_seconds_bucket"))
                .body(containsString("ledger_outbox_backlog"));
    }
}
