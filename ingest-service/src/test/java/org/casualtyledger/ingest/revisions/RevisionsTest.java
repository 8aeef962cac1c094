package org.casualtyledger.ingest.revisions;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.casualtyledger.claim.Claim;
import org.casualtyledger.claim.ClaimBatch;
import org.casualtyledger.embeddeddb.PostgresTestResource;
import org.casualtyledger.ingest.outbox.OutboxEntry;
import org.junit.jupiter.api.Test;

/** A report posted again under the same source and url with another text is a new revision of the same report. */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "ingest"))
class RevisionsTest {
    static final String FIRST = "Hasakah Province - 12 members at least of the organization were killed in clashes near Al-Shaddadi. "
            + "Separately, 3 civilians were wounded in shelling on Hajin.";
    static final String SECOND = "Hasakah Province - 12 members at least of the organization were killed in clashes near Al-Shaddadi. "
            + "Separately, 5 civilians were killed in shelling on Hajin.";

    @Inject
    ObjectMapper json;

    static Map<String, Object> report(String url, String text) {
        return Map.of("source", "revision-test-" + url.hashCode(), "url", url, "publishedAt", "2019-02-06", "text", text);
    }

    @Test
    void aNewTextUnderTheSameUrlIsANewRevisionWithTheSameId() {
        String url = "https://example.org/revision/1/" + System.nanoTime();
        String id = given().contentType(ContentType.JSON).body(report(url, FIRST)).post("/reports")
                .then().statusCode(201).body("report.revision", equalTo(1))
                .body("report.extractorVersion", startsWith("0.1.0")).extract().path("report.id");
        List<String> firstIds = given().get("/reports/" + id + "/claims").then().extract().path("id");

        given().contentType(ContentType.JSON).body(report(url, SECOND)).post("/reports")
                .then().statusCode(201).body("created", equalTo(true))
                .body("report.id", equalTo(id)).body("report.revision", equalTo(2));
        // The same text again changes nothing.
        given().contentType(ContentType.JSON).body(report(url, SECOND)).post("/reports")
                .then().statusCode(200).body("created", equalTo(false)).body("report.revision", equalTo(2));

        List<String> secondIds = given().get("/reports/" + id + "/claims").then().statusCode(200)
                .body("outcome", hasItem("KILLED")).body("outcome", not(hasItem("INJURED"))).extract().path("id");
        assertEquals(firstIds.get(0), secondIds.get(0), "the figure at the same span keeps its claim id");

        given().get("/reports/" + id + "/revisions").then().statusCode(200)
                .body("size()", equalTo(2))
                .body("[0].revision", equalTo(1)).body("[0].current", equalTo(false)).body("[0].supersededAt", notNullValue())
                .body("[0].claims.outcome", hasItem("INJURED"))
                .body("[0].claims.size()", equalTo(firstIds.size()))
                .body("[1].revision", equalTo(2)).body("[1].current", equalTo(true)).body("[1].supersededAt", nullValue())
                .body("[1].claims.id", equalTo(secondIds))
                .body("[1].extractorVersion", startsWith("0.1.0"));
        given().get("/reports/" + id).then().body("text", equalTo(SECOND)).body("revision", equalTo(2));
    }

    @Test
    void theOutboxCarriesTheNewClaimSet() throws Throwable {
        String url = "https://example.org/revision/2/" + System.nanoTime();
        String id = given().contentType(ContentType.JSON).body(report(url, FIRST)).post("/reports").then().extract().path("report.id");
        given().contentType(ContentType.JSON).body(report(url, SECOND)).post("/reports").then().statusCode(201);
        List<OutboxEntry> entries = VertxContextSupport.subscribeAndAwait(() -> Panache.withSession(
                () -> OutboxEntry.<OutboxEntry>find("reportId = ?1 order by id", id).list()));
        assertEquals(2, entries.size());
        List<Claim> latest = batch(entries.get(1).payload).claims();
        assertTrue(latest.stream().noneMatch(c -> c.outcome().name().equals("INJURED")), latest.toString());
        assertTrue(latest.stream().allMatch(c -> c.reportId().equals(id)));
    }

    @Test
    void reportsWithoutAUrlOrFromAnotherSourceStayApart() {
        String a = given().contentType(ContentType.JSON).body(Map.of("source", "revision-test-no-url", "publishedAt", "2019-02-06", "text", FIRST))
                .post("/reports").then().statusCode(201).extract().path("report.id");
        String b = given().contentType(ContentType.JSON).body(Map.of("source", "revision-test-no-url", "publishedAt", "2019-02-06", "text", SECOND))
                .post("/reports").then().statusCode(201).body("report.revision", equalTo(1)).extract().path("report.id");
        assertTrue(!a.equals(b));
        given().get("/reports/r-000000000000000000000000/revisions").then().statusCode(404)
                .contentType("application/problem+json");
    }

    private ClaimBatch batch(String payload) {
        try {
            return json.readValue(payload, ClaimBatch.class);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
