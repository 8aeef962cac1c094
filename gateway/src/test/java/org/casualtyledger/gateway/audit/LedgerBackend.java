package org.casualtyledger.gateway.audit;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.casualtyledger.gateway.StandInBackend;

/**
 * A real HTTP server answering as tally-service and ingest-service do for corrections and revisions, recording
 * every request (path, query, author header) so that the tests see what the gateway sent.
 */
public class LedgerBackend extends StandInBackend {
    /** path?query author: one line per request received. */
    static final List<String> REQUESTS = new CopyOnWriteArrayList<>();
    static final String CORRECTIONS = """
            {"items":[{"id":2,"claimId":"c-2","reportId":"r-1","source":"SOHR","kind":"REJECTION","changes":null,
              "rejection":"SAME_INCIDENT","sameAs":"c-1","eventId":null,"author":"Alice Analyst","reason":"repeats c-1, \\"verbatim\\"",
              "createdAt":"2026-12-06T02:00:00Z","state":"ACTIVE"},
             {"id":1,"claimId":"c-1","reportId":"r-1","source":"SOHR","kind":"CHANGE","changes":{"value":35,"qualifier":"ABOUT"},
              "rejection":null,"sameAs":null,"eventId":null,"author":"Bob","reason":"the bulletin says about 35",
              "createdAt":"2026-12-04T10:00:00Z","state":"ORPHANED"}],"page":0,"size":2,"total":2}""";
    static final String REVISIONS = """
            {"items":[{"reportId":"r-1","revision":2,"source":"SOHR","url":"https://example.org/1","title":null,
              "receivedAt":"2026-12-05T09:00:00Z","supersededAt":null,"claimCount":3,"extractorVersion":"0.1.0+rules.1"},
             {"reportId":"r-1","revision":1,"source":"SOHR","url":"https://example.org/1","title":null,
              "receivedAt":"2026-12-03T09:00:00Z","supersededAt":"2026-12-05T09:00:00Z","claimCount":2,"extractorVersion":"0.1.0+rules.1"}],
             "page":0,"size":2,"total":2}""";

    @Override
    protected void answer(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String query = exchange.getRequestURI().getRawQuery();
        REQUESTS.add(exchange.getRequestMethod() + " " + path + (query == null ? "" : "?" + query) + " author="
                + exchange.getRequestHeaders().getFirst("X-Correction-Author"));
        exchange.getRequestBody().readAllBytes();
        String body = switch (path) {
            case "/corrections" -> CORRECTIONS;
            case "/revisions" -> REVISIONS;
            default -> "{\"id\":9}";
        };
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders("POST".equals(exchange.getRequestMethod()) ? 201 : 200, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
