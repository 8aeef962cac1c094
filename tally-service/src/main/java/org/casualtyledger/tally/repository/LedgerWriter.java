package org.casualtyledger.tally.repository;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.casualtyledger.claim.Claim;
import org.casualtyledger.claim.ClaimBatch;
import org.casualtyledger.claim.ReportRef;
import org.casualtyledger.tally.ledger.BatchResult;
import org.casualtyledger.tally.ledger.LedgerEntry;
import org.casualtyledger.tally.ledger.Retraction;

/**
 * Writes claim batches and retractions, and in the same transaction brings events, series and rollups in step
 * with the claims (see {@link Derivations}).
 */
@ApplicationScoped
public class LedgerWriter {
    public static final String CLAIM_COLUMNS = "id, report_id, source, published_at, claim_date, outcome, grp, subgroup, "
            + "scope, top_level, breakdown, province, place, place_key, low, best, high, stated_high, open_high, "
            + "precision_rank, place_rank, latitude, longitude, cluster_key, series_id, body";

    private static final String UPSERT_CLAIM = "INSERT INTO claim (" + CLAIM_COLUMNS + ")" + """

            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21,
                $22, $23, $24, $25, $26::text::jsonb)
            ON CONFLICT (id) DO UPDATE SET report_id = EXCLUDED.report_id, source = EXCLUDED.source,
                published_at = EXCLUDED.published_at, claim_date = EXCLUDED.claim_date, outcome = EXCLUDED.outcome,
                grp = EXCLUDED.grp, subgroup = EXCLUDED.subgroup, scope = EXCLUDED.scope, top_level = EXCLUDED.top_level,
                breakdown = EXCLUDED.breakdown, province = EXCLUDED.province, place = EXCLUDED.place,
                place_key = EXCLUDED.place_key, low = EXCLUDED.low, best = EXCLUDED.best, high = EXCLUDED.high,
                stated_high = EXCLUDED.stated_high, open_high = EXCLUDED.open_high,
                precision_rank = EXCLUDED.precision_rank, place_rank = EXCLUDED.place_rank,
                latitude = EXCLUDED.latitude, longitude = EXCLUDED.longitude, cluster_key = EXCLUDED.cluster_key,
                series_id = EXCLUDED.series_id, body = EXCLUDED.body, event_id = NULL, join_reason = NULL""";

    private final Pool pool;
    private final ObjectMapper json;
    private final Derivations derivations;

    public LedgerWriter(Pool pool, ObjectMapper json, Derivations derivations) {
        this.pool = pool;
        this.json = json;
        this.derivations = derivations;
    }

    /** Makes the report's claims in the ledger exactly the batch's claims. */
    public Uni<BatchResult> apply(ClaimBatch batch) {
        ReportRef report = batch.report();
        List<LedgerEntry> entries = batch.claims().stream().map(c -> LedgerEntry.of(withReport(c, report.id()), report)).toList();
        return pool.withTransaction(conn -> Uni.join().all(lockReport(conn, report.id()), upsertReport(conn, report, batch.batchId()))
                .andFailFast()
                .chain(() -> reconcile(conn, report.id(), entries))
                .map(change -> new BatchResult(report.id(), entries.size(), change.inserted, change.updated, change.removed)));
    }

    /** Removes the report and everything derived from its claims; retracting an unknown report removes nothing. */
    public Uni<Retraction> retract(String reportId) {
        return pool.withTransaction(conn -> lockReport(conn, reportId)
                .chain(() -> reconcile(conn, reportId, List.of()))
                .call(() -> conn.preparedQuery("DELETE FROM report WHERE id = $1").execute(Tuple.of(reportId)))
                .map(change -> new Retraction(reportId, change.removed)));
    }

    private Uni<Change> reconcile(SqlConnection conn, String reportId, List<LedgerEntry> entries) {
        return conn.preparedQuery("SELECT id, report_id, claim_date, cluster_key, series_id, event_id, source, published_at, body::text AS body "
                        + "FROM claim WHERE report_id = $1").execute(Tuple.of(reportId))
                .chain(rows -> {
                    Change change = diff(rows, entries);
                    if (change.isEmpty()) {
                        return Uni.createFrom().item(change);
                    }
                    // Sent together; the connection runs them in this order, so the derivations see the new claims.
                    // The locks come first: another writer holding a cluster re-files its claims, and would wait for
                    // rows this transaction had changed while this one waited for its lock.
                    // The events of the claims that change are read again under the locks: another writer may have
                    // moved them to other events since they were first read.
                    return Uni.join().all(lockKeys(conn, change.lockKeys()), currentEvents(conn, change),
                                    deleteRemoved(conn, change), upsertChanged(conn, change))
                            .andFailFast()
                            .chain(results -> {
                                results.get(1).forEach(r -> change.affected.eventIds.add(r.getString(0)));
                                return derivations.refresh(conn, change.affected);
                            })
                            .replaceWith(change);
                });
    }

    private Change diff(RowSet<Row> existing, List<LedgerEntry> entries) {
        Map<String, Row> old = new HashMap<>();
        for (Row row : existing) {
            old.put(row.getString("id"), row);
        }
        Change change = new Change();
        Set<String> kept = new HashSet<>();
        for (LedgerEntry entry : entries) {
            Row previous = old.get(entry.claim().id());
            kept.add(entry.claim().id());
            if (previous == null) {
                change.inserted++;
                change.toWrite.add(entry);
                change.affected.addNew(entry);
            } else if (!sameContent(previous, entry)) {
                change.updated++;
                change.previousIds.add(entry.claim().id());
                change.toWrite.add(entry);
                change.affected.addOld(previous);
                change.affected.addNew(entry);
            }
        }
        for (Map.Entry<String, Row> previous : old.entrySet()) {
            if (!kept.contains(previous.getKey())) {
                change.removed++;
                change.toRemove.add(previous.getKey());
                change.previousIds.add(previous.getKey());
                change.affected.addOld(previous.getValue());
            }
        }
        return change;
    }

    private boolean sameContent(Row previous, LedgerEntry entry) {
        try {
            Claim stored = json.readValue(previous.getString("body"), Claim.class);
            return stored.equals(entry.claim()) && Objects.equals(previous.getString("source"), entry.source())
                    && Objects.equals(previous.getLocalDate("published_at"), entry.publishedAt());
        } catch (JsonProcessingException e) {
            return false;
        }
    }

    private static Uni<Void> lockReport(SqlConnection conn, String reportId) {
        return conn.preparedQuery("SELECT pg_advisory_xact_lock(hashtext($1))").execute(Tuple.of("report|" + reportId))
                .replaceWithVoid();
    }

    /** Clusters and series are locked in one sorted order, so two batches touching the same ones cannot deadlock. */
    private static Uni<RowSet<Row>> lockKeys(SqlConnection conn, Collection<String> keys) {
        return conn.preparedQuery("SELECT pg_advisory_xact_lock(hashtext(k)) FROM unnest($1::text[]) WITH ORDINALITY AS t(k, n) ORDER BY n")
                .execute(Tuple.of(new TreeSet<>(keys).toArray(new String[0])));
    }

    private static Uni<Void> upsertReport(SqlConnection conn, ReportRef report, long batchId) {
        return conn.preparedQuery("""
                        INSERT INTO report (id, source, url, title, published_at, batch_id) VALUES ($1, $2, $3, $4, $5, $6)
                        ON CONFLICT (id) DO UPDATE SET source = EXCLUDED.source, url = EXCLUDED.url, title = EXCLUDED.title,
                            published_at = EXCLUDED.published_at, batch_id = EXCLUDED.batch_id""")
                .execute(Tuple.tuple(java.util.Arrays.asList(report.id(), report.source(), report.url(), report.title(),
                        report.publishedAt(), batchId)))
                .replaceWithVoid();
    }

    private static Uni<RowSet<Row>> deleteRemoved(SqlConnection conn, Change change) {
        return conn.preparedQuery("DELETE FROM claim WHERE id = ANY($1)")
                .execute(Tuple.of(change.toRemove.toArray(new String[0])));
    }

    private static Uni<RowSet<Row>> currentEvents(SqlConnection conn, Change change) {
        return conn.preparedQuery("SELECT event_id FROM claim WHERE id = ANY($1) AND event_id IS NOT NULL")
                .execute(Tuple.of(change.previousIds.toArray(new String[0])));
    }

    private Uni<RowSet<Row>> upsertChanged(SqlConnection conn, Change change) {
        if (change.toWrite.isEmpty()) {
            return conn.query("SELECT 1 WHERE false").execute();
        }
        List<Tuple> tuples = new ArrayList<>(change.toWrite.size());
        for (LedgerEntry entry : change.toWrite) {
            tuples.add(claimTuple(entry));
        }
        return conn.preparedQuery(UPSERT_CLAIM).executeBatch(tuples);
    }

    private Tuple claimTuple(LedgerEntry e) {
        return Tuple.tuple(claimValues(e, toJson(e.claim())));
    }

    /** The claim table's columns as written for one entry, in {@link #CLAIM_COLUMNS} order (the bulk loader shares it). */
    public static List<Object> claimValues(LedgerEntry e, String body) {
        Claim c = e.claim();
        List<Object> values = new ArrayList<>(26);
        values.add(c.id());
        values.add(c.reportId());
        values.add(e.source());
        values.add(e.publishedAt());
        values.add(e.date());
        values.add(c.outcome().name());
        values.add(c.group());
        values.add(e.subgroup());
        values.add(c.scope().name());
        values.add(e.topLevel());
        values.add(e.breakdown());
        values.add(e.province());
        values.add(e.place());
        values.add(e.placeKey());
        values.add(e.low());
        values.add(e.best());
        values.add(e.high());
        values.add(e.statedHigh());
        values.add(e.openHigh());
        values.add(e.precisionRank());
        values.add(e.placeRank());
        values.add(e.latitude());
        values.add(e.longitude());
        values.add(e.clusterKey());
        values.add(e.seriesId());
        values.add(body);
        return values;
    }

    private String toJson(Claim claim) {
        try {
            return json.writeValueAsString(claim);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("claim cannot be written as JSON", e);
        }
    }

    public static Claim withReport(Claim c, String reportId) {
        if (reportId.equals(c.reportId())) {
            return c;
        }
        return new Claim(c.id(), reportId, c.count(), c.outcome(), c.group(), c.groupAsWritten(), c.subgroup(),
                c.perpetrator(), c.location(), c.scope(), c.periodStart(), c.periodEnd(), c.parentId(), c.restates(),
                c.evidence(), c.flags(), c.rule());
    }

    /** What one batch or retraction changes: claims to write and remove, and the clusters and series they touch. */
    private static final class Change {
        int inserted;
        int updated;
        int removed;
        final List<LedgerEntry> toWrite = new ArrayList<>();
        final List<String> toRemove = new ArrayList<>();
        final List<String> previousIds = new ArrayList<>();
        final Affected affected = new Affected();

        boolean isEmpty() {
            return toWrite.isEmpty() && toRemove.isEmpty();
        }

        Set<String> lockKeys() {
            Set<String> keys = new HashSet<>();
            affected.clusterDates.keySet().forEach(k -> keys.add("cluster|" + k));
            affected.seriesIds.forEach(k -> keys.add("series|" + k));
            return keys;
        }
    }

    /** The clusters (with the dates that changed in each), events and series a change touches. */
    public static final class Affected {
        final Map<String, LocalDate[]> clusterDates = new HashMap<>();
        final Set<String> eventIds = new HashSet<>();
        final Set<String> seriesIds = new HashSet<>();
        final SeriesUpdates series = new SeriesUpdates();

        void addNew(LedgerEntry entry) {
            addCluster(entry.clusterKey(), entry.date());
            if (entry.seriesId() != null) {
                seriesIds.add(entry.seriesId());
                series.changed(entry.seriesId(), entry.publishedAt(), entry.claim().reportId(), entry.claim().id());
            }
        }

        void addOld(Row row) {
            addCluster(row.getString("cluster_key"), row.getLocalDate("claim_date"));
            if (row.getString("event_id") != null) {
                eventIds.add(row.getString("event_id"));
            }
            if (row.getString("series_id") != null) {
                seriesIds.add(row.getString("series_id"));
                series.changed(row.getString("series_id"), row.getLocalDate("published_at"), row.getString("report_id"),
                        row.getString("id"));
            }
        }

        void addCluster(String key, LocalDate date) {
            if (key == null) {
                return;
            }
            clusterDates.merge(key, new LocalDate[] {date, date}, (a, b) -> new LocalDate[] {
                    a[0].isBefore(b[0]) ? a[0] : b[0], a[1].isAfter(b[1]) ? a[1] : b[1]});
        }
    }
}
