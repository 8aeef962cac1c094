package org.casualtyledger.ingest.reextract;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.casualtyledger.embeddeddb.PostgresTestResource;
import org.casualtyledger.ingest.outbox.OutboxEntry;
import org.junit.jupiter.api.Test;

/** Stored reports read again by the current extractor, in the background, on the real PostgreSQL. */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "ingest"))
class ReextractionTest {
    static final String BULLETIN = "Deir Ezzor Province - 9 members at least of the organization were killed in clashes near Hajin. "
            + "Separately, 4 civilians were wounded in shelling on Al-Susah.";

    @Inject
    ReextractionRunner runner;
    @Inject
    JobProgress progress;

    @Test
    void aJobReadsTheFilteredReportsAndOnlyChangedClaimsGoDownstream() throws Throwable {
        String source = "reextract-" + System.nanoTime();
        String same = ingest(source, "2019-03-01", "Al-Baghuz: " + BULLETIN);
        String edited = ingest(source, "2019-03-02", "Al-Shafah: " + BULLETIN);
        String unread = ingest(source, "2019-03-03", "Al-Kishmah: " + BULLETIN);
        String outside = ingest(source, "2019-04-10", "Gharanij: " + BULLETIN);
        // As a stored state could be: one reading lost a claim (an older extractor's), one report was never read.
        sql("DELETE FROM claim WHERE id = (SELECT min(id) FROM claim WHERE report_id = '" + edited + "')");
        sql("DELETE FROM claim WHERE report_id = '" + unread + "'");
        sql("UPDATE report SET read_failure = 'time budget exceeded', claim_count = 0, next_read_at = now() + interval '1 hour' WHERE id = '" + unread + "'");
        long[] outboxBefore = {outbox(same), outbox(edited), outbox(unread), outbox(outside)};
        List<String> sameClaims = given().get("/reports/" + same + "/claims").then().extract().path("extractorVersion");

        JsonPath job = given().contentType(ContentType.JSON)
                .body(Map.of("source", source, "publishedFrom", "2019-03-01", "publishedTo", "2019-03-31"))
                .post("/reports/reextract").then().statusCode(202)
                .header("Location", containsString("/reextractions/"))
                .body("total", equalTo(3)).body("filter.source", equalTo(source)).body("state", equalTo("RUNNING"))
                .extract().jsonPath();
        JsonPath finished = awaitFinished(job.getLong("id"));

        assertEquals(3, finished.getInt("done"));
        assertEquals(0, finished.getInt("failed"));
        assertEquals(2, finished.getInt("changed"), "the edited reading and the unread report changed; the other did not");
        assertTrue(finished.getString("finishedAt") != null);
        assertEquals(outboxBefore[0], outbox(same), "claims with the same id and content send nothing downstream");
        assertEquals(outboxBefore[1] + 1, outbox(edited), "the new claim set of a changed reading goes through the outbox");
        assertEquals(outboxBefore[2] + 1, outbox(unread), "a report read at last sends its claims");
        assertEquals(outboxBefore[3], outbox(outside), "a report outside the filter is not read");
        given().get("/reports/" + unread).then().body("read", equalTo(true)).body("claimCount", greaterThan(1))
                .body("extractorVersion", equalTo(finished.getString("extractorVersion")));
        given().get("/reports/" + same + "/claims").then().body("extractorVersion", equalTo(sameClaims));
        given().get("/reports/" + edited + "/claims").then().body("size()", equalTo(given().get("/reports/" + same + "/claims")
                .then().extract().path("size()")));
        given().get("/reextractions").then().statusCode(200).body("id", hasItem(job.getInt("id")));
        given().get("/q/metrics").then().body(containsString("ledger_reextraction_progress"));
    }

    @Test
    void filtersByExtractorVersion() throws Throwable {
        String source = "reextract-version-" + System.nanoTime();
        String old = ingest(source, "2019-05-01", "Ash Shaddadi: " + BULLETIN);
        ingest(source, "2019-05-02", "Markadah: " + BULLETIN);
        sql("INSERT INTO extractor_version VALUES ('0.0.1+rules.000000000000', '2001-01-01T00:00:00Z') ON CONFLICT DO NOTHING");
        sql("UPDATE report SET extractor_version = '0.0.1+rules.000000000000' WHERE id = '" + old + "'");
        String current = given().get("/reports/" + old).then().extract().path("revision").toString();
        assertEquals("1", current);

        long id = given().contentType(ContentType.JSON).body(Map.of("source", source, "notCurrent", true))
                .post("/reports/reextract").then().statusCode(202).body("total", equalTo(1)).extract().jsonPath().getLong("id");
        awaitFinished(id);
        String now = given().get("/reports/" + old).then().extract().path("extractorVersion");
        assertTrue(!now.startsWith("0.0.1"), now);
        given().contentType(ContentType.JSON).body(Map.of("source", source, "notCurrent", true))
                .post("/reports/reextract").then().statusCode(202).body("total", equalTo(0)).body("state", equalTo("FINISHED"));
        given().contentType(ContentType.JSON).body(Map.of("source", source, "olderThan", now))
                .post("/reports/reextract").then().statusCode(202).body("total", equalTo(0));
        given().contentType(ContentType.JSON).body(Map.of("olderThan", "9.9.9+rules.ffffffffffff"))
                .post("/reports/reextract").then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("olderThan"));
        given().get("/reextractions/999999").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void aFilterThatIsNotOneIsRefusedRatherThanReadingEveryReport() {
        for (String body : new String[] {"null", "[]", "{\"sorce\":\"SOHR\"}", "{\"source\":5}", "{\"publishedFrom\":\"May\"}"}) {
            given().contentType(ContentType.JSON).body(body).post("/reports/reextract")
                    .then().statusCode(400).contentType("application/problem+json");
        }
        given().contentType(ContentType.JSON).body("{\"sorce\":\"SOHR\"}").post("/reports/reextract")
                .then().body("detail", containsString("sorce"));
    }

    @Test
    void aJobLeftRunningIsTakenUpAgainAndASecondWithTheSameFilterIsRefused() throws Throwable {
        String source = "reextract-resume-" + System.nanoTime();
        String first = ingest(source, "2019-06-01", "Hajin: " + BULLETIN);
        String second = ingest(source, "2019-06-02", "Al-Bahrah: " + BULLETIN);
        // What a replica stopped half-way leaves behind: the job running, one report recorded, one pending.
        long id = runningJob(source, 1);
        sql("INSERT INTO reextraction_item (job_id, report_id, state) VALUES (" + id + ", '" + first + "', 'DONE'), (" + id + ", '" + second + "', 'PENDING')");

        given().contentType(ContentType.JSON).body(Map.of("source", source))
                .post("/reports/reextract").then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("/reextractions/" + id)).header("Retry-After", notNullValue());

        runner.runJobs();

        JsonPath resumed = awaitFinished(id);
        assertEquals(2, resumed.getInt("done"), "the report recorded before is not counted twice");
        assertEquals(2, resumed.getInt("total"));
        assertEquals(1, resumed.getInt("resumed"));
        given().contentType(ContentType.JSON).body(Map.of("source", source))
                .post("/reports/reextract").then().statusCode(202);
    }

    @Test
    void aRunningJobIsCancelledAndReadsNothingMore() throws Throwable {
        String source = "reextract-cancel-" + System.nanoTime();
        String first = ingest(source, "2019-07-01", "Hajin: " + BULLETIN);
        String second = ingest(source, "2019-07-02", "Al-Bahrah: " + BULLETIN);
        long id = runningJob(source, 0);
        sql("INSERT INTO reextraction_item (job_id, report_id) VALUES (" + id + ", '" + first + "'), (" + id + ", '" + second + "')");
        assertEquals(2, VertxContextSupport.subscribeAndAwait(() -> progress.pending(id, 10)).size());

        given().delete("/reextractions/" + id).then().statusCode(200).body("state", equalTo("CANCELLED"))
                .body("finishedAt", notNullValue()).body("done", equalTo(0));
        assertEquals(List.of(), VertxContextSupport.subscribeAndAwait(() -> progress.pending(id, 10)),
                "a runner part-way through the job reads no further report");
        runner.runJobs();
        given().get("/reextractions/" + id).then().body("state", equalTo("CANCELLED")).body("done", equalTo(0));
        given().delete("/reextractions/" + id).then().statusCode(200).body("state", equalTo("CANCELLED"));

        long next = given().contentType(ContentType.JSON).body(Map.of("source", source)).post("/reports/reextract")
                .then().statusCode(202).extract().jsonPath().getLong("id");
        awaitFinished(next);
        given().delete("/reextractions/" + next).then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("finished"));
        given().delete("/reextractions/999999").then().statusCode(404).contentType("application/problem+json");
        given().delete("/reextractions/x").then().statusCode(400).contentType("application/problem+json");
    }

    /** A job of two reports with the source as its filter, running, as a replica left it with {@code done} recorded. */
    private static long runningJob(String source, int done) throws Throwable {
        String key = "source=" + source + "|from=|to=|olderThan=|notCurrent=false";
        sql("INSERT INTO reextraction (filter_key, source, not_current, extractor_version, state, total, done, runs, started_at) "
                + "VALUES ('" + key + "', '" + source + "', false, 'x', 'RUNNING', 2, " + done + ", 1, now())");
        return ((Number) VertxContextSupport.subscribeAndAwait(() -> Panache.withSession(() -> Panache.getSession()
                .chain(s -> s.createNativeQuery("SELECT max(id) FROM reextraction", Long.class).getSingleResult())))).longValue();
    }

    private static String ingest(String source, String published, String text) {
        return given().contentType(ContentType.JSON).body(Map.of("source", source, "publishedAt", published, "text", text))
                .post("/reports").then().statusCode(201).extract().path("report.id");
    }

    private static JsonPath awaitFinished(long id) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (true) {
            JsonPath job = given().get("/reextractions/" + id).then().statusCode(200).extract().jsonPath();
            if ("FINISHED".equals(job.getString("state")) || Instant.now().isAfter(deadline)) {
                assertEquals("FINISHED", job.getString("state"), job.prettify());
                return job;
            }
            sleep();
        }
    }

    private static long outbox(String reportId) throws Throwable {
        return VertxContextSupport.subscribeAndAwait(() -> Panache.withSession(() -> OutboxEntry.count("reportId", reportId)));
    }

    private static void sql(String statement) throws Throwable {
        VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(() -> Panache.getSession()
                .chain(s -> s.createNativeQuery(statement).executeUpdate())));
    }

    private static void sleep() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
