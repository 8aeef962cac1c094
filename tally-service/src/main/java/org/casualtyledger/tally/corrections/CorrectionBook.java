package org.casualtyledger.tally.corrections;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.casualtyledger.claim.Claim;
import org.casualtyledger.claim.ClaimBatch;

/**
 * Every correction, by report and claim, held in memory (loaded at start, kept as corrections are made, and
 * following the table every {@code ledger.corrections.follow-every} for those other replicas make) so that the writer
 * corrects a batch as it prepares it, without a query: a report without corrections costs one map lookup. In the
 * writer's transaction, under the report's lock, it first checks that no correction of the report came after those
 * the batch was corrected with (else {@link StaleCorrections}: the batch is corrected again), then keeps the readings
 * as received of the corrected claims and sets each correction's state: active while the report's latest reading
 * has its claim, orphaned otherwise, never dropped.
 */
@ApplicationScoped
public class CorrectionBook {
    private static final String KEEP_ORIGINALS = "INSERT INTO claim_original (claim_id, report_id, body) "
            + "SELECT u.id, $1, u.body::jsonb FROM unnest($2::text[], $3::text[]) AS u(id, body) "
            + "ON CONFLICT (claim_id) DO UPDATE SET report_id = EXCLUDED.report_id, body = EXCLUDED.body";
    private static final String FOLLOW = "UPDATE claim_correction SET state = CASE WHEN claim_id = ANY($2) THEN 'ACTIVE' "
            + "ELSE 'ORPHANED' END WHERE report_id = $1 AND state <> CASE WHEN claim_id = ANY($2) THEN 'ACTIVE' ELSE 'ORPHANED' END";

    private final Map<String, Map<String, List<Correction>>> byReport = new ConcurrentHashMap<>();
    /** The highest correction id in the book: every correction up to it that the table held when it was read is here. */
    private final AtomicLong known = new AtomicLong();
    private final CorrectionStore store;
    private final Pool pool;

    public CorrectionBook(CorrectionStore store, Pool pool) {
        this.store = store;
        this.pool = pool;
    }

    void load(@Observes StartupEvent start) {
        store.all().await().indefinitely().forEach(this::add);
    }

    /** Takes in the corrections other replicas made since the last look. */
    @Scheduled(every = "${ledger.corrections.follow-every}", delayed = "${ledger.corrections.follow-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> follow() {
        return store.after(pool, known.get()).invoke(made -> made.forEach(this::add)).replaceWithVoid();
    }

    public void add(Correction correction) {
        byReport.computeIfAbsent(correction.reportId(), r -> new ConcurrentHashMap<>())
                .compute(correction.claimId(), (id, list) -> {
                    if (list != null && list.stream().anyMatch(c -> c.id() == correction.id())) {
                        return list;
                    }
                    List<Correction> more = list == null ? new ArrayList<>() : new ArrayList<>(list);
                    more.add(correction);
                    more.sort(Comparator.comparingLong(Correction::id));
                    return List.copyOf(more);
                });
        known.accumulateAndGet(correction.id(), Math::max);
    }

    /** No correction was ever made: readers need not look for corrected answers. */
    public boolean isEmpty() {
        return byReport.isEmpty();
    }

    public CorrectedBatch correct(ClaimBatch batch) {
        long knownUpTo = known.get();
        Map<String, List<Correction>> corrections = byReport.get(batch.report().id());
        if (corrections == null) {
            return CorrectedBatch.unchanged(batch, knownUpTo);
        }
        List<Claim> claims = new ArrayList<>();
        List<Claim> originals = new ArrayList<>();
        Set<String> alone = new HashSet<>();
        for (Claim claim : batch.claims()) {
            List<Correction> own = corrections.get(claim.id());
            if (own == null) {
                claims.add(claim);
                continue;
            }
            originals.add(claim);
            CorrectedReading reading = CorrectedReading.of(claim, own);
            if (!reading.rejected()) {
                claims.add(reading.claim());
            }
            if (reading.alone()) {
                alone.add(claim.id());
            }
        }
        return new CorrectedBatch(new ClaimBatch(batch.batchId(), batch.report(), claims), Set.copyOf(alone), originals, true,
                knownUpTo, batch);
    }

    /**
     * In the writer's transaction, once the reports' locks are taken (it may be sent in the same round trip): the
     * corrections of the reports stored after those every batch of the group was corrected with, in one query.
     */
    public Uni<List<Correction>> newer(SqlConnection conn, List<CorrectedBatch> group) {
        if (group.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        long knownByAll = group.stream().mapToLong(CorrectedBatch::knownUpTo).min().orElseThrow();
        String[] reportIds = group.stream().map(CorrectedBatch::reportId).toArray(String[]::new);
        return store.after(conn, reportIds, knownByAll);
    }

    /**
     * With the {@link #newer} corrections of (at least) the group's reports: fails with {@link StaleCorrections} when
     * a report has corrections its batch was not corrected with; else keeps the readings as received of the
     * corrected claims and the corrections' states.
     */
    public Uni<Void> record(SqlConnection conn, List<CorrectedBatch> group, List<Correction> newer) {
        newer.forEach(this::add);
        for (CorrectedBatch written : group) {
            if (newer.stream().anyMatch(c -> c.reportId().equals(written.reportId()) && c.id() > written.knownUpTo())) {
                return Uni.createFrom().failure(new StaleCorrections(written.reportId()));
            }
        }
        if (group.stream().noneMatch(CorrectedBatch::corrected)) {
            return Uni.createFrom().voidItem();
        }
        return Uni.join().all(group.stream().map(written -> keep(conn, written)).toList()).andFailFast().replaceWithVoid();
    }

    private Uni<Void> keep(SqlConnection conn, CorrectedBatch written) {
        if (!written.corrected()) {
            return Uni.createFrom().voidItem();
        }
        String[] ids = written.originals().stream().map(Claim::id).toArray(String[]::new);
        String[] bodies = written.originals().stream().map(store::write).toArray(String[]::new);
        return conn.preparedQuery(KEEP_ORIGINALS).execute(Tuple.of(written.reportId(), ids, bodies))
                .chain(() -> conn.preparedQuery(FOLLOW).execute(Tuple.of(written.reportId(), written.receivedIds())))
                .replaceWithVoid();
    }

    /** In the retraction's transaction: the report is gone, so are its claims; their corrections are orphaned. */
    public Uni<Void> retracted(SqlConnection conn, String reportId) {
        if (!byReport.containsKey(reportId)) {
            return Uni.createFrom().voidItem();
        }
        return conn.preparedQuery(FOLLOW).execute(Tuple.of(reportId, new String[0])).replaceWithVoid();
    }
}
