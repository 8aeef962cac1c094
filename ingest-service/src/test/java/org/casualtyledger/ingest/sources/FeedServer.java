package org.casualtyledger.ingest.sources;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** A real HTTP server on localhost serving the feeds and pages of a test, and noting every request it gets. */
final class FeedServer implements AutoCloseable {
    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final Map<String, Route> routes = new ConcurrentHashMap<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();

    record Request(String path, String ifNoneMatch, String userAgent) {
    }

    interface Route {
        void answer(HttpExchange exchange) throws IOException, InterruptedException;
    }

    FeedServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(threads);
        server.createContext("/", this::handle);
        server.start();
    }

    String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    void route(String path, Route route) {
        routes.put(path, route);
    }

    /** A document with an ETag; a request that presents it gets 304. */
    void serve(String path, String contentType, String body) {
        String etag = "\"" + Integer.toHexString(body.hashCode()) + "\"";
        route(path, exchange -> {
            if (etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                exchange.sendResponseHeaders(304, -1);
                return;
            }
            exchange.getResponseHeaders().add("ETag", etag);
            send(exchange, 200, contentType, body);
        });
    }

    /** A fixture from src/test/resources/sources with {base} (and any other placeholders) filled in. */
    String fixture(String name, Map<String, String> values) {
        try (InputStream in = FeedServer.class.getResourceAsStream("/sources/" + name)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("{base}", base());
            for (Map.Entry<String, String> value : values.entrySet()) {
                text = text.replace("{" + value.getKey() + "}", value.getValue());
            }
            return text;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String fixture(String name) {
        return fixture(name, Map.of());
    }

    List<Request> requestsFor(String path) {
        return requests.stream().filter(r -> r.path().equals(path)).toList();
    }

    static void send(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", contentType);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        requests.add(new Request(path, exchange.getRequestHeaders().getFirst("If-None-Match"),
                exchange.getRequestHeaders().getFirst("User-Agent")));
        try (exchange) {
            Route route = routes.get(path);
            if (route == null) {
                send(exchange, 404, "text/html", "<html><body><p>Not found</p></body></html>");
            } else {
                route.answer(exchange);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            // the client went away (a timeout or a size limit on its side)
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
