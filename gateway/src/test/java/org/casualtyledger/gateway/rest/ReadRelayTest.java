package org.casualtyledger.gateway.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.casualtyledger.gateway.TestKeys;
import org.junit.jupiter.api.Test;

/**
 * Every public read of the ledger hands {@code asOf} (and its other parameters) on to tally-service as given, in each
 * media type it offers, and the feed of changes is relayed with its cursor, limit and NDJSON.
 */
@QuarkusTest
@QuarkusTestResource(value = EchoBackend.class, restrictToAnnotatedClass = true)
class ReadRelayTest {
    private static final String AS_OF = "2026-01-02T03:04:05Z";

    record Read(String publicPath, String backendPath, String accept) {
    }

    private static String decoded(String query) {
        return java.net.URLDecoder.decode(query, java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void asOfReachesTheLedgerOnEveryRead() {
        List<Read> reads = List.of(
                new Read("/api/v1/tallies", "/tallies", "application/json"),
                new Read("/api/v1/tallies", "/tallies", "text/csv"),
                new Read("/api/v1/series", "/series", "application/json"),
                new Read("/api/v1/events", "/events", "application/json"),
                new Read("/api/v1/events", "/events", "text/csv"),
                new Read("/api/v1/events", "/events", "application/geo+json"),
                new Read("/api/v1/events/e-0123456789abcdef01234567", "/events/e-0123456789abcdef01234567", "application/json"),
                new Read("/api/v1/claims", "/claims", "application/json"),
                new Read("/api/v1/claims", "/claims", "text/csv"),
                new Read("/api/v1/claims/c-0123456789abcdef01234567", "/claims/c-0123456789abcdef01234567", "application/json"),
                new Read("/api/v1/discrepancies", "/discrepancies", "application/json"));
        for (Read read : reads) {
            given().header("X-API-Key", TestKeys.READER).accept(read.accept()).queryParam("asOf", AS_OF)
                    .queryParam("group", "ISIS")
                    .when().get(read.publicPath()).then().statusCode(200).contentType(startsWith(read.accept()));
            String query = decoded(EchoBackend.QUERIES.get(read.backendPath()));
            assertTrue(query.contains("asOf=2026-01-02T03:04:05Z"), read + " sent " + query);
            assertTrue(query.contains("group=ISIS"), read + " sent " + query);
            assertTrue(EchoBackend.ACCEPTS.get(read.backendPath()).startsWith(read.accept()), read.toString());
        }
    }

    @Test
    void theFeedOfChangesIsRelayedWithItsCursorAndLimit() {
        given().header("X-API-Key", TestKeys.READER).accept("application/x-ndjson")
                .queryParam("after", "1042").queryParam("limit", "10")
                .when().get("/api/v1/changes").then().statusCode(200).contentType(startsWith("application/x-ndjson"));
        String query = decoded(EchoBackend.QUERIES.get("/changes"));
        assertTrue(query.contains("after=1042") && query.contains("limit=10"), query);
        given().when().get("/api/v1/changes").then().statusCode(401);
    }
}
