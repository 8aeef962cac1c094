package org.casualtyledger.tally.corrections;

import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.casualtyledger.claim.Claim;
import org.casualtyledger.claim.ClaimBatch;

/**
 * Every correction, by report and claim, held in memory (loaded at start, kept as corrections are made) so that the
 * writer corrects a batch as it prepares it, without a query: a report without corrections costs one map lookup.
 * In the writer's transaction it keeps the readings as received of the corrected claims and sets each correction's
 * state: active while the report's latest reading has its claim, orphaned otherwise, never dropped.
 */
@ApplicationScoped
public class CorrectionBook {
    private static final String KEEP_ORIGINALS = "INSERT INTO claim_original (claim_id, report_id, body) "
            + "SELECT u.id, $1, u.body::jsonb FROM unnest($2::text[], $3::text[]) AS u(id, body) "
            + "ON CONFLICT (claim_id) DO UPDATE SET report_id = EXCLUDED.report_id, body = EXCLUDED.body";
    private static final String FOLLOW = "UPDATE claim_correction SET state = CASE WHEN claim_id = ANY($2) THEN 'ACTIVE' "
            + "ELSE 'ORPHANED' END WHERE report_id = $1 AND state <> CASE WHEN claim_id = ANY($2) THEN 'ACTIVE' ELSE 'ORPHANED' END";

    private final Map<String, Map<String, List<Correction>>> byReport = new ConcurrentHashMap<>();
    private final CorrectionStore store;

    public CorrectionBook(CorrectionStore store) {
        this.store = store;
    }

    void load(@Observes StartupEvent start) {
        store.all().await().indefinitely().forEach(this::add);
    }

    public void add(Correction correction) {
        byReport.computeIfAbsent(correction.reportId(), r -> new ConcurrentHashMap<>())
                .compute(correction.claimId(), (id, list) -> {
                    List<Correction> more = list == null ? new ArrayList<>() : new ArrayList<>(list);
                    more.add(correction);
                    return List.copyOf(more);
                });
    }

    /** No correction was ever made: readers need not look for corrected answers. */
    public boolean isEmpty() {
        return byReport.isEmpty();
    }

    public CorrectedBatch correct(ClaimBatch batch) {
        Map<String, List<Correction>> corrections = byReport.get(batch.report().id());
        if (corrections == null) {
            return CorrectedBatch.unchanged(batch);
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
        return new CorrectedBatch(new ClaimBatch(batch.batchId(), batch.report(), claims), Set.copyOf(alone), originals, true);
    }

    /** In the writer's transaction: the readings as received of the corrected claims, and the corrections' states. */
    public Uni<Void> record(SqlConnection conn, CorrectedBatch written) {
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
