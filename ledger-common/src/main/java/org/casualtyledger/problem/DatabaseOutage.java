package org.casualtyledger.problem;

import java.net.ConnectException;
import java.nio.channels.ClosedChannelException;
import java.util.Set;

/**
 * Tells a failure caused by the database being out of reach (refused, dropped or shutting-down connections) from
 * one caused by the request, so that an outage is answered 503 and the client knows to retry.
 */
public final class DatabaseOutage {
    /** Connection failures of the reactive and JDBC drivers and of Hibernate, by class name (no driver dependency). */
    private static final Set<String> CONNECTION_FAILURES = Set.of(
            "io.vertx.sqlclient.ClosedConnectionException",
            "io.vertx.core.http.impl.ClosedConnectionException",
            "org.hibernate.exception.JDBCConnectionException",
            "java.sql.SQLTransientConnectionException",
            "java.sql.SQLNonTransientConnectionException",
            "io.netty.channel.ConnectTimeoutException");

    private DatabaseOutage() {
    }

    public static boolean isCause(Throwable failure) {
        for (Throwable e = failure; e != null; e = e.getCause() == e ? null : e.getCause()) {
            if (e instanceof ConnectException || e instanceof ClosedChannelException
                    || CONNECTION_FAILURES.contains(e.getClass().getName()) || isUnavailableState(sqlState(e))) {
                return true;
            }
        }
        return false;
    }

    /** SQL states of a server that cannot serve now: connection exceptions (08), shutting down (57P01-57P03), too many connections. */
    private static boolean isUnavailableState(String state) {
        return state != null && (state.startsWith("08") || state.startsWith("57P0") || state.equals("53300"));
    }

    private static String sqlState(Throwable e) {
        if (e instanceof java.sql.SQLException sql) {
            return sql.getSQLState();
        }
        if (!e.getClass().getName().equals("io.vertx.pgclient.PgException")) {
            return null;
        }
        try {
            return (String) e.getClass().getMethod("getSqlState").invoke(e);
        } catch (ReflectiveOperationException | ClassCastException unreadable) {
            return null;
        }
    }
}
