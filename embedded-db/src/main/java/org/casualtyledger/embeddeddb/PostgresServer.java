package org.casualtyledger.embeddeddb;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/**
 * A PostgreSQL server to create databases on: an embedded one started here, or an external one named by a URL
 * of the form {@code postgresql://user:password@host:port/database}.
 */
public final class PostgresServer implements AutoCloseable {
    private final String host;
    private final int port;
    private final String user;
    private final String password;
    private final String adminDatabase;
    private final EmbeddedPostgres embedded;

    private PostgresServer(String host, int port, String user, String password, String adminDatabase, EmbeddedPostgres embedded) {
        this.host = host;
        this.port = port;
        this.user = user;
        this.password = password;
        this.adminDatabase = adminDatabase;
        this.embedded = embedded;
    }

    /**
     * Starts an embedded server; with a data directory its data survives a restart, without one it is thrown away.
     * A persistent server makes every commit durable before it is acknowledged (fsync and synchronous_commit on; the
     * embedded library's default turns synchronous_commit off, which lost acknowledged reports in a crash). A
     * throw-away server, for tests only, skips both. Port 0 takes a free port ({@link FreePorts}: the server binds
     * it only after initdb, seconds later).
     */
    public static PostgresServer startEmbedded(Path dataDirectory, int port) {
        try {
            String durable = dataDirectory == null ? "off" : "on";
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setServerConfig("max_connections", "200")
                    .setServerConfig("fsync", durable)
                    .setServerConfig("synchronous_commit", durable);
            if (dataDirectory != null) {
                builder.setDataDirectory(dataDirectory).setCleanDataDirectory(false);
            }
            builder.setPort(port > 0 ? port : FreePorts.next());
            EmbeddedPostgres pg = builder.start();
            return new PostgresServer("localhost", pg.getPort(), "postgres", "postgres", "postgres", pg);
        } catch (IOException e) {
            throw new UncheckedIOException("could not start embedded PostgreSQL", e);
        }
    }

    public static PostgresServer external(String url) {
        URI uri = URI.create(url.replaceFirst("^jdbc:", ""));
        String[] userInfo = uri.getUserInfo() == null ? new String[] {"postgres", ""} : uri.getUserInfo().split(":", 2);
        String database = uri.getPath() == null || uri.getPath().length() <= 1 ? "postgres" : uri.getPath().substring(1);
        int port = uri.getPort() > 0 ? uri.getPort() : 5432;
        return new PostgresServer(uri.getHost(), port, userInfo[0], userInfo.length > 1 ? userInfo[1] : "", database, null);
    }

    /** Creates the database unless it exists. */
    public void ensureDatabase(String name) {
        if (!name.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("unsafe database name: " + name);
        }
        try (Connection c = DriverManager.getConnection(jdbcUrl(adminDatabase), user, password);
             Statement s = c.createStatement()) {
            var rs = s.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + name + "'");
            if (!rs.next()) {
                s.execute("CREATE DATABASE " + name);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not create database " + name + " on " + host + ":" + port, e);
        }
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }

    public String reactiveUrl(String database) {
        return "postgresql://" + host + ":" + port + "/" + database;
    }

    /** Quarkus datasource settings (JDBC for Flyway, reactive for Hibernate Reactive) pointing at one database. */
    public Map<String, String> quarkusConfig(String database) {
        return Map.of(
                "quarkus.datasource.jdbc.url", jdbcUrl(database),
                "quarkus.datasource.reactive.url", reactiveUrl(database),
                "quarkus.datasource.username", user,
                "quarkus.datasource.password", password);
    }

    public int port() {
        return port;
    }

    public String host() {
        return host;
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    @Override
    public void close() {
        if (embedded != null) {
            try {
                embedded.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
