package org.casualtyledger.embeddeddb;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;
import java.util.UUID;

/**
 * Gives each Quarkus test application a fresh database on a real PostgreSQL: one embedded server per test JVM,
 * or the external server named by {@value #EXTERNAL_URL_ENV} ({@code postgresql://user:password@host:port/postgres}).
 * Init argument {@code database}: the prefix of the database name (default {@code ledger}).
 */
public class PostgresTestResource implements QuarkusTestResourceLifecycleManager {
    public static final String EXTERNAL_URL_ENV = "LEDGER_TEST_DB_URL";

    private String prefix = "ledger";

    @Override
    public void init(Map<String, String> initArgs) {
        prefix = initArgs.getOrDefault("database", prefix);
    }

    @Override
    public Map<String, String> start() {
        String database = prefix + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        PostgresServer server = SharedServer.get();
        server.ensureDatabase(database);
        return server.quarkusConfig(database);
    }

    @Override
    public void stop() {
        // The shared server stops with the JVM; each test application's database is simply left behind with it.
    }

    /** One server per JVM, closed by a shutdown hook, so that many test classes share one start-up. */
    public static final class SharedServer {
        private static PostgresServer server;

        private SharedServer() {
        }

        public static synchronized PostgresServer get() {
            if (server == null) {
                String external = System.getenv(EXTERNAL_URL_ENV);
                server = external == null || external.isBlank()
                        ? PostgresServer.startEmbedded(null, 0)
                        : PostgresServer.external(external);
                Runtime.getRuntime().addShutdownHook(new Thread(server::close, "embedded-postgres-stop"));
            }
            return server;
        }
    }
}
