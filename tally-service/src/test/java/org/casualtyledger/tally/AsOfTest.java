package org.casualtyledger.tally;

import static io.restassured.RestAssured.given;
import static org.casualtyledger.tally.Claims.BAGHUZ;
import static org.casualtyledger.tally.Claims.DEIR_EZZOR;
import static org.casualtyledger.tally.Claims.HAJIN;
import static org.casualtyledger.tally.Claims.about;
import static org.casualtyledger.tally.Claims.atLeast;
import static org.casualtyledger.tally.Claims.exact;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.casualtyledger.claim.ClaimBatch;
import org.casualtyledger.claim.Outcome;
import org.casualtyledger.embeddeddb.PostgresTestResource;
import org.junit.jupiter.api.Test;

/**
 * The ledger as of any time: ingest, a second report, a revision and a retraction in steps; after each step every
 * read's current answer is recorded, and at the end every read asked {@code asOf} each step's time must give exactly
 * the answer recorded then. The steps are asked out of order, so that the ledger of a step is derived from a later
 * one (the live ledger, or a later step's) as well as from an earlier one; a ledger of other claims stands beside
 * them, so that the steps' changes are few against the claims and each step is derived by the incremental path.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "tally"))
class AsOfTest {
    private static final String GROUP = "ASOFTEST";

    /** A read: path, query and media type. */
    record Read(String path, Map<String, String> query, String accept) {
        Read(String path, String accept, String... query) {
            this(path, pairs(query), accept);
        }

        private static Map<String, String> pairs(String... kv) {
            Map<String, String> map = new LinkedHashMap<>();
            for (int i = 0; i < kv.length; i += 2) {
                map.put(kv[i], kv[i + 1]);
            }
            return map;
        }
    }

    record Answer(int status, String body) {
    }

    private static final List<Read> READS = List.of(
            new Read("/tallies", "application/json", "group", GROUP),
            new Read("/tallies", "application/json", "groupBy", "group,outcome,month"),
            new Read("/tallies", "application/json", "group", GROUP, "groupBy", "source,outcome", "from", "2019-01-01", "to", "2019-01-31"),
            new Read("/tallies", "application/json", "location", "Deir ez-Zor", "groupBy", "location"),
            new Read("/tallies", "text/csv", "group", GROUP, "groupBy", "outcome"),
            new Read("/series", "application/json", "group", GROUP),
            new Read("/series", "application/json", "group", GROUP, "interval", "day"),
            new Read("/discrepancies", "application/json", "group", GROUP),
            new Read("/events", "application/json", "group", GROUP),
            new Read("/events", "application/json"),
            new Read("/events", "text/csv", "group", GROUP),
            new Read("/events", "application/geo+json", "group", GROUP),
            new Read("/claims", "application/json", "group", GROUP),
            new Read("/claims", "application/json", "reportId", "r-asof-a"),
            new Read("/claims", "text/csv", "group", GROUP));

    private static ClaimBatch first() {
        return Claims.report("r-asof-a", "ASOF-ONE", "2019-01-27")
                .incident("c-asof-a1", atLeast(34), Outcome.KILLED, GROUP, BAGHUZ, "2019-01-26", "34 members at least were killed in Al-Baghuz")
                .incident("c-asof-a2", exact(7), Outcome.INJURED, GROUP, HAJIN, "2019-01-25", "7 were wounded in Hajin")
                .cumulative("c-asof-a3", exact(1250), Outcome.KILLED, GROUP, "2018-11-10", "the toll rose to 1250 since November")
                .batch();
    }

    private static ClaimBatch second() {
        return Claims.report("r-asof-b", "ASOF-TWO", "2019-01-29")
                .incident("c-asof-b1", about(35), Outcome.KILLED, GROUP, DEIR_EZZOR, "2019-01-26", "about 35 fighters were killed in Deir Ezzor countryside")
                .cumulative("c-asof-b2", exact(900), Outcome.KILLED, GROUP, "2018-11-10", "900 killed since November")
                .batch();
    }

    /** A new revision of the first report: one figure changed, one gone, one new, and its running total fell. */
    private static ClaimBatch firstRevised() {
        return Claims.report("r-asof-a", "ASOF-ONE", "2019-01-27")
                .incident("c-asof-a1", atLeast(40), Outcome.KILLED, GROUP, BAGHUZ, "2019-01-26", "40 members at least were killed in Al-Baghuz")
                .incident("c-asof-a4", exact(3), Outcome.CAPTURED, GROUP, HAJIN, "2019-01-25", "3 were captured in Hajin")
                .cumulative("c-asof-a3", exact(1205), Outcome.KILLED, GROUP, "2018-11-10", "the toll rose to 1205 since November")
                .batch();
    }

    /** Reports of another group, posted before the steps: events and running totals the steps never touch. */
    private static List<ClaimBatch> others() {
        List<ClaimBatch> batches = new ArrayList<>();
        for (int r = 0; r < 4; r++) {
            Claims report = Claims.report("r-asof-other-" + r, "ASOF-OTHER-" + r, "2018-0" + (r + 2) + "-10");
            for (int c = 0; c < 6; c++) {
                report.incident("c-asof-o" + r + c, exact(10 + c), Outcome.KILLED, GROUP + "-OTHER", c % 2 == 0 ? BAGHUZ : HAJIN,
                        "2018-0" + (r + 2) + "-0" + (c + 1), (10 + c) + " were killed");
            }
            report.cumulative("c-asof-o" + r + "t", exact(100 + r), Outcome.KILLED, GROUP + "-OTHER", "2018-01-01",
                    "the toll rose to " + (100 + r));
            batches.add(report.batch());
        }
        return batches;
    }

    @Test
    void everyReadAsOfEachStepEqualsTheAnswerOfThatStep() throws InterruptedException {
        others().forEach(AsOfTest::post);
        List<Instant> times = new ArrayList<>();
        List<Map<Read, Answer>> recorded = new ArrayList<>();
        TreeSet<String> eventIds = new TreeSet<>();
        TreeSet<String> claimIds = new TreeSet<>(List.of("c-asof-a1", "c-asof-a2", "c-asof-a3", "c-asof-a4", "c-asof-b1", "c-asof-b2"));
        List<Runnable> steps = List.of(
                () -> post(first()),
                () -> post(second()),
                () -> post(firstRevised()),
                () -> given().when().delete("/reports/r-asof-b").then().statusCode(200));
        times.add(Instant.now());
        recorded.add(answers(null, eventIds, claimIds));
        for (Runnable step : steps) {
            Thread.sleep(5);
            step.run();
            recorded.add(answers(null, eventIds, claimIds));
            times.add(Instant.now());
            Thread.sleep(5);
        }
        assertFalse(eventIds.isEmpty());
        Read tally = READS.get(0);
        for (int i = 1; i < recorded.size(); i++) {
            assertNotEquals(recorded.get(i - 1).get(tally), recorded.get(i).get(tally), "each step changes the tally: step " + i);
        }
        // The events seen at any step, asked about at every step (404 where the event did not stand then).
        List<Map<Read, Answer>> complete = new ArrayList<>();
        for (int i : List.of(4, 0, 2, 1, 3)) {
            Map<Read, Answer> now = recorded.get(i);
            Map<Read, Answer> then = answers(times.get(i), eventIds, claimIds);
            for (Map.Entry<Read, Answer> e : then.entrySet()) {
                Answer was = now.get(e.getKey());
                if (was == null) {
                    continue;
                }
                assertEquals(was.status(), e.getValue().status(), "step " + i + " " + e.getKey());
                if (was.status() == 200) {
                    assertEquals(was.body(), e.getValue().body(), "step " + i + " " + e.getKey());
                }
            }
            complete.add(then);
        }
        assertEquals(recorded.size(), complete.size());
    }

    private static void post(ClaimBatch batch) {
        given().contentType(ContentType.JSON).body(batch).when().post("/claims/batch").then().statusCode(200);
    }

    /** Every read's answer now (asOf null) or as of a time; event ids met are added to the set asked about. */
    private static Map<Read, Answer> answers(Instant asOf, TreeSet<String> eventIds, TreeSet<String> claimIds) {
        Map<Read, Answer> answers = new LinkedHashMap<>();
        for (Read read : READS) {
            answers.put(read, get(read, asOf));
        }
        if (asOf == null) {
            eventIds.addAll(given().queryParam("group", GROUP).queryParam("size", 500).when().get("/events")
                    .then().statusCode(200).extract().jsonPath().getList("items.id", String.class));
        }
        for (String id : eventIds) {
            Read one = new Read("/events/" + id, "application/json");
            answers.put(one, get(one, asOf));
        }
        for (String id : claimIds) {
            Read one = new Read("/claims/" + id, "application/json");
            answers.put(one, get(one, asOf));
        }
        return answers;
    }

    private static Answer get(Read read, Instant asOf) {
        var request = given().accept(read.accept()).queryParams(read.query());
        if (asOf != null) {
            request = request.queryParam("asOf", asOf.toString());
        }
        Response response = request.when().get(read.path());
        return new Answer(response.statusCode(), response.asString());
    }

    @Inject
    Pool pool;

    /**
     * Snapshots outlive the service, so crash recovery, which empties unlogged tables, must not leave an empty one
     * answering: every snapshot's tables are emptied here, and the next question is answered from a snapshot built
     * again. Snapshots under the name they had before they outlived the service are dropped.
     */
    @Test
    void aSnapshotEmptiedByCrashRecoveryIsBuiltAgain() throws InterruptedException {
        post(Claims.report("r-asof-crash", "ASOF-CRASH", "2019-03-02")
                .incident("c-asof-crash1", exact(12), Outcome.KILLED, GROUP + "-CRASH", HAJIN, "2019-03-01", "12 were killed in Hajin")
                .batch());
        Read read = new Read("/tallies", "application/json", "group", GROUP + "-CRASH", "groupBy", "outcome");
        Answer live = get(read, null);
        Thread.sleep(5);
        Instant now = Instant.now();
        Read other = new Read("/tallies", "application/json", "group", GROUP + "-CRASH", "groupBy", "month");
        Answer otherLive = get(other, null);
        assertEquals(live, get(read, now));
        pool.query("CREATE SCHEMA IF NOT EXISTS ledger_at_1").execute().await().indefinitely();
        pool.query("""
                DO $$ DECLARE t record; BEGIN
                  FOR t IN SELECT schemaname, tablename FROM pg_tables WHERE schemaname LIKE 'ledger\\_asof\\_%' LOOP
                    EXECUTE format('TRUNCATE %I.%I', t.schemaname, t.tablename);
                  END LOOP;
                END $$""").execute().await().indefinitely();
        assertEquals(otherLive, get(other, now));
        assertTrue(otherLive.body().contains("\"total\":1"), otherLive.body());
        long retired = pool.query("SELECT count(*) FROM pg_namespace WHERE nspname = 'ledger_at_1'").execute()
                .await().indefinitely().iterator().next().getLong(0);
        assertEquals(0, retired);
    }

    /**
     * A snapshot an older build derived lacks the tables it did not know: the reader would read the live ones in their
     * place. Such a snapshot is built again (here the kept running totals per group, outcome and source are dropped
     * from every snapshot, then the live running total rises).
     */
    @Test
    void aSnapshotWithoutATableThisBuildReadsIsBuiltAgain() throws InterruptedException {
        String group = GROUP + "-OLDER";
        post(Claims.report("r-asof-older1", "ASOF-OLDER", "2019-04-02")
                .cumulative("c-asof-older1", exact(120), Outcome.KILLED, group, "2019-01-01", "120 were killed since January")
                .batch());
        Read read = new Read("/tallies", "application/json", "group", group, "groupBy", "outcome");
        Read other = new Read("/tallies", "application/json", "group", group, "groupBy", "group,outcome");
        Answer live = get(read, null);
        Answer otherLive = get(other, null);
        Thread.sleep(5);
        Instant then = Instant.now();
        assertEquals(live, get(read, then));
        pool.query("""
                DO $$ DECLARE t record; BEGIN
                  FOR t IN SELECT schemaname, tablename FROM pg_tables WHERE schemaname LIKE 'ledger\\_asof\\_%'
                           AND tablename = 'group_outcome_source_series' LOOP
                    EXECUTE format('DROP TABLE %I.%I', t.schemaname, t.tablename);
                  END LOOP;
                END $$""").execute().await().indefinitely();
        post(Claims.report("r-asof-older2", "ASOF-OLDER", "2019-04-09")
                .cumulative("c-asof-older2", exact(150), Outcome.KILLED, group, "2019-01-01", "150 were killed since January")
                .batch());
        assertNotEquals(otherLive, get(other, null));
        assertEquals(otherLive, get(other, then));
    }

    @Test
    void beforeAnythingWasRecordedTheLedgerIsEmpty() {
        given().queryParam("asOf", "1950-01-01").queryParam("group", GROUP).when().get("/claims")
                .then().statusCode(200).body("total", equalTo(0));
        given().queryParam("asOf", "1950-01-01T00:00:00+02:00").when().get("/tallies")
                .then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void anAsOfThatIsNotATimeInRangeIsAProblemNamingIt() {
        String tomorrowAndMore = Instant.now().plusSeconds(2 * 86_400).toString();
        for (String path : List.of("/tallies", "/series", "/events", "/events/e-x", "/claims", "/claims/c-x", "/discrepancies")) {
            for (String bad : List.of("yesterday", "2019-13-01", "1899-12-31T23:59:59Z", tomorrowAndMore, "2019-01-01T00:00:00")) {
                given().queryParam("asOf", bad).when().get(path).then().statusCode(400)
                        .contentType("application/problem+json").body("errors[0].field", equalTo("asOf"));
            }
        }
    }
}
