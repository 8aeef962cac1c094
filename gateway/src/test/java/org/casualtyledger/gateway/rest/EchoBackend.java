package org.casualtyledger.gateway.rest;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;

/**
 * A real HTTP server standing in for tally-service: it records the query string and Accept header of every request
 * by path, and answers 200 with the media type asked for.
 */
public class EchoBackend implements QuarkusTestResourceLifecycleManager {
    static final Map<String, String> QUERIES = new ConcurrentHashMap<>();
    static final Map<String, String> ACCEPTS = new ConcurrentHashMap<>();
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
        return Map.of("quarkus.rest-client.tally.url", url, "quarkus.rest-client.ingest.url", url);
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    private void answer(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        QUERIES.put(path, String.valueOf(exchange.getRequestURI().getRawQuery()));
        String accept = String.valueOf(exchange.getRequestHeaders().getFirst("Accept"));
        ACCEPTS.put(path, accept);
        String type = accept.startsWith("text/csv") || accept.startsWith("application/x-ndjson")
                || accept.startsWith("application/geo+json") ? accept : "application/json";
        byte[] body = (type.equals("application/json") ? "{}" : "x\n").getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.sendResponseHeaders(200, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }
}
