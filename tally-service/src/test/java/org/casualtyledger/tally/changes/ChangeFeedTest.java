package org.casualtyledger.tally.changes;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.casualtyledger.claim.Claim;
import org.casualtyledger.claim.ClaimBatch;
import org.casualtyledger.claim.CountRange;
import org.casualtyledger.claim.Evidence;
import org.casualtyledger.claim.Outcome;
import org.casualtyledger.claim.Place;
import org.casualtyledger.claim.ReportRef;
import org.casualtyledger.claim.Scope;
import org.casualtyledger.embeddeddb.PostgresTestResource;
import org.junit.jupiter.api.Test;

/** The feed of changes over real HTTP on a real PostgreSQL: additions, a revision, a retraction, paging and bounds. */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "tally"))
class ChangeFeedTest {
    private static final Place MAYADIN = new Place("Al-Mayadin", "Al-Mayadin", "Deir ez-Zor", "SY", 35.02, 40.45);

    static Claim incident(String id, String reportId, long n, String date) {
        String sentence = n + " fighters were killed near Al-Mayadin";
        return new Claim(id, reportId, CountRange.exact(n), Outcome.KILLED, "FEEDTEST", "feedtest", null, null, MAYADIN,
                Scope.INCIDENT, LocalDate.parse(date), LocalDate.parse(date), null, null,
                new Evidence(sentence, 0, sentence.length()), Set.of(), "test");
    }

    static Claim total(String id, String reportId, long n) {
        String sentence = "the toll has risen to " + n + " since the start of the year";
        return new Claim(id, reportId, CountRange.exact(n), Outcome.KILLED, "FEEDTEST", "feedtest", null, null, null,
                Scope.CUMULATIVE, LocalDate.parse("2019-01-01"), LocalDate.parse("2019-05-02"), null, null,
                new Evidence(sentence, 50, 50 + sentence.length()), Set.of(), "test");
    }

    static void post(String reportId, List<Claim> claims) {
        ClaimBatch batch = new ClaimBatch(1, new ReportRef(reportId, "FEED", "https://example.org/" + reportId, "Bulletin",
                LocalDate.parse("2019-05-02")), claims);
        given().contentType(ContentType.JSON).body(batch).when().post("/claims/batch").then().statusCode(200);
    }

    /** Every change after the cursor, read in pages of the given size; the last element is the next cursor. */
    static List<Map<String, Object>> readAll(String after, int limit) {
        List<Map<String, Object>> all = new ArrayList<>();
        String cursor = after;
        while (true) {
            JsonPath page = given().queryParam("after", cursor).queryParam("limit", limit).when().get("/changes")
                    .then().statusCode(200).extract().jsonPath();
            List<Map<String, Object>> items = page.getList("items");
            if (items.isEmpty()) {
                assertEquals(cursor, page.getString("next"), "no change: the cursor stays");
                return all;
            }
            all.addAll(items);
            cursor = page.getString("next");
            assertEquals(items.get(items.size() - 1).get("cursor"), cursor);
        }
    }

    static String end() {
        List<Map<String, Object>> all = readAll("0", 1000);
        return all.isEmpty() ? "0" : (String) all.get(all.size() - 1).get("cursor");
    }

    private static Set<String> summary(List<Map<String, Object>> changes) {
        Set<String> out = new TreeSet<>();
        for (Map<String, Object> c : changes) {
            out.add(c.get("entity") + " " + c.get("kind") + (c.get("entity").equals("CLAIM") ? " " + c.get("id") : ""));
        }
        return out;
    }

    @Inject
    Pool pool;

    /**
     * The log keeps each claim written as its row stands after the write, less its event and its corrected mark (which
     * the corrections give): the same as read from the table.
     */
    @Test
    void aClaimsLoggedContentIsItsRowWithoutItsEvent() {
        // A source and dates of their own, so that no other test's event or series is touched.
        for (long n : List.of(7L, 9L)) {
            ClaimBatch batch = new ClaimBatch(n, new ReportRef("r-content", "CONTENT", null, null, LocalDate.parse("2017-03-02")),
                    List.of(incident("c-content-1", "r-content", n, "2017-03-01"), total("c-content-2", "r-content", 40)));
            given().contentType(ContentType.JSON).body(batch).when().post("/claims/batch").then().statusCode(200);
        }
        long differing = pool.query("""
                SELECT count(*) FILTER (WHERE l.content::jsonb IS DISTINCT FROM to_jsonb(c) - 'event_id' - 'join_reason' - 'corrected'), count(*)
                FROM claim c JOIN LATERAL (SELECT content FROM ledger_change x WHERE x.entity = 'CLAIM' AND x.entity_id = c.id
                                           ORDER BY seq DESC LIMIT 1) l ON true
                WHERE c.report_id = 'r-content'""").execute().await().indefinitely().iterator().next().getLong(0);
        assertEquals(0, differing);
        assertEquals(3L, pool.query("SELECT count(*) FROM ledger_change WHERE entity = 'CLAIM' AND entity_id LIKE 'c-content-%'")
                .execute().await().indefinitely().iterator().next().getLong(0), "two created, one updated");
        Row events = pool.query("""
                SELECT count(*) FILTER (WHERE l.content::jsonb IS DISTINCT FROM to_jsonb(e)) AS differing, count(*) AS events
                FROM event e JOIN LATERAL (SELECT content FROM ledger_change x WHERE x.entity = 'EVENT' AND x.entity_id = e.id
                                           ORDER BY seq DESC LIMIT 1) l ON true
                WHERE 'r-content' = ANY(e.report_ids)""").execute().await().indefinitely().iterator().next();
        assertEquals(1L, events.getLong("events"));
        assertEquals(0L, events.getLong("differing"), "an event's logged content is its row");
    }

    @Test
    void additionsRevisionsAndRetractionsAreFedInOrder() {
        String start = end();
        post("r-feed1", List.of(incident("c-feed1a", "r-feed1", 12, "2019-05-01"), total("c-feed1b", "r-feed1", 1200)));
        List<Map<String, Object>> added = readAll(start, 1000);
        assertEquals(Set.of("CLAIM CREATED c-feed1a", "CLAIM CREATED c-feed1b", "EVENT CREATED", "SERIES CREATED"), summary(added));
        for (Map<String, Object> c : added) {
            assertEquals(List.of("r-feed1"), c.get("reportIds"), c.toString());
            assertNotNull(c.get("recordedAt"));
            assertNotNull(c.get("data"), c.toString());
        }
        Map<String, Object> claim = added.stream().filter(c -> "c-feed1a".equals(c.get("id"))).findFirst().orElseThrow();
        @SuppressWarnings("unchecked")
        Map<String, Object> data = (Map<String, Object>) claim.get("data");
        assertEquals("FEED", data.get("source"));
        assertEquals("2019-05-02", data.get("publishedAt"));
        assertEquals("FEEDTEST", data.get("group"));
        assertEquals(1, new HashSet<>(added.stream().map(c -> c.get("recordedAt")).toList()).size(), "one write, one time");

        String afterAdding = (String) added.get(added.size() - 1).get("cursor");
        post("r-feed1", List.of(incident("c-feed1a", "r-feed1", 12, "2019-05-01"), total("c-feed1b", "r-feed1", 1200)));
        assertEquals(List.of(), readAll(afterAdding, 1000), "the same claims again change nothing");

        // A revision: a's figure changes, b is no longer there, c is new.
        post("r-feed1", List.of(incident("c-feed1a", "r-feed1", 14, "2019-05-01"), incident("c-feed1c", "r-feed1", 3, "2019-04-20")));
        List<Map<String, Object>> revised = readAll(afterAdding, 1000);
        assertEquals(Set.of("CLAIM UPDATED c-feed1a", "CLAIM SUPERSEDED c-feed1b", "CLAIM CREATED c-feed1c", "EVENT UPDATED",
                "EVENT CREATED", "SERIES RETRACTED"), summary(revised));
        revised.stream().filter(c -> "c-feed1b".equals(c.get("id"))).forEach(c -> assertNull(c.get("data")));

        String afterRevising = (String) revised.get(revised.size() - 1).get("cursor");
        given().when().delete("/reports/r-feed1").then().statusCode(200);
        List<Map<String, Object>> retracted = readAll(afterRevising, 1000);
        assertEquals(Set.of("CLAIM RETRACTED c-feed1a", "CLAIM RETRACTED c-feed1c", "EVENT RETRACTED"), summary(retracted));
        assertEquals(4, retracted.size(), "two claims and two events gone: " + retracted);
        retracted.forEach(c -> assertNull(c.get("data")));
    }

    @Test
    void aReportIdIsLoggedAsWrittenWhateverItsCharacters() {
        String start = end();
        String reportId = "r-odd \"quoted\", {braced} back\\slash NULL";
        post(reportId, List.of(incident("c-odd1", reportId, 5, "2016-07-01")));
        List<Map<String, Object>> added = readAll(start, 1000);
        assertEquals(Set.of("CLAIM CREATED c-odd1", "EVENT CREATED"), summary(added));
        added.forEach(c -> assertEquals(List.of(reportId), c.get("reportIds"), c.toString()));
    }

    @Test
    void pagesHaveNoGapsAndNoRepeats() {
        String start = end();
        for (int i = 0; i < 4; i++) {
            post("r-page" + i, List.of(incident("c-page" + i, "r-page" + i, 20 + 10 * i, "2019-03-0" + (i + 1))));
        }
        List<Map<String, Object>> whole = readAll(start, 1000);
        List<Map<String, Object>> byOne = readAll(start, 1);
        List<Map<String, Object>> byThree = readAll(start, 3);
        assertEquals(whole, byOne);
        assertEquals(whole, byThree);
        assertTrue(whole.size() >= 8, "four claims and four events: " + whole.size());
        long previous = Long.parseLong(start);
        for (Map<String, Object> c : whole) {
            long position = Long.parseLong((String) c.get("cursor"));
            assertTrue(position > previous, "in order, each once");
            previous = position;
        }
        String ndjson = given().accept("application/x-ndjson").queryParam("after", start).queryParam("limit", 1000)
                .when().get("/changes").then().statusCode(200).contentType("application/x-ndjson").extract().asString();
        assertEquals(whole.size(), ndjson.lines().count());
        assertTrue(ndjson.lines().allMatch(line -> line.startsWith("{\"cursor\":")));
    }

    @Test
    void badCursorsAndLimitsAreProblems() {
        for (String limit : List.of("0", "1001", "-1", "ten")) {
            given().queryParam("limit", limit).when().get("/changes").then().statusCode(400)
                    .contentType("application/problem+json").body("errors[0].field", equalTo("limit"));
        }
        for (String after : List.of("abc", "-5", "12345678901234567890")) {
            given().queryParam("after", after).when().get("/changes").then().statusCode(400)
                    .contentType("application/problem+json").body("errors[0].field", equalTo("after"));
        }
    }
}
