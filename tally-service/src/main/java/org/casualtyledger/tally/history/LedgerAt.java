package org.casualtyledger.tally.history;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.function.Function;
import org.casualtyledger.tally.ledger.Derivations;

/**
 * Answers a read as the ledger stood at a past instant. The claims valid then are read back from the change log
 * (each claim as its last change up to that instant left it; a superseded or retracted claim is gone) into temporary
 * tables named like the ledger's own, which shadow them for one transaction; everything else is derived from those
 * claims by the rebuild the live ledger is proved equal to ({@link Derivations#rebuildAll}); then the same reader
 * runs on that connection, and the transaction is rolled back. The answers are the live ones by construction.
 *
 * <p>An instant stands for the last change recorded by then (the log's sequence number); the history up to a change
 * never changes, so answers are cached by that number and the question ({@link AnswerCache}).
 *
 * <p>Analyst corrections: when corrections are kept (a table of corrections with the time each was made, logged as
 * CORRECTED rows of the change log), {@link #claimsAt} is where they are applied: after the claims valid at the
 * instant are loaded, the corrections recorded by then are applied to the temporary claim rows, with the same code
 * that applies them to the live claims, before anything is derived.
 */
@ApplicationScoped
public class LedgerAt {
    /** The tables a read or the derivation touches, each shadowed by an empty temporary copy. */
    private static final String[] TABLES = {"claim", "event", "series", "series_point", "discrepancy", "event_rollup",
        "source_rollup", "month_report", "month_source", "series_month"};

    private static final String LAST_CHANGE = "SELECT coalesce(max(seq), 0) FROM ledger_change WHERE recorded_at <= $1";

    /** Each claim as its last change up to the position left it; deletions keep no content. */
    private static final String CLAIMS_AT = """
            INSERT INTO claim
            SELECT (jsonb_populate_record(NULL::public.claim, v.content)).*
            FROM (SELECT DISTINCT ON (entity_id) content FROM public.ledger_change
                  WHERE entity = 'CLAIM' AND seq <= $1 ORDER BY entity_id, seq DESC) v
            WHERE v.content IS NOT NULL""";

    private final Pool pool;
    private final Derivations derivations;
    private final AnswerCache cache = new AnswerCache(64);

    public LedgerAt(Pool pool, Derivations derivations) {
        this.pool = pool;
        this.derivations = derivations;
    }

    /**
     * Reads through the live ledger when {@code asOf} is null, else through the ledger as it stood then.
     * {@code question} identifies the read (endpoint and every parameter) for the cache.
     */
    public <T> Uni<T> read(Instant asOf, String question, Function<SqlClient, Uni<T>> reader) {
        if (asOf == null) {
            return reader.apply(pool);
        }
        return pool.preparedQuery(LAST_CHANGE).execute(Tuple.of(OffsetDateTime.ofInstant(asOf, ZoneOffset.UTC)))
                .chain(rows -> {
                    long position = rows.iterator().next().getLong(0);
                    String key = position + "|" + question;
                    T cached = cache.get(key);
                    if (cached != null) {
                        return Uni.createFrom().item(cached);
                    }
                    return at(position, reader).invoke(answer -> cache.put(key, answer));
                });
    }

    private <T> Uni<T> at(long position, Function<SqlClient, Uni<T>> reader) {
        return pool.withConnection(conn -> conn.begin().chain(tx -> conn.query(shadowTables()).execute()
                .chain(() -> claimsAt(conn, position))
                .chain(() -> derivations.rebuildAll(conn))
                .chain(() -> reader.apply(conn))
                .call(tx::rollback)
                .onFailure().call(tx::rollback)));
    }

    /** The claims valid at the position, in the temporary claim table (the corrections hook: see the class comment). */
    private static Uni<Void> claimsAt(SqlConnection conn, long position) {
        return conn.preparedQuery(CLAIMS_AT).execute(Tuple.of(position))
                .chain(() -> conn.query("ANALYZE claim").execute())
                .replaceWithVoid();
    }

    private static String shadowTables() {
        StringBuilder sql = new StringBuilder();
        for (String table : TABLES) {
            sql.append("CREATE TEMP TABLE ").append(table).append(" (LIKE public.").append(table)
                    .append(" INCLUDING DEFAULTS INCLUDING INDEXES) ON COMMIT DROP;\n");
        }
        return sql.toString();
    }
}
