package org.casualtyledger.embeddeddb;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;
import java.util.UUID;

/**
 * Gives each Quarkus test application a fresh database on a real PostgreSQL: one embedded server per test JVM,
 * or the external server named by {@value SharedPostgres#EXTERNAL_URL_ENV} ({@code postgresql://user:password@host:port/postgres}).
 * Init argument {@code database}: the prefix of the database name (default {@code ledger}).
 */
public class PostgresTestResource implements QuarkusTestResourceLifecycleManager {
    private String prefix = "ledger";

    @Override
    public void init(Map<String, String> initArgs) {
        prefix = initArgs.getOrDefault("database", prefix);
    }

    @Override
    public Map<String, String> start() {
        String database = prefix + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        PostgresServer server = SharedPostgres.get();
        server.ensureDatabase(database);
        return server.quarkusConfig(database);
    }

    @Override
    public void stop() {
        // The shared server stops with the JVM; each test application's database is simply left behind with it.
    }
}
