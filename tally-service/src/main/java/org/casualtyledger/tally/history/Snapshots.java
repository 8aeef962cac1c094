package org.casualtyledger.tally.history;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.casualtyledger.tally.ledger.Derivations;

/**
 * The ledger as it stood at a few positions of the change log, each kept in a schema of its own
 * ({@code ledger_at_<position>}, unlogged tables named like the ledger's), so that every question about an instant
 * after the first reads it like the live ledger. A snapshot is built once, under an exclusive advisory lock of its
 * name; readers hold the shared lock while they read (with the snapshot's schema first on the search path), so a
 * snapshot is only dropped between reads. At most {@link #KEEP} are kept, the least recently used dropped first.
 */
final class Snapshots {
    static final int KEEP = 4;

    /** The tables a read or the derivation touches. */
    private static final String[] TABLES = {"claim", "event", "series", "series_point", "discrepancy", "event_rollup",
        "source_rollup", "source_total", "month_report", "month_source", "group_outcome_report", "group_outcome_source",
        "month_group_report", "month_group_source", "series_month", "month_tally", "month_source_series"};

    /**
     * Each claim as its last change up to the position left it; deletions keep no content. The content carries no
     * corrected mark: it is set from the corrections active then ({@link #MARK_CORRECTED}).
     */
    private static final String CLAIMS_AT = """
            INSERT INTO claim
            SELECT (jsonb_populate_record(NULL::public.claim, v.content || '{"corrected": false}')).*
            FROM (SELECT DISTINCT ON (entity_id) content FROM public.ledger_change
                  WHERE entity = 'CLAIM' AND seq <= $1 ORDER BY entity_id, seq DESC) v
            WHERE v.content IS NOT NULL""";

    /**
     * The corrections recorded by the position, each active when its claim stood then: the answers' {@code corrected}
     * marks come from this table, and a correction made later must not mark an earlier answer. A correction is recorded
     * before the change row its write ends with, so its time is at most that row's.
     */
    private static final String CORRECTIONS_AT = """
            INSERT INTO claim_correction
            SELECT x.id, x.claim_id, x.report_id, x.source, x.kind, x.changes, x.rejection, x.same_as, x.event_id,
                   x.author, x.reason, x.created_at,
                   CASE WHEN x.state = 'ORPHANED' AND EXISTS (SELECT 1 FROM claim c WHERE c.id = x.claim_id)
                        THEN 'ACTIVE' ELSE x.state END
            FROM public.claim_correction x
            WHERE x.created_at <= (SELECT recorded_at FROM public.ledger_change WHERE seq = $1)""";

    /** The claims with a correction active at the position, as the writer marks them in the live ledger. */
    private static final String MARK_CORRECTED = "UPDATE claim SET corrected = true WHERE id IN (SELECT claim_id FROM claim_correction "
            + "WHERE state = 'ACTIVE')";

    private static final String LOCK = "SELECT pg_advisory_xact_lock(hashtext($1))";
    private static final String SHARED_LOCK = "SELECT pg_advisory_xact_lock_shared(hashtext($1))";
    private static final String EXISTS = "SELECT count(*) FROM pg_namespace WHERE nspname = $1";

    private final Pool pool;
    private final Derivations derivations;
    /** Snapshots this service built or read, least recently used first. */
    private final Set<String> recent = new LinkedHashSet<>();

    Snapshots(Pool pool, Derivations derivations) {
        this.pool = pool;
        this.derivations = derivations;
    }

    /** Reads the ledger as it stood at the position, building its snapshot first if there is none. */
    <T> Uni<T> read(long position, Function<SqlClient, Uni<T>> reader) {
        String schema = "ledger_at_" + position;
        return attempt(schema, reader).chain(answer -> answer != null ? Uni.createFrom().item(answer)
                : build(schema, position).chain(() -> evict(schema)).chain(() -> attempt(schema, reader))
                        .onItem().ifNull().failWith(() -> new IllegalStateException("snapshot " + schema + " vanished")));
    }

    /** The answer, or null when the snapshot does not exist (yet, or any more). */
    private <T> Uni<T> attempt(String schema, Function<SqlClient, Uni<T>> reader) {
        return pool.withTransaction(conn -> conn.preparedQuery(SHARED_LOCK).execute(Tuple.of(schema))
                .chain(() -> conn.preparedQuery(EXISTS).execute(Tuple.of(schema)))
                .chain(rows -> {
                    if (rows.iterator().next().getLong(0) == 0) {
                        return Uni.createFrom().nullItem();
                    }
                    touch(schema);
                    return conn.query("SET LOCAL search_path TO " + schema + ", public").execute()
                            .chain(() -> reader.apply(conn));
                }));
    }

    private Uni<Void> build(String schema, long position) {
        return pool.withTransaction(conn -> conn.preparedQuery(LOCK).execute(Tuple.of(schema))
                .chain(() -> conn.preparedQuery(EXISTS).execute(Tuple.of(schema)))
                .chain(rows -> rows.iterator().next().getLong(0) > 0 ? Uni.createFrom().voidItem()
                        : conn.query(createTables(schema)).execute()
                                .chain(() -> conn.query("SET LOCAL search_path TO " + schema + ", public").execute())
                                .chain(() -> claimsAt(conn, position))
                                .chain(() -> conn.preparedQuery(CORRECTIONS_AT).execute(Tuple.of(position)))
                                .chain(() -> conn.query(MARK_CORRECTED).execute())
                                .chain(() -> derivations.rebuildAll(conn))
                                .chain(() -> conn.query("ANALYZE " + String.join(", ", TABLES)).execute())
                                .replaceWithVoid()));
    }

    /**
     * The claims valid at the position. An analyst's correction is logged as a CORRECTED row holding the claim as
     * corrected, so the last row up to the position already carries the corrections recorded by then.
     */
    private static Uni<Void> claimsAt(SqlConnection conn, long position) {
        return conn.preparedQuery(CLAIMS_AT).execute(Tuple.of(position))
                .chain(() -> conn.query("ANALYZE claim").execute())
                .replaceWithVoid();
    }

    /** Drops the snapshots beyond the most recently used, each between reads (under its exclusive lock). */
    private Uni<Void> evict(String built) {
        touch(built);
        return pool.query("SELECT nspname FROM pg_namespace WHERE nspname LIKE 'ledger\\_at\\_%'").execute()
                .chain(rows -> {
                    List<String> drop = new ArrayList<>();
                    List<String> keep;
                    synchronized (recent) {
                        keep = new ArrayList<>(recent).subList(Math.max(0, recent.size() - KEEP), recent.size());
                        rows.forEach(r -> {
                            if (!keep.contains(r.getString(0))) {
                                drop.add(r.getString(0));
                            }
                        });
                        recent.removeIf(s -> !keep.contains(s));
                    }
                    Uni<Void> chain = Uni.createFrom().voidItem();
                    for (String schema : drop) {
                        chain = chain.chain(() -> pool.withTransaction(conn -> conn.preparedQuery(LOCK).execute(Tuple.of(schema))
                                .chain(() -> conn.query("DROP SCHEMA IF EXISTS " + schema + " CASCADE").execute())
                                .replaceWithVoid()));
                    }
                    return chain;
                });
    }

    private void touch(String schema) {
        synchronized (recent) {
            recent.remove(schema);
            recent.add(schema);
        }
    }

    private static String createTables(String schema) {
        StringBuilder sql = new StringBuilder("CREATE SCHEMA ").append(schema).append(";\n");
        for (String table : TABLES) {
            sql.append("CREATE UNLOGGED TABLE ").append(schema).append('.').append(table).append(" (LIKE public.")
                    .append(table).append(" INCLUDING DEFAULTS INCLUDING INDEXES);\n");
        }
        sql.append("CREATE UNLOGGED TABLE ").append(schema).append(".claim_correction (LIKE public.claim_correction INCLUDING INDEXES);\n");
        return sql.toString();
    }
}
