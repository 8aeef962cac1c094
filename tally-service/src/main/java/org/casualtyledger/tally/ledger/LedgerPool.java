package org.casualtyledger.tally.ledger;

import io.quarkus.reactive.pg.client.PgPoolCreator;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.pgclient.PgPool;
import io.vertx.sqlclient.Pool;
import jakarta.inject.Singleton;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The PostgreSQL pool as configured, with one option Quarkus does not expose: the longest statement kept prepared on a
 * connection. The client's default (2,048 characters) left the claim upsert and the monthly rollup's update unprepared,
 * so PostgreSQL parsed and analysed them again at every group commit.
 */
@Singleton
public class LedgerPool implements PgPoolCreator {
    private final int longestPreparedStatement;

    public LedgerPool(@ConfigProperty(name = "ledger.db.longest-prepared-statement") int longestPreparedStatement) {
        this.longestPreparedStatement = longestPreparedStatement;
    }

    @Override
    @SuppressWarnings("deprecation") // Quarkus expects a PgPool from a creator
    public Pool create(Input input) {
        List<PgConnectOptions> options = input.pgConnectOptionsList();
        options.forEach(o -> o.setPreparedStatementCacheSqlLimit(longestPreparedStatement));
        return PgPool.pool(input.vertx(), options, input.poolOptions());
    }
}
