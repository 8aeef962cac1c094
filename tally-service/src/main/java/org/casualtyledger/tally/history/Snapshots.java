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
 * ({@code ledger_asof_<position>}, unlogged tables named like the ledger's), so that every question about an instant
 * after the first reads it like the live ledger. A snapshot is built once ({@link SnapshotBuild}), under an exclusive
 * advisory lock of its name; readers hold the shared lock while they read (with the snapshot's schema first on the
 * search path), so a snapshot is only dropped between reads. A snapshot is complete once its {@code built} table holds
 * its position: an unlogged table is emptied by crash recovery, and such a snapshot is built again. Snapshots outlive
 * the service; at most {@link #KEEP} are kept, the least recently used (and those no longer known) dropped first.
 */
final class Snapshots {
    static final int KEEP = 4;
    static final String PREFIX = "ledger_asof_";
    /** The name snapshots had when each was derived from its claims alone and none outlived the service. */
    static final String RETIRED = "ledger_at_";

    /** The tables a read or the derivation touches. */
    static final String[] TABLES = {"claim", "event", "series", "series_point", "discrepancy", "event_rollup",
        "source_rollup", "source_total", "month_report", "month_source", "group_outcome_report", "group_outcome_source",
        "month_group_report", "month_group_source", "series_month", "month_tally", "month_source_series",
        "group_outcome_tally", "month_group_tally", "group_outcome_source_series"};

    private static final String LOCK = "SELECT pg_advisory_xact_lock(hashtext($1))";
    private static final String SHARED_LOCK = "SELECT pg_advisory_xact_lock_shared(hashtext($1))";
    /**
     * A snapshot is complete once {@code built} holds its position and it has every table this build reads: one that an
     * older build derived (beside this one, on the same database) lacks the newer tables, and the reader would read
     * the live ones in their place.
     */
    private static final String HAS_BUILT = "SELECT to_regclass($1 || '.built') IS NOT NULL AND (SELECT count(*) FROM pg_class c "
            + "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = $1 AND c.relname = ANY($2)) = cardinality($2)";

    private final Pool pool;
    private final SnapshotBuild builder;
    /** Snapshots this service built or read, least recently used first. */
    private final Set<String> recent = new LinkedHashSet<>();

    Snapshots(Pool pool, Derivations derivations) {
        this.pool = pool;
        this.builder = new SnapshotBuild(pool, derivations);
    }

    /** Reads the ledger as it stood at the position, building its snapshot first if there is none. */
    <T> Uni<T> read(long position, Function<SqlClient, Uni<T>> reader) {
        String schema = PREFIX + position;
        return attempt(schema, reader).chain(answer -> answer != null ? Uni.createFrom().item(answer)
                : builder.build(schema, position).chain(() -> evict(schema)).chain(() -> attempt(schema, reader))
                        .onItem().ifNull().failWith(() -> new IllegalStateException("snapshot " + schema + " vanished")));
    }

    /** A LIKE pattern for the names starting with the prefix. */
    static String like(String prefix) {
        return prefix.replace("_", "\\_") + "%";
    }

    static long position(String schema) {
        return Long.parseLong(schema.substring(PREFIX.length()));
    }

    static Uni<Void> lock(SqlConnection conn, String schema) {
        return conn.preparedQuery(LOCK).execute(Tuple.of(schema)).replaceWithVoid();
    }

    static Uni<Void> lockShared(SqlConnection conn, String schema) {
        return conn.preparedQuery(SHARED_LOCK).execute(Tuple.of(schema)).replaceWithVoid();
    }

    /** Whether the snapshot exists and is complete (call under one of its locks). */
    static Uni<Boolean> complete(SqlConnection conn, String schema) {
        return conn.preparedQuery(HAS_BUILT).execute(Tuple.of(schema, TABLES)).chain(rows -> rows.iterator().next().getBoolean(0)
                ? conn.query("SELECT count(*) FROM " + schema + ".built").execute().map(n -> n.iterator().next().getLong(0) > 0)
                : Uni.createFrom().item(false));
    }

    /** The answer, or null when the snapshot does not exist (yet, or any more) or is not complete. */
    private <T> Uni<T> attempt(String schema, Function<SqlClient, Uni<T>> reader) {
        return pool.withTransaction(conn -> lockShared(conn, schema)
                .chain(() -> complete(conn, schema))
                .chain(complete -> {
                    if (!complete) {
                        return Uni.createFrom().nullItem();
                    }
                    touch(schema);
                    return conn.query("SET LOCAL search_path TO " + schema + ", public").execute()
                            .chain(() -> reader.apply(conn));
                }));
    }

    /**
     * Drops the snapshots beyond the most recently used, and those named as before snapshots were kept across restarts
     * ({@link #RETIRED}), each between reads (under its exclusive lock).
     */
    private Uni<Void> evict(String built) {
        touch(built);
        return pool.query("SELECT nspname, nspname LIKE '" + like(RETIRED) + "' FROM pg_namespace WHERE nspname LIKE '"
                        + like(PREFIX) + "' OR nspname LIKE '" + like(RETIRED) + "' ORDER BY 1")
                .execute()
                .chain(rows -> {
                    List<String> drop = new ArrayList<>();
                    rows.forEach(r -> {
                        if (r.getBoolean(1)) {
                            drop.add(r.getString(0));
                        }
                    });
                    synchronized (recent) {
                        List<String> order = new ArrayList<>();
                        List<String> found = new ArrayList<>();
                        rows.forEach(r -> {
                            if (!r.getBoolean(1)) {
                                found.add(r.getString(0));
                            }
                        });
                        found.stream().filter(s -> !recent.contains(s)).forEach(order::add);
                        recent.stream().filter(found::contains).forEach(order::add);
                        List<String> beyond = order.subList(0, Math.max(0, order.size() - KEEP));
                        drop.addAll(beyond);
                        recent.removeIf(s -> beyond.contains(s) || !found.contains(s));
                    }
                    Uni<Void> chain = Uni.createFrom().voidItem();
                    for (String schema : drop) {
                        chain = chain.chain(() -> pool.withTransaction(conn -> lock(conn, schema)
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
}
