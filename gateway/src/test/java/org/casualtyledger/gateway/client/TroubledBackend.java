package org.casualtyledger.gateway.client;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.casualtyledger.gateway.StandInBackend;

/**
 * A real HTTP server standing in for a backend in trouble, for the resilience tests only:
 * each path misbehaves in its own way (fails, stalls, is not ready, refuses), and every request is recorded.
 * {@code POST /reports} answers by its body: "poison" fails that request (500, as a backend bug triggered by one
 * input would), "malformed" is refused (400), "busy" is not ready (503), anything else is stored (201).
 */
public class TroubledBackend extends StandInBackend {
    static final Map<String, List<String>> REQUEST_IDS = new ConcurrentHashMap<>();
    /** /claims is not ready (503) while this is set, and answers an empty page once it is cleared (a backend that recovers). */
    static final AtomicBoolean CLAIMS_DOWN = new AtomicBoolean(true);

    @Override
    protected Map<String, String> moreConfig() {
        return Map.of("ledger.tally.timeout", "2500ms");
    }

    static int hits(String path) {
        return REQUEST_IDS.getOrDefault(path, List.of()).size();
    }

    @Override
    protected void answer(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        REQUEST_IDS.computeIfAbsent(path, p -> new CopyOnWriteArrayList<>())
                .add(String.valueOf(exchange.getRequestHeaders().getFirst("X-Request-Id")));
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        switch (path) {
            case "/reports" -> submit(exchange, body);
            case "/series" -> stall(exchange);
            case "/events" -> send(exchange, 503, "7", "{\"status\":503}");
            case "/discrepancies" -> send(exchange, 503, null, "{\"status\":503}");
            case "/claims" -> send(exchange, CLAIMS_DOWN.get() ? 503 : 200, null,
                    CLAIMS_DOWN.get() ? "{\"status\":503}" : "{\"items\":[],\"page\":0,\"size\":50,\"total\":0}");
            case "/claims/c-000000000000000000000404" -> send(exchange, 404, null,
                    "{\"type\":\"https://casualtyledger.org/problems/not-found\",\"title\":\"Not found\",\"status\":404,\"detail\":\"no claim c-000000000000000000000404\"}");
            default -> send(exchange, 500, null, "{\"status\":500}");
        }
    }

    private static void submit(HttpExchange exchange, String body) throws IOException {
        if (body.contains("poison")) {
            send(exchange, 500, null, "{\"status\":500}");
        } else if (body.contains("malformed")) {
            send(exchange, 400, null, "{\"type\":\"https://casualtyledger.org/problems/malformed-json\",\"status\":400}");
        } else if (body.contains("busy")) {
            send(exchange, 503, "3", "{\"status\":503}");
        } else {
            send(exchange, 201, null, "{\"id\":\"r-000000000000000000000001\",\"created\":true}");
        }
    }

    private static void stall(HttpExchange exchange) throws IOException {
        try {
            Thread.sleep(9_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        send(exchange, 200, null, "{}");
    }

    private static void send(HttpExchange exchange, int status, String retryAfter, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", status >= 400 ? "application/problem+json" : "application/json");
        if (retryAfter != null) {
            exchange.getResponseHeaders().set("Retry-After", retryAfter);
        }
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
