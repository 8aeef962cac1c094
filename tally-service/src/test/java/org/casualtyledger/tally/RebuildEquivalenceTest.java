package org.casualtyledger.tally;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.casualtyledger.claim.ClaimBatch;
import org.casualtyledger.claim.CountRange;
import org.casualtyledger.claim.Outcome;
import org.casualtyledger.claim.Place;
import org.casualtyledger.claim.Qualifier;
import org.casualtyledger.embeddeddb.PostgresTestResource;
import org.junit.jupiter.api.Test;

/**
 * Feeds the ledger batches, replacements and retractions in a shuffled order, then rebuilds everything derived from
 * the claims alone: events, join reasons, series, discrepancies and tallies must come out identical.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "tally"))
class RebuildEquivalenceTest {
    @Inject
    Pool pool;

    private static final Place[] PLACES = {Claims.BAGHUZ, Claims.HAJIN, Claims.DEIR_EZZOR, Claims.IDLIB_CITY, null};
    private static final String[] SOURCES = {"SOHR", "DEIR_24", "SNHR"};
    private static final Qualifier[] QUALIFIERS = {Qualifier.EXACT, Qualifier.AT_LEAST, Qualifier.ABOUT, Qualifier.MORE_THAN};

    @Test
    void incrementalUpdatesEqualARebuildFromScratch() {
        Random random = new Random(20190126);
        List<Claims> reports = new ArrayList<>();
        for (int r = 0; r < 60; r++) {
            reports.add(randomReport(random, r, 0));
        }
        for (Claims report : reports) {
            post(report.batch());
        }
        // Replace some reports with new versions (moved dates, changed counts) and retract others.
        for (int r = 0; r < 60; r += 4) {
            post(randomReport(random, r, 1).batch());
        }
        for (int r = 2; r < 60; r += 7) {
            given().when().delete("/reports/r-rb" + r).then().statusCode(200);
        }
        // Analysts' corrections: a running total's figure, an event's figure, an event moved to another group.
        correct("c-rb1t", Map.of("reason", "The bulletin says 150", "value", 150));
        correct("c-rb3x0", Map.of("reason", "The digits were read the wrong way round", "value", 31));
        correct("c-rb5x0", Map.of("reason", "Fighters, not civilians", "group", "FIGHTERS"));
        correct("c-rb6x0", Map.of("reason", "Fighters, not civilians", "group", "FIGHTERS"));
        // A correction that leaves the claim as it was still marks it, and its event.
        String group = given().when().get("/claims/c-rb7x0").then().statusCode(200).extract().path("group");
        correct("c-rb7x0", Map.of("reason", "Checked: the group is right", "group", group));
        assertMarksFollowCorrections();
        assertEquals(5L, marked("c-rb1t", "c-rb3x0", "c-rb5x0", "c-rb6x0", "c-rb7x0"));
        // A new revision of a report without its corrected claim orphans the correction: the marks go with it.
        post(randomReport(random, 6, 2).batch());
        assertMarksFollowCorrections();
        Map<String, Object> incremental = snapshot();
        List<String> keptTallies = keptTallies();
        given().when().post("/ledger/rebuild").then().statusCode(200);
        assertEquals(keptTallies, keptTallies(), "tallies kept per cell by the writes, then by a rebuild");
        assertMarksFollowCorrections();
        assertEquals(4L, marked("c-rb1t", "c-rb3x0", "c-rb5x0", "c-rb6x0", "c-rb7x0"));
        Map<String, Object> rebuilt = snapshot();
        assertTrue(((List<?>) incremental.get("events")).size() > 20, "the scenario should make many events");
        assertEquals(incremental.get("claims"), rebuilt.get("claims"));
        assertEquals(incremental.get("events"), rebuilt.get("events"));
        assertEquals(incremental.get("series"), rebuilt.get("series"));
        assertEquals(incremental.get("seriesByMonth"), rebuilt.get("seriesByMonth"));
        assertEquals(incremental.get("discrepancies"), rebuilt.get("discrepancies"));
        assertEquals(incremental.get("tallies"), rebuilt.get("tallies"));
        assertEquals(incremental.get("rollupTallies"), rebuilt.get("rollupTallies"));
        assertEquals(incremental.get("provinceTallies"), rebuilt.get("provinceTallies"));
        // Whole months read the province from the rollup; a day off reads the events: both must agree.
        assertEquals(rebuilt.get("provinceTallies"), given().queryParam("location", "Deir ez-Zor")
                .queryParam("groupBy", "group,outcome,month").queryParam("from", "2010-01-02").queryParam("to", "2011-12-31")
                .queryParam("size", 500).when().get("/tallies").then().statusCode(200).extract().path("items"));
        assertTrue(!((List<?>) rebuilt.get("provinceTallies")).isEmpty());
        // Everything by month (and in one) reads per-month counts of reports and sources; a day off reads the events.
        assertEquals(incremental.get("monthly"), rebuilt.get("monthly"));
        assertEquals(rebuilt.get("monthly"), given().queryParam("groupBy", "month").queryParam("from", "2000-01-02")
                .queryParam("to", "2030-12-30").queryParam("size", 500).when().get("/tallies").then().statusCode(200)
                .extract().path("items"));
        assertEquals(given().when().get("/tallies").then().statusCode(200).extract().path("items").toString(),
                given().queryParam("from", "2000-01-02").when().get("/tallies").then().statusCode(200)
                        .extract().path("items").toString());
        // By group and outcome, or by month and group, reports and sources are counted in the member tables; dates a
        // day off a month's bounds (outside the ledger's dates) read the events and the series points: both must agree.
        for (Map.Entry<String, Map<String, String>> question : MEMBER_QUESTIONS.entrySet()) {
            assertEquals(incremental.get(question.getKey()), rebuilt.get(question.getKey()), question.getKey());
            Map<String, String> params = new java.util.HashMap<>(question.getValue());
            params.putIfAbsent("from", "2000-01-02");
            params.computeIfPresent("from", (k, v) -> v.endsWith("-01") ? LocalDate.parse(v).minusDays(1).toString() : v);
            params.putIfAbsent("to", "2030-12-30");
            params.computeIfPresent("to", (k, v) -> v.equals("2030-12-30") ? v : LocalDate.parse(v).plusDays(1).toString());
            List<Map<String, Object>> fromRollups = tallies(question.getValue(), "events");
            assertTrue(!fromRollups.isEmpty(), question.getKey());
            assertEquals(fromRollups, tallies(params, "events"), question.getKey());
            // With running totals: over all time from each series' row and the per-source totals.
            assertEquals(rebuilt.get(question.getKey()), tallies(params, null), question.getKey());
        }
    }

    /** Questions the member tables answer (group, outcome, month and their filters), with months inside the ledger's. */
    private static final Map<String, Map<String, String>> MEMBER_QUESTIONS = Map.ofEntries(
            Map.entry("byGroupOutcome", Map.of("groupBy", "group,outcome")),
            Map.entry("byMonthGroup", Map.of("groupBy", "month,group")),
            Map.entry("byGroup", Map.of("groupBy", "group")),
            Map.entry("byOutcomeOfGroup", Map.of("groupBy", "outcome", "group", "CIVILIANS")),
            Map.entry("byGroupOfOutcome", Map.of("groupBy", "group", "outcome", "KILLED")),
            Map.entry("monthlyOfGroup", Map.of("groupBy", "month", "group", "ISIS")),
            Map.entry("byGroupOverMonths", Map.of("groupBy", "group", "from", "2010-03-01", "to", "2010-12-31")),
            Map.entry("inAll", Map.of("group", "CIVILIANS", "outcome", "KILLED")),
            Map.entry("byGroupOutcomeOfSource", Map.of("groupBy", "group,outcome", "source", "SOHR")),
            Map.entry("byOutcome", Map.of("groupBy", "outcome")),
            Map.entry("monthlyBySource", Map.of("groupBy", "month,source")),
            Map.entry("monthlyOfSource", Map.of("groupBy", "month", "source", "SOHR")),
            Map.entry("monthlyOverMonths", Map.of("groupBy", "month", "from", "2010-03-01", "to", "2010-04-30")));

    /**
     * The corrected marks the writer keeps on claims and events are what the corrections say: a claim is marked while
     * it has an active correction, an event while a claim of it is.
     */
    private void assertMarksFollowCorrections() {
        var row = pool.query("""
                SELECT (SELECT count(*) FROM claim c WHERE c.corrected
                            <> (c.id IN (SELECT claim_id FROM claim_correction WHERE state = 'ACTIVE'))) AS claims_off,
                       (SELECT count(*) FROM event e WHERE e.corrected <> EXISTS (SELECT 1 FROM claim c
                            JOIN claim_correction x ON x.claim_id = c.id AND x.state = 'ACTIVE' WHERE c.event_id = e.id)) AS events_off
                """).execute().await().indefinitely().iterator().next();
        assertEquals(0L, row.getLong("claims_off"), "claims marked otherwise than their corrections");
        assertEquals(0L, row.getLong("events_off"), "events marked otherwise than their claims' corrections");
    }

    /**
     * Every row of the tallies kept per cell (by month, by group and outcome, by month and group), of the running
     * totals kept per group, outcome and source, and of the series with their counts of points, in key order.
     */
    private List<String> keptTallies() {
        List<String> rows = new ArrayList<>();
        for (String table : List.of("month_tally", "group_outcome_tally", "month_group_tally", "group_outcome_source_series", "series")) {
            pool.query("SELECT '" + table + "' AS t, x.* FROM " + table + " x ORDER BY 2, 3, 4").execute().await().indefinitely()
                    .forEach(row -> rows.add(row.toJson().encode()));
        }
        assertTrue(!rows.isEmpty(), "the scenario should keep tallies per cell");
        return rows;
    }

    private long marked(String... claimIds) {
        return pool.preparedQuery("SELECT count(*) FROM claim WHERE corrected AND id = ANY($1)").execute(Tuple.of((Object) claimIds))
                .await().indefinitely().iterator().next().getLong(0);
    }

    private static void correct(String claimId, Map<String, Object> body) {
        given().contentType(ContentType.JSON).header(CorrectionsTest.AUTHOR, "Analyst").body(body)
                .when().post("/claims/" + claimId + "/corrections").then().statusCode(201);
    }

    private static List<Map<String, Object>> tallies(Map<String, String> params, String method) {
        var request = given().queryParam("size", 500);
        if (method != null) {
            request = request.queryParam("method", method);
        }
        for (Map.Entry<String, String> p : params.entrySet()) {
            request = request.queryParam(p.getKey(), p.getValue());
        }
        return request.when().get("/tallies").then().statusCode(200).extract().path("items");
    }

    /**
     * Many reports at once whose claims fall into the same cluster, the same series and the same rollup cells:
     * every batch must succeed (no deadlock, no lost update) and the result must equal a rebuild.
     */
    @Test
    void concurrentBatchesOnTheSameClusterEqualARebuild() throws Exception {
        Random random = new Random(20191110);
        HttpClient http = HttpClient.newHttpClient();
        ObjectMapper json = new ObjectMapper().findAndRegisterModules()
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        List<CompletableFuture<HttpResponse<String>>> sent = new ArrayList<>();
        for (int r = 0; r < 24; r++) {
            // Three far-apart weeks: batches written together touch one cluster in separate spans.
            LocalDate day = LocalDate.of(2011, 5, 1).plusDays(random.nextInt(6) + (r % 3) * 40L);
            Claims report = Claims.report("r-cc" + r, SOURCES[r % 2], day.toString());
            for (int c = 0; c < 3; c++) {
                long value = 20 + random.nextInt(4);
                report.incident("c-cc" + r + "x" + c, CountRange.of(QUALIFIERS[random.nextInt(QUALIFIERS.length)], value),
                        Outcome.KILLED, "CIVILIANS", c == 0 ? Claims.DEIR_EZZOR : PLACES[random.nextInt(3)],
                        day.minusDays(random.nextInt(2)).toString(), value + " civilians were killed (claim " + c + ")");
            }
            long total = 500 + r * 7L - (r % 5 == 0 ? 30 : 0);
            report.cumulative("c-cc" + r + "t", CountRange.exact(total), Outcome.KILLED, "CIVILIANS", "2011-01-01",
                    "the toll rose to " + total + " civilians");
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port + "/claims/batch"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(report.batch()))).build();
            sent.add(http.sendAsync(request, HttpResponse.BodyHandlers.ofString()));
        }
        for (CompletableFuture<HttpResponse<String>> response : sent) {
            assertEquals(200, response.get(60, TimeUnit.SECONDS).statusCode(), () -> response.join().body());
        }
        // And retractions racing new versions of other reports on the same cluster.
        List<CompletableFuture<HttpResponse<String>>> more = new ArrayList<>();
        for (int r = 0; r < 24; r += 3) {
            more.add(http.sendAsync(HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port + "/reports/r-cc" + r))
                    .DELETE().build(), HttpResponse.BodyHandlers.ofString()));
        }
        for (CompletableFuture<HttpResponse<String>> response : more) {
            assertEquals(200, response.get(60, TimeUnit.SECONDS).statusCode(), () -> response.join().body());
        }
        Map<String, Object> incremental = snapshot();
        List<String> keptTallies = keptTallies();
        given().when().post("/ledger/rebuild").then().statusCode(200);
        assertEquals(keptTallies, keptTallies(), "tallies kept per cell by concurrent writes, then by a rebuild");
        Map<String, Object> rebuilt = snapshot();
        List<Map<String, Object>> events = given().queryParam("group", "CIVILIANS").queryParam("from", "2011-04-01")
                .queryParam("to", "2011-08-31").queryParam("size", 500).when().get("/events").then().statusCode(200)
                .extract().path("items");
        assertTrue(events.stream().anyMatch(e -> ((Number) e.get("claims")).intValue() > 1),
                "concurrent reports of one incident should have been joined");
        for (String part : incremental.keySet()) {
            assertEquals(incremental.get(part), rebuilt.get(part), part);
        }
    }

    private static Claims randomReport(Random random, int r, int version) {
        String source = SOURCES[r % SOURCES.length];
        LocalDate day = LocalDate.of(2010, 3, 1).plusDays(random.nextInt(40));
        Claims report = Claims.report("r-rb" + r, source, day.plusDays(random.nextInt(2)).toString());
        int claims = 1 + random.nextInt(4);
        for (int c = 0; c < claims; c++) {
            long value = 5 + random.nextInt(8);
            CountRange count = CountRange.of(QUALIFIERS[random.nextInt(QUALIFIERS.length)], value);
            Outcome outcome = random.nextInt(4) == 0 ? Outcome.INJURED : Outcome.KILLED;
            String id = "c-rb" + r + "x" + c + (version > 0 && c == 0 ? "v" + version : "");
            String date = day.plusDays(random.nextInt(3)).toString();
            report.incident(id, count, outcome, random.nextBoolean() ? "CIVILIANS" : "ISIS", PLACES[random.nextInt(PLACES.length)],
                    date, value + " people were " + outcome.name().toLowerCase() + " (claim " + c + ")");
        }
        if (r == 9 || r == 8) {
            // The only running totals of their group: retracting or revising the report takes the group's events out
            // of the source's comparison, and puts them back.
            report.cumulative("c-rb" + r + "c" + version, CountRange.exact(30 + version), Outcome.KILLED, "CIVILIANS",
                    "2010-0" + (3 + version) + "-01", "it rose to " + (30 + version) + " the number of civilians killed");
        }
        long total = 100 + r * 3L - (r % 9 == 0 ? 40 : 0);
        report.cumulative("c-rb" + r + "t", CountRange.exact(total), Outcome.KILLED, "FIGHTERS", "2010-01-01",
                "it rose to " + total + " the number of fighters killed");
        return report;
    }

    private static void post(ClaimBatch batch) {
        given().contentType(ContentType.JSON).body(batch).when().post("/claims/batch").then().statusCode(200);
    }

    private static Map<String, Object> snapshot() {
        Map<String, Object> parts = new java.util.HashMap<>(basicSnapshot());
        MEMBER_QUESTIONS.forEach((name, params) -> parts.put(name, tallies(params, null)));
        return parts;
    }

    private static Map<String, Object> basicSnapshot() {
        return Map.of(
                "rollupTallies", given().queryParam("groupBy", "group,outcome,province,month").queryParam("size", 500)
                        .when().get("/tallies").then().statusCode(200).extract().path("items"),
                "claims", all("/claims"),
                "events", all("/events"),
                "series", all("/series?interval=day"),
                "seriesByMonth", all("/series?interval=month"),
                "discrepancies", all("/discrepancies"),
                "tallies", given().queryParam("groupBy", "group,outcome,month,source").queryParam("size", 500)
                        .when().get("/tallies").then().statusCode(200).extract().path("items"),
                "monthly", given().queryParam("groupBy", "month").queryParam("size", 500)
                        .when().get("/tallies").then().statusCode(200).extract().path("items"),
                "provinceTallies", given().queryParam("location", "deir ez-zor").queryParam("groupBy", "group,outcome,month")
                        .queryParam("from", "2010-01-01").queryParam("to", "2011-12-31").queryParam("size", 500)
                        .when().get("/tallies").then().statusCode(200).extract().path("items"));
    }

    private static List<Object> all(String path) {
        List<Object> items = new ArrayList<>();
        for (int page = 0; ; page++) {
            List<Object> got = given().queryParam("page", page).queryParam("size", 500).when().get(path)
                    .then().statusCode(200).extract().path("items");
            items.addAll(got);
            if (got.size() < 500) {
                return items;
            }
        }
    }
}
