package org.casualtyledger.tally;

import static io.restassured.RestAssured.given;
import static org.casualtyledger.tally.Claims.BAGHUZ;
import static org.casualtyledger.tally.Claims.HAJIN;
import static org.casualtyledger.tally.Claims.IDLIB_CITY;
import static org.casualtyledger.tally.Claims.exact;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.micrometer.core.instrument.MeterRegistry;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.casualtyledger.claim.Outcome;
import org.casualtyledger.embeddeddb.PostgresTestResource;
import org.junit.jupiter.api.Test;

/**
 * Live tallies are remembered by the ledger's version and paged from the remembered cells. After every kind of change
 * (new reports, a revision, a correction, a retraction, a rebuild) each remembered answer must equal the same question
 * computed afresh, which is asked with a last day that no earlier step asked (so nothing remembered can answer it; a
 * day off the month's end also takes the events and running-total points instead of the monthly rollups), and must
 * differ from the step before (so a stale answer would show). Everything happens in 2007, a year no other test uses.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "tally"))
class RememberedTalliesTest {
    private static final Map<String, Map<String, String>> QUESTIONS = new LinkedHashMap<>();

    static {
        QUESTIONS.put("monthly", Map.of("groupBy", "month"));
        QUESTIONS.put("byGroupOutcome", Map.of("groupBy", "group,outcome"));
        QUESTIONS.put("monthGroupEvents", Map.of("groupBy", "month,group", "method", "events"));
        QUESTIONS.put("monthlyBySource", Map.of("groupBy", "month,source"));
        QUESTIONS.put("monthlyOfIsis", Map.of("groupBy", "month", "group", "ISIS"));
    }

    @Inject
    Pool pool;

    @Inject
    MeterRegistry registry;

    private int step;

    @Test
    void rememberedAnswersFollowEveryChange() {
        Map<String, Object> before = answers();
        CorrectionsTest.post(bulletin("r-2007a", "SOHR", "2007-02-03", 12, 250).batch());
        CorrectionsTest.post(bulletin("r-2007b", "DEIR_24", "2007-03-10", 7, 40).batch());
        before = checkedAfterChange(before, "new reports");
        // A revision of a report: the same report again with other figures replaces its claims.
        CorrectionsTest.post(bulletin("r-2007a", "SOHR", "2007-02-03", 15, 260).batch());
        before = checkedAfterChange(before, "a revision");
        CorrectionsTest.correct("c-r-2007b-1", Map.of("reason", "The bulletin says 9", "value", 9)).statusCode(201);
        before = checkedAfterChange(before, "a correction");
        CorrectionsTest.post(bulletin("r-2007c", "SOHR", "2007-04-20", 3, 300).batch());
        before = checkedAfterChange(before, "another report");
        given().when().delete("/reports/r-2007c").then().statusCode(200);
        before = checkedAfterChange(before, "a retraction");
    }

    @Test
    void aRebuildIsNotAnsweredFromBeforeIt() {
        CorrectionsTest.post(bulletin("r-2007r", "SNHR", "2007-06-05", 5, 90).batch());
        Map<String, String> june = Map.of("groupBy", "month,group", "from", "2007-06-01", "to", "2007-06-30");
        List<Map<String, Object>> right = tallies(june);
        assertTrue(!right.isEmpty());
        // Derived rows lost behind the ledger's back (no change recorded), then a rebuild that derives them again.
        pool.query("DELETE FROM event_rollup WHERE month = DATE '2007-06-01'").execute().await().indefinitely();
        pool.query("DELETE FROM month_group_report WHERE month = DATE '2007-06-01'").execute().await().indefinitely();
        pool.query("DELETE FROM month_group_tally WHERE month = DATE '2007-06-01'").execute().await().indefinitely();
        assertNotEquals(right, tallies(Map.of("groupBy", "month,group", "from", "2007-06-01", "to", "2007-07-31")));
        given().when().post("/ledger/rebuild").then().statusCode(200);
        assertEquals(right, tallies(Map.of("groupBy", "month,group", "from", "2007-06-01", "to", "2007-07-31")));
        assertEquals(right, tallies(june));
    }

    @Test
    void pagesAreCutFromTheSameCells() {
        CorrectionsTest.post(bulletin("r-2007p", "SOHR", "2007-09-07", 4, 80).batch());
        Map<String, String> question = Map.of("groupBy", "month,group", "from", "2007-09-01", "to", "2007-09-30");
        List<Map<String, Object>> all = tallies(question);
        assertTrue(all.size() > 1);
        List<Map<String, Object>> paged = new ArrayList<>();
        for (int page = 0; page < all.size(); page++) {
            paged.addAll(given().queryParams(question).queryParam("page", page).queryParam("size", 1).when().get("/tallies")
                    .then().statusCode(200).extract().path("items"));
        }
        assertEquals(all, paged);
    }

    @Test
    void concurrentReadersOfOneQuestionShareOneComputation() throws Exception {
        CorrectionsTest.post(bulletin("r-2007s", "SOHR", "2007-10-04", 6, 120).batch());
        Map<String, String> question = Map.of("groupBy", "month,outcome", "from", "2007-10-01", "to", "2007-10-31");
        double computed = computed("reader");
        ExecutorService readers = Executors.newFixedThreadPool(8);
        try {
            List<Future<List<Map<String, Object>>>> answers = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                answers.add(readers.submit(() -> tallies(question)));
            }
            List<Map<String, Object>> first = answers.get(0).get();
            assertTrue(!first.isEmpty());
            for (Future<List<Map<String, Object>>> answer : answers) {
                assertEquals(first, answer.get());
            }
        } finally {
            readers.shutdown();
        }
        assertEquals(computed + 1, computed("reader"), "eight readers of one question, nothing changed in between");
    }

    @Test
    void aQuestionAskedLatelyIsAnsweredAheadOfItsReaderAfterAChange() throws Exception {
        CorrectionsTest.post(bulletin("r-2007t", "SOHR", "2007-11-04", 8, 140).batch());
        Map<String, String> question = Map.of("groupBy", "month,subgroup", "from", "2007-11-01", "to", "2007-11-30");
        List<Map<String, Object>> before = tallies(question);
        double ahead = computed("refresh");
        CorrectionsTest.post(bulletin("r-2007u", "SNHR", "2007-11-09", 11, 160).batch());
        // The questions asked lately (this one first) are answered again one after the other: wait until that is done.
        double seen = ahead;
        for (int waited = 0, quiet = 0; (seen == ahead || quiet < 10) && waited < 400; waited++) {
            Thread.sleep(100);
            double now = computed("refresh");
            quiet = now == seen ? quiet + 1 : 0;
            seen = now;
        }
        assertTrue(seen > ahead, "the question asked before the change was answered again");
        double byReaders = computed("reader");
        List<Map<String, Object>> after = tallies(question);
        assertEquals(byReaders, computed("reader"), "the reader found the answer computed ahead of it");
        assertNotEquals(before, after);
        assertEquals(tallies(Map.of("groupBy", "month,subgroup", "from", "2007-11-01", "to", "2007-11-29")), after);
    }

    private double computed(String by) {
        return registry.counter("ledger.answers.computed", "by", by).count();
    }

    /** A bulletin: an incident with ISIS, one with civilians, and the source's running total of the dead. */
    private static Claims bulletin(String id, String source, String day, long fighters, long total) {
        return Claims.report(id, source, day)
                .incident("c-" + id + "-1", exact(fighters), Outcome.KILLED, "ISIS", BAGHUZ, day,
                        fighters + " members of the organization were killed on Al-Baghuz")
                .incident("c-" + id + "-2", exact(fighters / 2 + 1), Outcome.INJURED, "CIVILIANS", id.endsWith("b") ? IDLIB_CITY : HAJIN, day,
                        (fighters / 2 + 1) + " civilians were wounded")
                .cumulative("c-" + id + "-3", exact(total), Outcome.KILLED, "CIVILIANS", "2007-01-01",
                        "the number of civilians killed since the start of the year rose to " + total);
    }

    private Map<String, Object> checkedAfterChange(Map<String, Object> before, String change) {
        step++;
        Map<String, Object> now = answers();
        for (Map.Entry<String, Map<String, String>> q : QUESTIONS.entrySet()) {
            Map<String, String> fresh = new LinkedHashMap<>(q.getValue());
            fresh.put("to", "2007-12-" + (30 - step));
            assertEquals(tallies(fresh), now.get(q.getKey()), q.getKey() + " after " + change);
        }
        assertNotEquals(before.get("monthly"), now.get("monthly"), "the monthly tally after " + change);
        assertNotEquals(before.get("byGroupOutcome"), now.get("byGroupOutcome"), "the tally by group and outcome after " + change);
        return now;
    }

    /** Every question over 2007, asked twice: the second answer is the remembered one. */
    private static Map<String, Object> answers() {
        Map<String, Object> answers = new LinkedHashMap<>();
        for (Map.Entry<String, Map<String, String>> q : QUESTIONS.entrySet()) {
            Map<String, String> params = new LinkedHashMap<>(q.getValue());
            params.put("to", "2007-12-31");
            List<Map<String, Object>> first = tallies(params);
            assertEquals(first, tallies(params), q.getKey());
            answers.put(q.getKey(), first);
        }
        return answers;
    }

    /** The tally's cells from 2007-01-01 unless the question says from when. */
    private static List<Map<String, Object>> tallies(Map<String, String> question) {
        Map<String, String> params = new LinkedHashMap<>(question);
        params.putIfAbsent("from", "2007-01-01");
        return given().queryParam("size", 500).queryParams(params).when().get("/tallies")
                .then().statusCode(200).extract().path("items");
    }
}
