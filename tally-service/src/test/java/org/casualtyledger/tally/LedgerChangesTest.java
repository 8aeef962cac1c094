package org.casualtyledger.tally;

import static io.restassured.RestAssured.given;
import static org.casualtyledger.tally.Claims.HAJIN;
import static org.casualtyledger.tally.Claims.exact;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.ArrayList;
import java.util.List;
import org.casualtyledger.claim.ClaimBatch;
import org.casualtyledger.claim.LedgerChange;
import org.casualtyledger.claim.Outcome;
import org.casualtyledger.claim.ReportRef;
import org.casualtyledger.embeddeddb.PostgresTestResource;
import org.junit.jupiter.api.Test;

/** Many reports' batches and retractions in one call to POST /ledger/changes, over real HTTP on a real PostgreSQL. */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "tally"))
class LedgerChangesTest {
    private static final int REPORTS = 40;

    /** A report of one incident with two figures; the claim ids derive from the report id. */
    private static ClaimBatch bulletin(String reportId, int n) {
        String claim = reportId.replace("r-", "c-");
        return Claims.report(reportId, "changes-test", "2019-04-" + (10 + n % 18))
                .incident(claim + "a", exact(n + 3), Outcome.KILLED, "CIVILIANS", HAJIN, "2019-04-" + (10 + n % 18),
                        (n + 3) + " civilians were killed in shelling on Hajin")
                .incident(claim + "b", exact(n + 1), Outcome.INJURED, "CIVILIANS", HAJIN, "2019-04-" + (10 + n % 18),
                        (n + 1) + " others were wounded")
                .batch();
    }

    private static ValidatableResponse deliver(List<LedgerChange> changes) {
        return given().contentType(ContentType.JSON).body(changes).when().post("/ledger/changes").then();
    }

    private static List<LedgerChange> manyReports(String prefix) {
        List<LedgerChange> changes = new ArrayList<>();
        for (int i = 0; i < REPORTS; i++) {
            changes.add(LedgerChange.upsert(i + 1, bulletin("r-" + prefix + i, i)));
        }
        return changes;
    }

    private static int claimsOfReport(String reportId) {
        return given().queryParam("reportId", reportId).when().get("/claims").then().statusCode(200)
                .extract().jsonPath().getInt("total");
    }

    @Test
    void manyReportsAreAppliedInOneCall() {
        deliver(manyReports("many")).statusCode(200)
                .body("", hasSize(REPORTS))
                .body("status", everyItem(equalTo(200)))
                .body("inserted", everyItem(equalTo(2)))
                .body("[0].id", equalTo(1)).body("[0].reportId", equalTo("r-many0"))
                .body("[39].id", equalTo(40)).body("[39].reportId", equalTo("r-many39"));
        for (int i = 0; i < REPORTS; i += 13) {
            assertEquals(2, claimsOfReport("r-many" + i), "report r-many" + i);
        }
    }

    @Test
    void theSameDeliveryTwiceChangesNothing() {
        List<LedgerChange> changes = manyReports("twice");
        deliver(changes).statusCode(200).body("inserted", everyItem(equalTo(2)));
        deliver(changes).statusCode(200)
                .body("status", everyItem(equalTo(200)))
                .body("inserted", everyItem(equalTo(0)))
                .body("updated", everyItem(equalTo(0)))
                .body("removed", everyItem(equalTo(0)));
        assertEquals(2, claimsOfReport("r-twice7"));
    }

    @Test
    void aRefusedReportDoesNotHoldBackTheOthers() {
        List<LedgerChange> changes = manyReports("refused");
        ClaimBatch good = bulletin("r-refused-bad", 5);
        ClaimBatch bad = new ClaimBatch(0, new ReportRef("r-refused-bad", " ", null, null, good.report().publishedAt()), good.claims());
        changes.add(REPORTS / 2, LedgerChange.upsert(99, bad));
        deliver(changes).statusCode(200)
                .body("", hasSize(REPORTS + 1))
                .body("[20].id", equalTo(99)).body("[20].status", equalTo(400))
                .body("[20].detail", containsString("report.source"))
                .body("[19].status", equalTo(200)).body("[21].status", equalTo(200)).body("[40].status", equalTo(200));
        assertEquals(0, claimsOfReport("r-refused-bad"));
        assertEquals(2, claimsOfReport("r-refused" + (REPORTS - 1)));
    }

    @Test
    void aReportsChangesAreAppliedInTheOrderSent() {
        ClaimBatch gone = bulletin("r-order-gone", 1);
        ClaimBatch back = bulletin("r-order-back", 2);
        List<LedgerChange> changes = List.of(
                LedgerChange.upsert(1, gone),
                LedgerChange.upsert(2, back),
                LedgerChange.retract(3, "r-order-gone"),
                LedgerChange.retract(4, "r-order-back"),
                LedgerChange.upsert(5, back));
        deliver(changes).statusCode(200)
                .body("status", everyItem(equalTo(200)))
                .body("[2].removed", equalTo(2))
                .body("[3].removed", equalTo(2))
                .body("[4].inserted", equalTo(2));
        assertEquals(0, claimsOfReport("r-order-gone"), "posted, then retracted");
        assertEquals(2, claimsOfReport("r-order-back"), "retracted, then posted again");
    }

    @Test
    void anInvalidChangeIsRefusedAlone() {
        deliver(List.of(new LedgerChange(1, LedgerChange.Kind.UPSERT, "r-nobatch", null),
                new LedgerChange(2, LedgerChange.Kind.UPSERT, "r-other", bulletin("r-mismatch", 3))))
                .statusCode(200)
                .body("status", everyItem(equalTo(400)))
                .body("[0].detail", containsString("batch"))
                .body("[1].detail", containsString("reportId"));
    }

    @Test
    void aDeliveryThatIsNotAnArrayIsA400Problem() {
        given().contentType(ContentType.JSON).body("{\"id\":1}").when().post("/ledger/changes").then()
                .statusCode(400).contentType(containsString("application/problem+json"));
    }
}
