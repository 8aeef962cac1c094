package org.casualtyledger.tally.history;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import org.casualtyledger.tally.ledger.Derivations;

/**
 * Derives the ledger at a position of the change log into a snapshot's schema, from the nearest ledger already
 * derived: another snapshot, or the live ledger (read in one repeatable-read transaction, at the last change that
 * transaction sees). Its tables are copied, the claims that changed between its position and the one asked for are
 * put as they stood then (deleted, or written with no event), and everything derived from them is brought up to date
 * by the writer's incremental derivation ({@link Derivations#rederive}), which equals a rebuild. When more than half
 * of the nearest ledger's claims changed in between (the incremental derivation then costs more than a rebuild), or
 * it vanished meanwhile, the snapshot is derived from the claims valid at the position alone
 * ({@link Derivations#rebuildAll}).
 */
final class SnapshotBuild {
    private static final String LIVE = "public";

    /** The derived ledger nearest to a position in the log: the live one or a complete snapshot. */
    private static final String NEAREST = """
            SELECT schema, position FROM (
                SELECT nspname AS schema, substr(nspname, %d)::bigint AS position FROM pg_namespace WHERE nspname LIKE '%s'
                UNION ALL SELECT '%s', (SELECT coalesce(max(seq), 0) FROM ledger_change)) b
            WHERE to_regclass(schema || '.claim') IS NOT NULL
            ORDER BY abs(position - $1), position DESC LIMIT 1"""
            .formatted(Snapshots.PREFIX.length() + 1, Snapshots.like(Snapshots.PREFIX), LIVE);

    private static final String LIVE_POSITION = "SELECT coalesce(max(seq), 0) FROM public.ledger_change";

    /** The claims whose last change differs between two positions, and how many claims the ledger derived holds. */
    private static final String CHANGED = """
            SELECT coalesce(array_agg(DISTINCT entity_id), '{}'), (SELECT count(*) FROM %s.claim)
            FROM public.ledger_change
            WHERE entity = 'CLAIM' AND seq > least($1::bigint, $2::bigint) AND seq <= greatest($1::bigint, $2::bigint)""";

    private static final String REMOVE = "DELETE FROM claim WHERE id = ANY($1) RETURNING " + Derivations.CHANGED_CLAIM;

    /**
     * Each claim (or each of some) as its last change up to the position left it; deletions keep no content. The
     * content carries no corrected mark: it is set from the corrections active then ({@link #MARK_CORRECTED}). The
     * record is made in the FROM list: {@code (jsonb_populate_record(...)).*} in the select list calls the function
     * once for each of the claim's columns (10,068 claims: 12.1 s against 0.54 s).
     */
    private static final String CLAIMS_AT = """
            INSERT INTO claim
            SELECT c.*
            FROM (SELECT DISTINCT ON (entity_id) content FROM public.ledger_change
                  WHERE entity = 'CLAIM' AND seq <= $1 %s ORDER BY entity_id, seq DESC) v,
                 LATERAL jsonb_populate_record(NULL::public.claim, v.content::jsonb || '{"corrected": false}') c
            WHERE v.content IS NOT NULL""";

    private static final String ALL_CLAIMS_AT = CLAIMS_AT.formatted("");

    /** The given claims as they stood at the position, written with no event. */
    private static final String PUT = CLAIMS_AT.formatted("AND entity_id = ANY($2)") + " RETURNING " + Derivations.CHANGED_CLAIM;

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

    /**
     * The claims with a correction active at the position, marked as the writer marks them in the live ledger (a claim
     * kept from the nearest ledger has the same corrections then, else a change of it lies in between and it was put).
     */
    private static final String MARK_CORRECTED = "UPDATE claim SET corrected = true WHERE NOT corrected AND id IN "
            + "(SELECT claim_id FROM claim_correction WHERE state = 'ACTIVE')";

    /** The ledger's indexes of the tables, made for the same tables of a snapshot. */
    private static final String INDEXES = """
            SELECT string_agg(replace(indexdef, ' ON public.', ' ON ' || $1 || '.'), ';' || chr(10))
            FROM pg_indexes WHERE schemaname = 'public' AND tablename = ANY($2)""";

    private final Pool pool;
    private final Derivations derivations;

    SnapshotBuild(Pool pool, Derivations derivations) {
        this.pool = pool;
        this.derivations = derivations;
    }

    /** Builds the snapshot of the position unless it is complete already. */
    Uni<Void> build(String schema, long position) {
        return pool.preparedQuery(NEAREST).execute(Tuple.of(position)).chain(rows -> {
            Row nearest = rows.iterator().next();
            String base = nearest.getString("schema");
            return pool.withTransaction(conn -> (LIVE.equals(base)
                    ? conn.query("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ").execute().replaceWithVoid()
                    : Uni.createFrom().voidItem())
                    .chain(() -> Snapshots.lock(conn, schema))
                    .chain(() -> Snapshots.complete(conn, schema))
                    .chain(complete -> complete ? Uni.createFrom().voidItem()
                            : conn.query(createTables(schema)).execute()
                                    .chain(() -> conn.query("SET LOCAL search_path TO " + schema + ", public").execute())
                                    .chain(() -> derive(conn, schema, base, position))
                                    .chain(() -> conn.preparedQuery("INSERT INTO built VALUES ($1)").execute(Tuple.of(position)))
                                    .replaceWithVoid()));
        });
    }

    private Uni<Void> derive(SqlConnection conn, String schema, String base, long position) {
        Uni<Long> basePosition = LIVE.equals(base)
                ? conn.query(LIVE_POSITION).execute().map(rows -> rows.iterator().next().getLong(0))
                : Snapshots.lockShared(conn, base).chain(() -> Snapshots.complete(conn, base))
                        .map(complete -> complete ? Snapshots.position(base) : null);
        return basePosition.chain(from -> from == null ? fromClaims(conn, schema, position)
                : conn.preparedQuery(CHANGED.formatted(base)).execute(Tuple.of(from, position)).chain(rows -> {
                    Row row = rows.iterator().next();
                    String[] changed = row.getArrayOfStrings(0);
                    Long claims = row.getLong(1);
                    if (claims == null || 2L * changed.length > claims) {
                        return fromClaims(conn, schema, position);
                    }
                    return conn.query(copy(base, schema)).execute()
                            .chain(() -> indexes(conn, schema))
                            .chain(() -> analyze(conn))
                            .chain(() -> conn.preparedQuery(REMOVE).execute(Tuple.of((Object) changed)))
                            .chain(before -> conn.preparedQuery(PUT).execute(Tuple.of(position, changed))
                                    .call(() -> correctionsAt(conn, position))
                                    .chain(after -> derivations.rederive(conn, before, after)));
                }));
    }

    /** Every claim valid at the position, and everything derived from them by a rebuild. */
    private Uni<Void> fromClaims(SqlConnection conn, String schema, long position) {
        return conn.preparedQuery(ALL_CLAIMS_AT).execute(Tuple.of(position))
                .chain(() -> indexes(conn, schema))
                .chain(() -> conn.query("ANALYZE claim").execute())
                .chain(() -> correctionsAt(conn, position))
                .chain(() -> derivations.rebuildAll(conn))
                .chain(() -> analyze(conn));
    }

    /**
     * The corrections recorded by the position, and the marks of the claims they stand on: before the derivation, which
     * marks the events from their claims.
     */
    private static Uni<Void> correctionsAt(SqlConnection conn, long position) {
        return conn.preparedQuery(CORRECTIONS_AT).execute(Tuple.of(position))
                .chain(() -> conn.query(MARK_CORRECTED).execute())
                .replaceWithVoid();
    }

    /** The indexes, made once the tables are filled (in bulk, faster than entry by entry). */
    private static Uni<Void> indexes(SqlConnection conn, String schema) {
        String[] tables = new String[Snapshots.TABLES.length + 1];
        System.arraycopy(Snapshots.TABLES, 0, tables, 0, Snapshots.TABLES.length);
        tables[Snapshots.TABLES.length] = "claim_correction";
        return conn.preparedQuery(INDEXES).execute(Tuple.of(schema, tables))
                .chain(rows -> conn.query(rows.iterator().next().getString(0)).execute())
                .replaceWithVoid();
    }

    /** The statistics the statements that follow are planned with (the copy's, as good after a few changes). */
    private static Uni<Void> analyze(SqlConnection conn) {
        return conn.query("ANALYZE " + String.join(", ", Snapshots.TABLES)).execute().replaceWithVoid();
    }

    private static String copy(String from, String to) {
        StringBuilder sql = new StringBuilder();
        for (String table : Snapshots.TABLES) {
            sql.append("INSERT INTO ").append(to).append('.').append(table)
                    .append(" SELECT * FROM ").append(from).append('.').append(table).append(";\n");
        }
        return sql.toString();
    }

    /** The snapshot's tables, named like the ledger's; {@code built} holds its position once it is complete. */
    private static String createTables(String schema) {
        StringBuilder sql = new StringBuilder("DROP SCHEMA IF EXISTS ").append(schema).append(" CASCADE;\n")
                .append("CREATE SCHEMA ").append(schema).append(";\n");
        for (String table : Snapshots.TABLES) {
            sql.append("CREATE UNLOGGED TABLE ").append(schema).append('.').append(table).append(" (LIKE public.")
                    .append(table).append(" INCLUDING DEFAULTS);\n");
        }
        sql.append("CREATE UNLOGGED TABLE ").append(schema).append(".claim_correction (LIKE public.claim_correction);\n");
        sql.append("CREATE UNLOGGED TABLE ").append(schema).append(".built (position bigint NOT NULL);\n");
        return sql.toString();
    }
}
