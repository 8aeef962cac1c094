package org.casualtyledger.ingest.sources;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * One replica polls at a time: a PostgreSQL session advisory lock held on its own connection for the whole round.
 * A round takes minutes of HTTP, too long for a transaction; if the replica dies, its connection closes and the
 * lock goes with it.
 */
@ApplicationScoped
public class PollLock {
    private static final long POLL_LOCK = 0x5ce7L;

    private final AgroalDataSource database;

    public PollLock(AgroalDataSource database) {
        this.database = database;
    }

    public interface Round<T> {
        T run() throws InterruptedException;
    }

    /** Runs the round if no other replica is polling, and answers whether it ran. */
    public <T> boolean runAlone(Round<T> round) throws InterruptedException {
        try (Connection connection = database.getConnection()) {
            if (!call(connection, "SELECT pg_try_advisory_lock(?)")) {
                return false;
            }
            try {
                round.run();
                return true;
            } finally {
                call(connection, "SELECT pg_advisory_unlock(?)");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot take the poll lock: " + e.getMessage(), e);
        }
    }

    private static boolean call(Connection connection, String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, POLL_LOCK);
            try (ResultSet result = statement.executeQuery()) {
                return result.next() && result.getBoolean(1);
            }
        }
    }
}
