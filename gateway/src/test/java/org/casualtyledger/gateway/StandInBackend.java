package org.casualtyledger.gateway;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executors;

/**
 * A real HTTP server on a free loopback port standing in for tally-service and ingest-service: the gateway's clients
 * of both are pointed at it, and each subclass answers every request its own way.
 */
public abstract class StandInBackend implements QuarkusTestResourceLifecycleManager {
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
        Map<String, String> config = new HashMap<>(Map.of("quarkus.rest-client.tally.url", url, "quarkus.rest-client.ingest.url", url));
        config.putAll(moreConfig());
        return config;
    }

    /** Configuration the tests of this stand-in need besides the backends' address. */
    protected Map<String, String> moreConfig() {
        return Map.of();
    }

    protected abstract void answer(HttpExchange exchange) throws IOException;

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }
}
