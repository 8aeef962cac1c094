package org.casualtyledger.gateway.access;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.casualtyledger.gateway.TestKeys;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Behind an ingress the gateway sees the proxy's connection; the forwarded headers say who called and how.
 * The gateway uses them where it names the caller: the log line of a refused call (client address and public URL).
 */
@QuarkusTest
class ForwardedHeadersTest {
    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            lines.add(record.getMessage());
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void listen() {
        Logger.getLogger(AccessFilter.class.getName()).addHandler(capture);
    }

    @AfterEach
    void stop() {
        Logger.getLogger(AccessFilter.class.getName()).removeHandler(capture);
    }

    @Test
    void xForwardedHeadersNameTheClientAndThePublicUrlOfARefusedCall() {
        given().header("X-Forwarded-For", "203.0.113.7, 10.0.0.5").header("X-Forwarded-Proto", "https")
                .header("X-Forwarded-Host", "ledger.example.org").header("X-Forwarded-Prefix", "/casualty")
                .header("X-API-Key", "stolen-key")
                .when().get("/api/v1/tallies?group=ISIS")
                .then().statusCode(401);
        assertLogged("Refused GET https://ledger.example.org/casualty/api/v1/tallies?group=ISIS from 203.0.113.7: 401");
    }

    @Test
    void theStandardForwardedHeaderIsHonouredToo() {
        given().header("Forwarded", "for=198.51.100.9;proto=https;host=ledger.example.org")
                .header("X-API-Key", TestKeys.READER)
                .when().delete("/api/v1/reports/r-0123456789abcdef01234567")
                .then().statusCode(403);
        assertLogged("Refused DELETE https://ledger.example.org/api/v1/reports/r-0123456789abcdef01234567 from 198.51.100.9: 403");
    }

    @Test
    void withoutForwardedHeadersTheDirectPeerIsNamed() {
        given().when().get("/api/v1/events").then().statusCode(401);
        assertLogged("/api/v1/events from 127.0.0.1: 401");
    }

    @Test
    void aForwardedPrefixDoesNotChangeRouting() {
        given().header("X-Forwarded-Prefix", "/casualty").header("X-API-Key", TestKeys.READER)
                .when().get("/api/v1/tallies")
                .then().statusCode(503);
    }

    private void assertLogged(String fragment) {
        assertTrue(lines.stream().anyMatch(line -> line.contains(fragment)),
                "expected a log line containing '" + fragment + "', got " + lines);
    }
}
