package org.casualtyledger.embeddeddb;

/**
 * One PostgreSQL server per test JVM, closed by a shutdown hook, so that many test classes share one start-up:
 * embedded, or the external server named by {@value #EXTERNAL_URL_ENV}
 * ({@code postgresql://user:password@host:port/postgres}).
 */
public final class SharedPostgres {
    public static final String EXTERNAL_URL_ENV = "LEDGER_TEST_DB_URL";
    private static PostgresServer server;

    private SharedPostgres() {
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
