package org.casualtyledger.gateway.client;

import io.quarkus.rest.client.reactive.runtime.RestClientCDIDelegateBuilder;
import io.vertx.core.Context;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One typed REST client per Vert.x event loop, so that a backend call stays on the event loop of the request that
 * made it. The Vert.x 4 HTTP client behind one REST client keeps one connection pool for all event loops and hands
 * out the most recently used connection whatever its event loop; a request on loop A then writes through a
 * connection of loop B, and the pool lease, the write, the answer and the release cross between the two loops: about
 * ten thread wake-ups per gateway request instead of two (voluntary context switches measured per request, see
 * README "Benchmark"). A client made on a loop opens its connections on that loop, and only that loop uses it.
 * Each client is built from the same configuration key as the injected one ({@code quarkus.rest-client.<key>.*});
 * calls from outside an event loop (worker threads, tests) use the injected client.
 */
final class EventLoopClients<T> {
    private final Class<T> api;
    private final String configKey;
    private final T offLoop;
    private final Map<Thread, T> byLoop = new ConcurrentHashMap<>();

    EventLoopClients(Class<T> api, String configKey, T offLoop) {
        this.api = api;
        this.configKey = configKey;
        this.offLoop = offLoop;
    }

    /** The client of the calling event loop (made on its first call), or the shared one off the event loops. */
    T current() {
        if (!Context.isOnEventLoopThread()) {
            return offLoop;
        }
        return byLoop.computeIfAbsent(Thread.currentThread(), loop -> RestClientCDIDelegateBuilder.createDelegate(api, null, configKey));
    }
}
