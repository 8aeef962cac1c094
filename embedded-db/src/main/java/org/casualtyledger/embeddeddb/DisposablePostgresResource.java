package org.casualtyledger.embeddeddb;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * A PostgreSQL server of the test's own, which the test may stop to see how the service behaves without its
 * database. Use with {@code restrictToAnnotatedClass = true} so that no other test shares it.
 */
public class DisposablePostgresResource implements QuarkusTestResourceLifecycleManager {
    private static PostgresServer server;

    /** Started after the shared database resource, so that its settings are the ones the application gets. */
    @Override
    public int order() {
        return 1000;
    }

    @Override
    public synchronized Map<String, String> start() {
        server = PostgresServer.startEmbedded(null, 0);
        server.ensureDatabase("disposable");
        return server.quarkusConfig("disposable");
    }

    /** Stops the database now, as an outage would. */
    public static synchronized void stopDatabase() {
        if (server != null) {
            server.close();
            server = null;
        }
    }

    @Override
    public void stop() {
        stopDatabase();
    }
}
