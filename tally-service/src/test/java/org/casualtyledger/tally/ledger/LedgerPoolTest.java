package org.casualtyledger.tally.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import org.casualtyledger.embeddeddb.PostgresTestResource;
import org.junit.jupiter.api.Test;

/** The pool keeps long statements prepared, as the claim upsert (about 2,400 characters) is. */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "tally"))
class LedgerPoolTest {
    @Inject
    Pool pool;

    @Test
    void aStatementLongerThanTheClientsDefaultLimitIsPreparedOncePerConnection() {
        String longStatement = "SELECT 1 AS prepared_once /* " + "x".repeat(3000) + " */";
        long prepared = pool.withConnection(conn -> conn.preparedQuery(longStatement).execute()
                        .chain(() -> conn.preparedQuery(longStatement).execute())
                        // A simple query: not prepared itself, so it does not list itself.
                        .chain(() -> conn.query("SELECT count(*) FROM pg_prepared_statements "
                                + "WHERE statement LIKE 'SELECT 1 AS prepared_once /*%'").execute()))
                .map(rows -> rows.iterator().next().getLong(0))
                .await().indefinitely();
        assertEquals(1, prepared);
    }
}
