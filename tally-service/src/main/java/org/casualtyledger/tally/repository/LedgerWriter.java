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
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import org.casualtyledger.claim.Claim;
import org.casualtyledger.claim.ClaimBatch;
import org.casualtyledger.claim.ReportRef;
import org.casualtyledger.tally.corrections.CorrectedBatch;
import org.casualtyledger.tally.corrections.CorrectionBook;
import org.casualtyledger.tally.events.EventClusterer;
import org.casualtyledger.tally.ledger.BatchResult;
import org.casualtyledger.tally.ledger.LedgerEntry;
import org.casualtyledger.tally.ledger.Retraction;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Writes claim batches and retractions, and in the same transaction brings events, series and rollups in step
 * with the claims (see {@link Derivations}).
 */
@ApplicationScoped
public class LedgerWriter {
    public static final String CLAIM_COLUMNS = "id, report_id, source, published_at, claim_date, outcome, grp, subgroup, "
            + "scope, top_level, breakdown, province, place, place_key, low, best, high, stated_high, open_high, "
            + "precision_rank, place_rank, latitude, longitude, cluster_key, series_id, body, wording";

    /** The claims of a change in one statement, one array per column, each row written once with its event. */
    private static final String UPSERT_CLAIMS = "INSERT INTO claim (" + CLAIM_COLUMNS + ", event_id, join_reason)" + """

            SELECT u.id, u.report_id, u.source, u.published_at, u.claim_date, u.outcome, u.grp, u.subgroup, u.scope,
                   u.top_level, u.breakdown, u.province, u.place, u.place_key, u.low, u.best, u.high, u.stated_high,
                   u.open_high, u.precision_rank, u.place_rank, u.latitude, u.longitude, u.cluster_key, u.series_id,
                   u.body::jsonb, u.wording, u.event_id, u.join_reason
            FROM unnest($1::text[], $2::text[], $3::text[], $4::date[], $5::date[], $6::text[], $7::text[], $8::text[],
                        $9::text[], $10::bool[], $11::bool[], $12::text[], $13::text[], $14::text[], $15::int8[],
                        $16::int8[], $17::int8[], $18::int8[], $19::bool[], $20::int4[], $21::int4[], $22::float8[],
                        $23::float8[], $24::text[], $25::text[], $26::text[], $27::text[], $28::text[], $29::text[])
                 AS u(id, report_id, source, published_at, claim_date, outcome, grp, subgroup, scope, top_level,
                      breakdown, province, place, place_key, low, best, high, stated_high, open_high, precision_rank,
                      place_rank, latitude, longitude, cluster_key, series_id, body, wording, event_id, join_reason)
            ORDER BY u.id
            ON CONFLICT (id) DO UPDATE SET report_id = EXCLUDED.report_id, source = EXCLUDED.source,
                published_at = EXCLUDED.published_at, claim_date = EXCLUDED.claim_date, outcome = EXCLUDED.outcome,
                grp = EXCLUDED.grp, subgroup = EXCLUDED.subgroup, scope = EXCLUDED.scope, top_level = EXCLUDED.top_level,
                breakdown = EXCLUDED.breakdown, province = EXCLUDED.province, place = EXCLUDED.place,
                place_key = EXCLUDED.place_key, low = EXCLUDED.low, best = EXCLUDED.best, high = EXCLUDED.high,
                stated_high = EXCLUDED.stated_high, open_high = EXCLUDED.open_high,
                precision_rank = EXCLUDED.precision_rank, place_rank = EXCLUDED.place_rank,
                latitude = EXCLUDED.latitude, longitude = EXCLUDED.longitude, cluster_key = EXCLUDED.cluster_key,
                series_id = EXCLUDED.series_id, body = EXCLUDED.body, wording = EXCLUDED.wording, event_id = EXCLUDED.event_id,
                join_reason = EXCLUDED.join_reason""";

    /** The element type of each column of {@link #UPSERT_CLAIMS}, in order. */
    private static final Class<?>[] COLUMN_TYPES = {String.class, String.class, String.class, LocalDate.class,
        LocalDate.class, String.class, String.class, String.class, String.class, Boolean.class, Boolean.class,
        String.class, String.class, String.class, Long.class, Long.class, Long.class, Long.class, Boolean.class,
        Integer.class, Integer.class, Double.class, Double.class, String.class, String.class, String.class,
        String.class, String.class, String.class};

    private static final String EXISTING = "SELECT id, report_id, claim_date, cluster_key, series_id, event_id, source, "
            + "published_at, body::text AS body FROM claim";
    private static final int MAX_GROUP_CLAIMS = 2000;

    private final ArrayDeque<Pending> queue = new ArrayDeque<>();
    private int groupsInFlight;
    /** Groups in flight that have not yet sent their last statements. */
    private int groupsEarly;
    private final int maxGroupsInFlight;
    private final Pool pool;
    private final ObjectMapper json;
    private final Derivations derivations;
    private final CorrectionBook corrections;

    public LedgerWriter(Pool pool, ObjectMapper json, Derivations derivations, CorrectionBook corrections,
                        @ConfigProperty(name = "ledger.writer.max-groups-in-flight", defaultValue = "2") int maxGroupsInFlight) {
        this.pool = pool;
        this.json = json;
        this.derivations = derivations;
        this.corrections = corrections;
        this.maxGroupsInFlight = maxGroupsInFlight;
    }

    /**
     * Makes the report's claims in the ledger exactly the batch's claims. Batches that arrive while others are being
     * written are written together, in one transaction (a group commit): each batch's claims and everything derived
     * from them still change in one transaction, and the derivation of the group runs once over the union of the
     * clusters and series its batches touch, instead of once per batch waiting on the same locks.
     */
    public Uni<BatchResult> apply(ClaimBatch batch) {
        return Uni.createFrom().deferred(() -> applyAll(List.of(batch)).get(0));
    }

    /**
     * Queues the batches together, so that they can share a group from the start, and starts writing at once;
     * each result completes when its batch is written (the batches must belong to different reports to be
     * written in the order given: a second batch of a report waits for a later group).
     */
    public List<Uni<BatchResult>> applyAll(List<ClaimBatch> batches) {
        List<Pending> pending = batches.stream().map(this::pending).toList();
        synchronized (queue) {
            queue.addAll(pending);
        }
        drain();
        return pending.stream().map(p -> Uni.createFrom().completionStage(p.result())).toList();
    }

    private Pending pending(ClaimBatch received) {
        // Analysts' corrections apply to every delivery of their claims: the ledger files the corrected reading.
        CorrectedBatch corrected = corrections.correct(received);
        ClaimBatch batch = corrected.batch();
        ReportRef report = batch.report();
        List<LedgerEntry> entries = batch.claims().stream().map(c -> LedgerEntry.of(withReport(c, report.id()), report))
                .map(e -> corrected.alone().contains(e.claim().id()) ? e.alone() : e).toList();
        // The rows are made here, beside the other batches' writing, not while the group holds its locks.
        Map<String, List<Object>> rows = new HashMap<>();
        entries.forEach(e -> rows.put(e.claim().id(), claimValues(e, toJson(e.claim()))));
        return new Pending(batch, corrected, entries, rows, new CompletableFuture<>());
    }

    private void drain() {
        List<Pending> group;
        InFlight flight = new InFlight();
        synchronized (queue) {
            // A group starts once the others in flight are down to their last statements: it has gathered every
            // batch that arrived meanwhile, and is ready at the locks when they are released.
            if (groupsInFlight >= maxGroupsInFlight || groupsEarly > 0 || queue.isEmpty()) {
                return;
            }
            group = takeGroup();
            groupsInFlight++;
            groupsEarly++;
        }
        applyGroup(group, flight::late).subscribe().with(results -> {
            for (int i = 0; i < group.size(); i++) {
                group.get(i).result().complete(results.get(i));
            }
            finished(flight);
        }, failure -> {
            if (group.size() == 1) {
                group.get(0).result().completeExceptionally(failure);
            } else {
                // One bad batch must not fail the others: each is tried again on its own.
                for (Pending p : group) {
                    applyGroup(List.of(p), () -> { }).subscribe()
                            .with(r -> p.result().complete(r.get(0)), p.result()::completeExceptionally);
                }
            }
            finished(flight);
        });
    }

    private void finished(InFlight flight) {
        synchronized (queue) {
            flight.markLate();
            groupsInFlight--;
        }
        drain();
    }

    /** A group being written; late once only its last statements remain. */
    private final class InFlight {
        private boolean late;

        void late() {
            synchronized (queue) {
                markLate();
            }
            drain();
        }

        /** Called with the queue's lock held. */
        private void markLate() {
            if (!late) {
                late = true;
                groupsEarly--;
            }
        }
    }

    /** The waiting batches in arrival order, up to a size; a second batch of the same report or claim waits for the next group. */
    private List<Pending> takeGroup() {
        List<Pending> group = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        int claims = 0;
        for (var it = queue.iterator(); it.hasNext(); ) {
            Pending p = it.next();
            if (!group.isEmpty() && claims + p.entries().size() > MAX_GROUP_CLAIMS) {
                break;
            }
            List<String> own = new ArrayList<>();
            own.add("report|" + p.batch().report().id());
            p.entries().forEach(e -> own.add(e.claim().id()));
            if (own.stream().anyMatch(ids::contains)) {
                continue;
            }
            ids.addAll(own);
            group.add(p);
            claims += p.entries().size();
            it.remove();
        }
        return group;
    }

    private Uni<List<BatchResult>> applyGroup(List<Pending> group, Runnable lastStatements) {
        String[] reportIds = group.stream().map(p -> p.batch().report().id()).toArray(String[]::new);
        List<String> reportLocks = group.stream().map(p -> "report|" + p.batch().report().id()).toList();
        return pool.withTransaction(conn -> Uni.join().all(lockKeys(conn, reportLocks), upsertReports(conn, group))
                .andFailFast()
                .call(() -> Uni.join().all(group.stream().map(p -> corrections.record(conn, p.corrected())).toList()).andFailFast())
                .chain(() -> conn.preparedQuery(EXISTING + " WHERE report_id = ANY($1)").execute(Tuple.of((Object) reportIds)))
                .chain(rows -> {
                    Map<String, List<Row>> byReport = new HashMap<>();
                    rows.forEach(r -> byReport.computeIfAbsent(r.getString("report_id"), k -> new ArrayList<>()).add(r));
                    Change all = new Change();
                    List<BatchResult> results = new ArrayList<>();
                    for (Pending p : group) {
                        Change one = diff(byReport.getOrDefault(p.batch().report().id(), List.of()), p.entries());
                        one.rows.putAll(p.rows());
                        results.add(new BatchResult(p.batch().report().id(), p.entries().size(), one.inserted, one.updated,
                                one.removed));
                        all.absorb(one);
                    }
                    return write(conn, all, lastStatements).replaceWith(results);
                }));
    }

    private record Pending(ClaimBatch batch, CorrectedBatch corrected, List<LedgerEntry> entries, Map<String, List<Object>> rows,
                           CompletableFuture<BatchResult> result) {
    }

    /** Removes the report and everything derived from its claims; retracting an unknown report removes nothing. */
    public Uni<Retraction> retract(String reportId) {
        return pool.withTransaction(conn -> lockReport(conn, reportId)
                .call(() -> corrections.retracted(conn, reportId))
                .chain(() -> reconcile(conn, reportId, List.of()))
                .call(() -> conn.preparedQuery("DELETE FROM report WHERE id = $1").execute(Tuple.of(reportId)))
                .map(change -> new Retraction(reportId, change.removed)));
    }

    private Uni<Change> reconcile(SqlConnection conn, String reportId, List<LedgerEntry> entries) {
        return conn.preparedQuery(EXISTING + " WHERE report_id = $1").execute(Tuple.of(reportId))
                .chain(rows -> {
                    Change change = diff(rows, entries);
                    return write(conn, change, () -> { }).replaceWith(change);
                });
    }

    private Uni<Void> write(SqlConnection conn, Change change, Runnable lastStatements) {
        if (change.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        // Sent together; the connection runs them in this order.
        // The locks come first: another writer holding a cluster re-files its claims, and would wait for
        // rows this transaction had changed while this one waited for its lock.
        // The events of the claims that change are read again under the locks: another writer may have
        // moved them to other events since they were first read.
        // The new claims are clustered before they are written, so each row is written once, with its event.
        NewClaims newClaims = new NewClaims(change.toWrite);
        Uni<Void> underLocks = Uni.join().all(lockKeys(conn, change.lockKeys()), currentEvents(conn, change),
                        deleteRemoved(conn, change))
                .andFailFast()
                .invoke(results -> results.get(1).forEach(r -> change.affected.eventIds.add(r.getString(0))))
                .replaceWithVoid();
        return derivations.refresh(conn, change.affected, newClaims, underLocks, () -> upsertChanged(conn, change, newClaims),
                lastStatements);
    }

    private Change diff(Iterable<Row> existing, List<LedgerEntry> entries) {
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
                    && Objects.equals(previous.getLocalDate("published_at"), entry.publishedAt())
                    && Objects.equals(previous.getString("cluster_key"), entry.clusterKey());
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

    private static Uni<RowSet<Row>> upsertReports(SqlConnection conn, List<Pending> group) {
        List<Tuple> tuples = new ArrayList<>();
        for (Pending p : group) {
            ReportRef report = p.batch().report();
            tuples.add(Tuple.tuple(java.util.Arrays.asList(report.id(), report.source(), report.url(), report.title(),
                    report.publishedAt(), p.batch().batchId())));
        }
        return conn.preparedQuery("""
                        INSERT INTO report (id, source, url, title, published_at, batch_id) VALUES ($1, $2, $3, $4, $5, $6)
                        ON CONFLICT (id) DO UPDATE SET source = EXCLUDED.source, url = EXCLUDED.url, title = EXCLUDED.title,
                            published_at = EXCLUDED.published_at, batch_id = EXCLUDED.batch_id""")
                .executeBatch(tuples);
    }

    private static Uni<RowSet<Row>> deleteRemoved(SqlConnection conn, Change change) {
        return conn.preparedQuery("DELETE FROM claim WHERE id = ANY($1)")
                .execute(Tuple.of(change.toRemove.toArray(new String[0])));
    }

    private static Uni<RowSet<Row>> currentEvents(SqlConnection conn, Change change) {
        return conn.preparedQuery("SELECT event_id FROM claim WHERE id = ANY($1) AND event_id IS NOT NULL")
                .execute(Tuple.of(change.previousIds.toArray(new String[0])));
    }

    private Uni<RowSet<Row>> upsertChanged(SqlConnection conn, Change change, NewClaims newClaims) {
        if (change.toWrite.isEmpty()) {
            return conn.query("SELECT 1 WHERE false").execute();
        }
        int n = change.toWrite.size();
        Object[][] columns = new Object[COLUMN_TYPES.length][];
        for (int c = 0; c < columns.length; c++) {
            columns[c] = (Object[]) java.lang.reflect.Array.newInstance(COLUMN_TYPES[c], n);
        }
        for (int i = 0; i < n; i++) {
            LedgerEntry entry = change.toWrite.get(i);
            List<Object> values = change.rows.computeIfAbsent(entry.claim().id(), id -> claimValues(entry, toJson(entry.claim())));
            for (int c = 0; c < values.size(); c++) {
                columns[c][i] = values.get(c);
            }
            EventClusterer.Assignment event = newClaims.assignment(entry.claim().id());
            columns[values.size()][i] = event == null ? null : event.eventId();
            columns[values.size() + 1][i] = event == null ? null : event.reason();
        }
        return conn.preparedQuery(UPSERT_CLAIMS).execute(Tuple.tuple(java.util.Arrays.asList((Object[]) columns)));
    }

    /** The claim table's columns as written for one entry, in {@link #CLAIM_COLUMNS} order (the bulk loader shares it). */
    public static List<Object> claimValues(LedgerEntry e, String body) {
        Claim c = e.claim();
        List<Object> values = new ArrayList<>(27);
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
        values.add(NewClaims.wording(c.count()));
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
        /** The claim rows made ahead of the writing, by claim id. */
        final Map<String, List<Object>> rows = new HashMap<>();
        final Affected affected = new Affected();

        boolean isEmpty() {
            return toWrite.isEmpty() && toRemove.isEmpty();
        }

        void absorb(Change other) {
            toWrite.addAll(other.toWrite);
            toRemove.addAll(other.toRemove);
            previousIds.addAll(other.previousIds);
            rows.putAll(other.rows);
            affected.absorb(other.affected);
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
        final Map<String, java.util.SortedSet<LocalDate>> clusterDates = new HashMap<>();
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

        void absorb(Affected other) {
            other.clusterDates.forEach((key, dates) -> dates.forEach(d -> addCluster(key, d)));
            eventIds.addAll(other.eventIds);
            seriesIds.addAll(other.seriesIds);
            series.absorb(other.series);
        }

        void addCluster(String key, LocalDate date) {
            if (key == null) {
                return;
            }
            clusterDates.computeIfAbsent(key, k -> new TreeSet<>()).add(date);
        }
    }
}
