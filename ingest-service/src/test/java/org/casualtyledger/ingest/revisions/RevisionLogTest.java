package org.casualtyledger.ingest.revisions;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Instant;
import org.casualtyledger.embeddeddb.PostgresTestResource;
import org.junit.jupiter.api.Test;

/** GET /revisions: every revision of every report, newest first, filtered by time received and source. */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "ingest"))
class RevisionLogTest {

    @Test
    void listsTheRevisionsOfAllReportsNewestFirst() {
        String source = "revision-log-" + System.nanoTime();
        String url = "https://example.org/revision-log/" + System.nanoTime();
        Instant before = Instant.now().minusSeconds(1);
        String id = given().contentType(ContentType.JSON)
                .body(RevisionsTest.report(url, RevisionsTest.FIRST).entrySet().stream().collect(java.util.stream.Collectors.toMap(
                        e -> e.getKey(), e -> e.getKey().equals("source") ? (Object) source : e.getValue())))
                .post("/reports").then().statusCode(201).extract().path("report.id");
        given().contentType(ContentType.JSON)
                .body(java.util.Map.of("source", source, "url", url, "publishedAt", "2019-02-06", "text", RevisionsTest.SECOND))
                .post("/reports").then().statusCode(201);

        given().queryParam("source", source).queryParam("from", before.toString()).get("/revisions").then().statusCode(200)
                .body("total", equalTo(2))
                .body("items[0].reportId", equalTo(id)).body("items[0].revision", equalTo(2))
                .body("items[0].supersededAt", nullValue()).body("items[0].source", equalTo(source))
                .body("items[1].revision", equalTo(1)).body("items[1].supersededAt", notNullValue())
                .body("items[1].url", equalTo(url));
        given().queryParam("source", source).queryParam("to", before.toString()).get("/revisions").then().statusCode(200)
                .body("total", equalTo(0));
        given().queryParam("source", source).queryParam("size", "1").queryParam("page", "1").get("/revisions").then()
                .body("items.size()", equalTo(1)).body("items[0].revision", equalTo(1));
    }

    @Test
    void asOfATimeBetweenTwoRevisionsTheFirstIsCurrentAndTheSecondUnknown() throws InterruptedException {
        String source = "revision-log-as-of-" + System.nanoTime();
        String url = "https://example.org/revision-log-as-of/" + System.nanoTime();
        given().contentType(ContentType.JSON)
                .body(java.util.Map.of("source", source, "url", url, "publishedAt", "2019-02-05", "text", RevisionsTest.FIRST))
                .post("/reports").then().statusCode(201);
        Thread.sleep(20);
        String between = Instant.now().toString();
        Thread.sleep(20);
        given().contentType(ContentType.JSON)
                .body(java.util.Map.of("source", source, "url", url, "publishedAt", "2019-02-06", "text", RevisionsTest.SECOND))
                .post("/reports").then().statusCode(201);

        given().queryParam("source", source).queryParam("asOf", between).get("/revisions").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].revision", equalTo(1)).body("items[0].supersededAt", nullValue());
        given().queryParam("source", source).get("/revisions").then().statusCode(200)
                .body("total", equalTo(2)).body("items[1].supersededAt", notNullValue());
        given().queryParam("asOf", "last week").get("/revisions").then().statusCode(400)
                .body("detail", containsString("asOf"));
    }

    @Test
    void aMalformedTimeIsAProblemNamingIt() {
        given().queryParam("from", "yesterday").get("/revisions").then().statusCode(400)
                .body("detail", containsString("from"));
    }
}
