package org.casualtyledger.ingest.robust;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.Map;
import org.casualtyledger.embeddeddb.PostgresTestResource;
import org.casualtyledger.ingest.report.UnreadReports;
import org.junit.jupiter.api.Test;

/**
 * A report the extractor cannot read within its budget is stored all the same, answered 202 with read=false, and
 * read in the background later, its claims then queued for the ledger. Here the request's budget is one
 * millisecond (no real bulletin is read that fast) while the background's is the default.
 */
@QuarkusTest
@TestProfile(UnreadReportTest.OneMillisecondBudget.class)
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "ingest"))
class UnreadReportTest {

    public static class OneMillisecondBudget implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("ledger.extract.budget", "1ms", "ledger.reread.initial-backoff", "0S");
        }
    }

    @Inject
    UnreadReports unread;

    @Test
    void aReportOverItsBudgetIsStoredUnreadAndReadLater() throws Throwable {
        String text = bulletin(200);
        long pendingBefore = pendingDeliveries();
        String id = given().contentType(ContentType.JSON).body(Map.of("source", "unread-budget", "publishedAt", "2019-04-01", "text", text))
                .when().post("/reports")
                .then().statusCode(202)
                .body("created", equalTo(true))
                .body("read", equalTo(false))
                .body("claims.size()", equalTo(0))
                .body("report.read", equalTo(false))
                .body("report.readFailure", equalTo("time budget exceeded"))
                .body("report.readAttempts", equalTo(1))
                .extract().path("report.id");
        given().when().get("/reports/" + id).then().statusCode(200)
                .body("read", equalTo(false)).body("text", equalTo(text)).body("claimCount", equalTo(0));
        given().contentType(ContentType.JSON).body(Map.of("source", "unread-budget", "text", text))
                .when().post("/reports").then().statusCode(200).body("created", equalTo(false)).body("read", equalTo(false));
        assertEquals(pendingBefore, pendingDeliveries(), "nothing is delivered for an unread report");
        given().contentType(ContentType.JSON).body(Map.of("source", "dry", "text", text))
                .when().post("/extract").then().statusCode(422).contentType("application/problem+json");

        int readNow = VertxContextSupport.subscribeAndAwait(() -> unread.rereadDue());

        assertEquals(1, readNow);
        given().when().get("/reports/" + id).then().statusCode(200)
                .body("read", equalTo(true))
                .body("readFailure", nullValue())
                .body("readAttempts", equalTo(2))
                .body("claimCount", greaterThan(100));
        given().when().get("/reports/" + id + "/claims").then().statusCode(200).body("size()", greaterThan(100));
        assertEquals(pendingBefore + 1, pendingDeliveries(), "the claims of the report read at last are queued for the ledger");
        assertEquals(0, (int) VertxContextSupport.subscribeAndAwait(() -> unread.rereadDue()), "nothing left to read");
    }

    private static String bulletin(int incidents) {
        StringBuilder text = new StringBuilder("Idlib Province - the monitor documented the following incidents.\n");
        for (int i = 1; i <= incidents; i++) {
            text.append("In the village of Kafr ").append(i).append(", ").append(i % 9 + 2)
                    .append(" civilians were killed by shelling on Monday.\n");
        }
        return text.toString();
    }

    private static long pendingDeliveries() {
        return ((Number) given().when().get("/outbox").then().statusCode(200).extract().path("pending")).longValue();
    }
}
