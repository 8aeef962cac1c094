package org.casualtyledger.tally.ledger;

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
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.casualtyledger.claim.ClaimBatch;
import org.casualtyledger.claim.ReportRef;
import org.casualtyledger.tally.changes.ChangeKind;
import org.casualtyledger.tally.corrections.CorrectedBatch;
import org.casualtyledger.tally.corrections.CorrectionBook;
import org.casualtyledger.tally.corrections.StaleCorrections;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Writes claim batches and retractions, and in the same transaction brings events, series and rollups in step
 * with the claims (see {@link Derivations}). Batches are written in group commits ({@link GroupCommit}).
 */
@ApplicationScoped
public class LedgerWriter {
    /** Times a batch is corrected again when corrections of its report were made while it waited. */
    private static final int STALE_RETRIES = 3;

    private final Pool pool;
    private final Derivations derivations;
    private final ClaimRows claimRows;
    private final ClaimDiff claimDiff;
    private final GroupCommit groups;
    private final CorrectionBook corrections;

    public LedgerWriter(Pool pool, ObjectMapper json, Derivations derivations, CorrectionBook corrections,
                        @ConfigProperty(name = "ledger.writer.max-groups-in-flight", defaultValue = "2") int maxGroupsInFlight) {
        this.pool = pool;
        this.corrections = corrections;
        this.derivations = derivations;
        this.claimRows = new ClaimRows(json);
        this.claimDiff = new ClaimDiff(json);
        this.groups = new GroupCommit(maxGroupsInFlight, this::applyGroup);
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
     * Writes a report's stored batch again, in its reading with the corrections made since. The batch was read before
     * the report's lock is taken, so a newer batch of the report may have been written in between (corrected when it
     * was written): then this one is out of date and changes nothing (a result of no changes).
     */
    public Uni<BatchResult> rewrite(ClaimBatch stored) {
        return Uni.createFrom().deferred(() -> {
            PendingBatch p = pending(stored, true);
            groups.submit(List.of(p));
            return written(p, STALE_RETRIES);
        });
    }

    /**
     * Queues the batches together, so that they can share a group from the start, and starts writing at once;
     * each result completes when its batch is written (the batches must belong to different reports to be
     * written in the order given: a second batch of a report waits for a later group).
     */
    public List<Uni<BatchResult>> applyAll(List<ClaimBatch> batches) {
        List<PendingBatch> pending = batches.stream().map(b -> pending(b, false)).toList();
        groups.submit(pending);
        return pending.stream().map(p -> written(p, STALE_RETRIES)).toList();
    }

    /** The batch's result; a batch corrected with fewer corrections than its report now has is corrected again. */
    private Uni<BatchResult> written(PendingBatch p, int retries) {
        return Uni.createFrom().completionStage(p.result())
                .onFailure(e -> e instanceof StaleCorrections && retries > 0).recoverWithUni(() -> {
                    PendingBatch again = pending(p.corrected().received(), p.rewrite());
                    groups.submit(List.of(again));
                    return written(again, retries - 1);
                });
    }

    private PendingBatch pending(ClaimBatch received, boolean rewrite) {
        // Analysts' corrections apply to every delivery of their claims: the ledger files the corrected reading.
        CorrectedBatch corrected = corrections.correct(received);
        ClaimBatch batch = corrected.batch();
        ReportRef report = batch.report();
        List<LedgerEntry> entries = batch.claims().stream()
                .map(c -> LedgerEntry.of(ClaimRows.withReport(c, report.id()), report))
                .map(e -> corrected.alone().contains(e.claim().id()) ? e.alone() : e).toList();
        Map<String, List<Object>> rows = new HashMap<>();
        entries.forEach(e -> rows.put(e.claim().id(), claimRows.row(e)));
        return new PendingBatch(batch, corrected, entries, rows, rewrite, new CompletableFuture<>());
    }

    /**
     * The reports' locks, their rows, their stored claims and their newer corrections in the first round trip (what
     * is read for a rewrite found overtaken is not used), then the claims.
     */
    private Uni<List<BatchResult>> applyGroup(List<PendingBatch> group, Runnable lastStatements) {
        List<String> reportLocks = group.stream().map(p -> "report|" + p.reportId()).toList();
        Tuple reportIds = Tuple.of((Object) group.stream().map(PendingBatch::reportId).toArray(String[]::new));
        // Subscribed, and so sent, in this order.
        return pool.withTransaction(conn -> Uni.combine().all().unis(KeyLocks.lock(conn, reportLocks), upsertReports(conn, group),
                        conn.preparedQuery(ClaimDiff.EXISTING + " WHERE report_id = ANY($1)").execute(reportIds),
                        corrections.newer(conn, group.stream().map(PendingBatch::corrected).toList()))
                .asTuple()
                .chain(done -> {
                    Set<String> overtaken = overtaken(group, done.getItem2());
                    List<PendingBatch> current = group.stream().filter(p -> !isOvertaken(p, overtaken)).toList();
                    return corrections.record(conn, current.stream().map(PendingBatch::corrected).toList(), done.getItem4())
                            .chain(() -> writeCurrent(conn, group, overtaken, done.getItem3(), lastStatements));
                }));
    }

    /** The reports whose rewrite in the group found a newer batch written since it was read: their row was not updated. */
    private static Set<String> overtaken(List<PendingBatch> group, RowSet<Row> upserted) {
        Set<String> written = new HashSet<>();
        for (RowSet<Row> rows = upserted; rows != null; rows = rows.next()) {
            rows.forEach(r -> written.add(r.getString(0)));
        }
        return group.stream().filter(p -> p.rewrite() && !written.contains(p.reportId())).map(PendingBatch::reportId)
                .collect(Collectors.toSet());
    }

    private static boolean isOvertaken(PendingBatch p, Set<String> overtaken) {
        return p.rewrite() && overtaken.contains(p.reportId());
    }

    private Uni<List<BatchResult>> writeCurrent(SqlConnection conn, List<PendingBatch> group, Set<String> overtaken,
                                                RowSet<Row> rows, Runnable lastStatements) {
        Map<String, List<Row>> byReport = new HashMap<>();
        rows.forEach(r -> byReport.computeIfAbsent(r.getString("report_id"), k -> new ArrayList<>()).add(r));
        ClaimChange all = new ClaimChange();
        List<BatchResult> results = new ArrayList<>();
        for (PendingBatch p : group) {
            if (isOvertaken(p, overtaken)) {
                results.add(new BatchResult(p.reportId(), p.entries().size(), 0, 0, 0));
                continue;
            }
            ClaimChange one = claimDiff.diff(byReport.getOrDefault(p.reportId(), List.of()), p.entries(), ChangeKind.SUPERSEDED,
                    e -> claimRows.content(p.rows().get(e.claim().id())), p.corrected().originalIds());
            one.rows.putAll(p.rows());
            results.add(new BatchResult(p.reportId(), p.entries().size(), one.inserted, one.updated, one.removed));
            all.absorb(one);
        }
        return write(conn, all, lastStatements).replaceWith(results);
    }

    /** Removes the report and everything derived from its claims; retracting an unknown report removes nothing. */
    public Uni<Retraction> retract(String reportId) {
        return pool.withTransaction(conn -> KeyLocks.lock(conn, List.of("report|" + reportId))
                .call(() -> corrections.retracted(conn, reportId))
                .chain(() -> conn.preparedQuery(ClaimDiff.EXISTING + " WHERE report_id = $1").execute(Tuple.of(reportId)))
                .chain(rows -> {
                    ClaimChange change = claimDiff.diff(rows, List.of(), ChangeKind.RETRACTED, e -> null, Set.of());
                    return write(conn, change, () -> { }).replaceWith(change);
                })
                .call(() -> conn.preparedQuery("DELETE FROM report WHERE id = $1").execute(Tuple.of(reportId)))
                .map(change -> new Retraction(reportId, change.removed)));
    }

    private Uni<Void> write(SqlConnection conn, ClaimChange change, Runnable lastStatements) {
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
        Uni<Void> underLocks = Uni.join().<Iterable<Row>>all(KeyLocks.lock(conn, change.lockKeys()).map(rows -> rows),
                        currentEvents(conn, change), deleteRemoved(conn, change))
                .andFailFast()
                .invoke(results -> results.get(1).forEach(r -> change.affected.eventIds.add(r.getString(0))))
                .replaceWithVoid();
        return derivations.refresh(conn, change.affected, newClaims, underLocks,
                () -> claimRows.upsert(conn, change, newClaims), lastStatements, change.log);
    }

    private static final String UPSERT_REPORTS = """
            INSERT INTO report (id, source, url, title, published_at, batch_id)
            SELECT u.id, u.source, u.url, u.title, u.published_at, u.batch_id
            FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::date[], $6::bigint[])
                 AS u(id, source, url, title, published_at, batch_id)
            ORDER BY u.id
            ON CONFLICT (id) DO UPDATE SET source = EXCLUDED.source, url = EXCLUDED.url, title = EXCLUDED.title,
                published_at = EXCLUDED.published_at, batch_id = EXCLUDED.batch_id
            WHERE NOT report.id = ANY($7::text[]) OR report.batch_id <= EXCLUDED.batch_id
            RETURNING id""";

    /** The group's reports in one statement, one array per column. */
    private static Uni<RowSet<Row>> upsertReports(SqlConnection conn, List<PendingBatch> group) {
        int n = group.size();
        String[] ids = new String[n];
        String[] sources = new String[n];
        String[] urls = new String[n];
        String[] titles = new String[n];
        LocalDate[] published = new LocalDate[n];
        Long[] batchIds = new Long[n];
        for (int i = 0; i < n; i++) {
            PendingBatch p = group.get(i);
            ReportRef report = p.batch().report();
            ids[i] = report.id();
            sources[i] = report.source();
            urls[i] = report.url();
            titles[i] = report.title();
            published[i] = report.publishedAt();
            batchIds[i] = p.batch().batchId();
        }
        // A rewrite leaves the row alone when a newer batch was written since it was read (it returns no id then).
        String[] rewrites = group.stream().filter(PendingBatch::rewrite).map(PendingBatch::reportId).toArray(String[]::new);
        return conn.preparedQuery(UPSERT_REPORTS)
                .execute(Tuple.tuple(List.of(ids, sources, urls, titles, published, batchIds, rewrites)));
    }

    /** Nothing is sent for no claims (a new report's batch): a statement costs PostgreSQL time even when it finds nothing. */
    private static Uni<Iterable<Row>> deleteRemoved(SqlConnection conn, ClaimChange change) {
        if (change.toRemove.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return conn.preparedQuery("DELETE FROM claim WHERE id = ANY($1)")
                .execute(Tuple.of(change.toRemove.toArray(new String[0]))).map(rows -> rows);
    }

    private static Uni<Iterable<Row>> currentEvents(SqlConnection conn, ClaimChange change) {
        if (change.previousIds.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return conn.preparedQuery("SELECT event_id FROM claim WHERE id = ANY($1) AND event_id IS NOT NULL")
                .execute(Tuple.of(change.previousIds.toArray(new String[0]))).map(rows -> rows);
    }
}
