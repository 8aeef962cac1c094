package org.casualtyledger.gateway.rest;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.casualtyledger.gateway.StandInBackend;

/**
 * A real HTTP server standing in for tally-service: it records the query string and Accept header of every request
 * by path, and answers 200 with the media type asked for.
 */
public class EchoBackend extends StandInBackend {
    static final Map<String, String> QUERIES = new ConcurrentHashMap<>();
    static final Map<String, String> ACCEPTS = new ConcurrentHashMap<>();

    @Override
    protected void answer(HttpExchange exchange) throws IOException {
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
