package org.casualtyledger.tally.ledger;

import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import io.smallrye.mutiny.Uni;
import java.util.Collection;
import java.util.TreeSet;

/** Transaction locks on named keys, taken in one sorted order, so two writers taking the same ones cannot deadlock. */
public final class KeyLocks {
    private static final String LOCK =
            "SELECT pg_advisory_xact_lock(hashtext(k)) FROM unnest($1::text[]) WITH ORDINALITY AS t(k, n) ORDER BY n";

    private KeyLocks() {
    }

    public static Uni<RowSet<Row>> lock(SqlConnection conn, Collection<String> keys) {
        return conn.preparedQuery(LOCK).execute(Tuple.of(new TreeSet<>(keys).toArray(new String[0])));
    }
}
