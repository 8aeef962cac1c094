package org.casualtyledger.gateway.client;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A real HTTP server standing in for a backend in trouble, for the resilience tests only:
 * each path misbehaves in its own way (fails, stalls, is not ready, refuses), and every request is recorded.
 */
public class TroubledBackend implements QuarkusTestResourceLifecycleManager {
    static final Map<String, List<String>> REQUEST_IDS = new ConcurrentHashMap<>();
    /** /claims fails while this is set, and answers an empty page once it is cleared (a backend that recovers). */
    static final AtomicBoolean CLAIMS_DOWN = new AtomicBoolean(true);
    private HttpServer server;

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/", this::answer);
        server.start();
        String url = "http://127.0.0.1:" + server.getAddress().getPort();
        return Map.of("quarkus.rest-client.tally.url", url,
                "quarkus.rest-client.ingest.url", url,
                "ledger.tally.timeout", "2500ms");
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    static int hits(String path) {
        return REQUEST_IDS.getOrDefault(path, List.of()).size();
    }

    private void answer(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        REQUEST_IDS.computeIfAbsent(path, p -> new CopyOnWriteArrayList<>())
                .add(String.valueOf(exchange.getRequestHeaders().getFirst("X-Request-Id")));
        exchange.getRequestBody().readAllBytes();
        switch (path) {
            case "/series" -> stall(exchange);
            case "/events" -> send(exchange, 503, "7", "{\"status\":503}");
            case "/claims" -> send(exchange, CLAIMS_DOWN.get() ? 500 : 200, null,
                    CLAIMS_DOWN.get() ? "{\"status\":500}" : "{\"items\":[],\"page\":0,\"size\":50,\"total\":0}");
            case "/claims/c-000000000000000000000404" -> send(exchange, 404, null,
                    "{\"type\":\"https://casualtyledger.org/problems/not-found\",\"title\":\"Not found\",\"status\":404,\"detail\":\"no claim c-000000000000000000000404\"}");
            default -> send(exchange, 500, null, "{\"status\":500}");
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
