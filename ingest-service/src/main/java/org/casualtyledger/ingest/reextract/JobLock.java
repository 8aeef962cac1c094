package org.casualtyledger.ingest.reextract;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * One replica runs a job at a time: a PostgreSQL session advisory lock per job, held on its own connection while the
 * job runs (minutes, too long for a transaction). If the replica dies its connection closes, the lock goes with it,
 * and the next replica to look (or this one restarted) takes the job up where it stopped.
 */
@ApplicationScoped
public class JobLock {
    private static final int REEXTRACT_LOCKS = 0x7e3e;

    private final AgroalDataSource database;

    public JobLock(AgroalDataSource database) {
        this.database = database;
    }

    /** Runs the job's work unless another replica is running it; whether it ran. */
    public boolean runAlone(long jobId, Runnable work) {
        try (Connection connection = database.getConnection()) {
            if (!call(connection, "SELECT pg_try_advisory_lock(?, ?)", jobId)) {
                return false;
            }
            try {
                work.run();
                return true;
            } finally {
                call(connection, "SELECT pg_advisory_unlock(?, ?)", jobId);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot take the lock of re-extraction " + jobId + ": " + e.getMessage(), e);
        }
    }

    private static boolean call(Connection connection, String sql, long jobId) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setInt(1, REEXTRACT_LOCKS);
            statement.setInt(2, (int) jobId);
            try (ResultSet result = statement.executeQuery()) {
                return result.next() && result.getBoolean(1);
            }
        }
    }
}
