package org.casualtyledger.tally.ledger;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.casualtyledger.claim.ChangeResult;
import org.casualtyledger.claim.ClaimBatch;
import org.casualtyledger.claim.LedgerChange;
import org.casualtyledger.problem.ProblemException;
import org.jboss.logging.Logger;

/**
 * Applies a delivery of many changes: each report's changes one after the other, in the order listed, and the
 * reports side by side, so that their batches share the writer's group commits. A change that is refused (4xx) is
 * skipped and the report's next change applied; a change that could not be applied now (5xx) holds back the rest
 * of its report, which would otherwise overtake it. No change's outcome depends on another report's.
 */
@ApplicationScoped
public class ChangeSequencer {
    private static final Logger LOG = Logger.getLogger(ChangeSequencer.class);

    private final LedgerWriter writer;

    public ChangeSequencer(LedgerWriter writer) {
        this.writer = writer;
    }

    public Uni<List<ChangeResult>> apply(List<LedgerChange> changes) {
        ChangeResult[] results = new ChangeResult[changes.size()];
        Map<String, List<Integer>> byReport = new LinkedHashMap<>();
        for (int i = 0; i < changes.size(); i++) {
            LedgerChange change = changes.get(i);
            ProblemException invalid = ChangeValidator.problem(change);
            if (invalid == null) {
                byReport.computeIfAbsent(change.reportId(), k -> new ArrayList<>()).add(i);
            } else {
                results[i] = refusal(change, invalid);
            }
        }
        // Every report's first batch is queued at once, so that they start in the same group.
        List<ClaimBatch> firstBatches = new ArrayList<>();
        for (List<Integer> own : byReport.values()) {
            LedgerChange first = changes.get(own.get(0));
            if (first.kind() == LedgerChange.Kind.UPSERT) {
                firstBatches.add(first.batch());
            }
        }
        List<Uni<BatchResult>> started = writer.applyAll(firstBatches);
        List<Uni<Void>> reports = new ArrayList<>();
        int next = 0;
        for (List<Integer> own : byReport.values()) {
            Uni<BatchResult> firstUpsert = changes.get(own.get(0)).kind() == LedgerChange.Kind.UPSERT ? started.get(next++) : null;
            reports.add(applyInOrder(changes, own, 0, firstUpsert, results));
        }
        if (reports.isEmpty()) {
            return Uni.createFrom().item(Arrays.asList(results));
        }
        return Uni.join().all(reports).andCollectFailures().map(ignored -> Arrays.asList(results));
    }

    private Uni<Void> applyInOrder(List<LedgerChange> changes, List<Integer> own, int k, Uni<BatchResult> alreadyStarted,
                                   ChangeResult[] results) {
        if (k == own.size()) {
            return Uni.createFrom().voidItem();
        }
        int index = own.get(k);
        LedgerChange change = changes.get(index);
        return applyOne(change, alreadyStarted).chain(result -> {
            results[index] = result;
            if (result.applied() || result.refused()) {
                return applyInOrder(changes, own, k + 1, null, results);
            }
            for (int rest = k + 1; rest < own.size(); rest++) {
                LedgerChange held = changes.get(own.get(rest));
                results[own.get(rest)] = ChangeResult.failed(held.id(), held.reportId(), 503,
                        "not applied: change " + change.id() + " of the same report was not applied before it");
            }
            return Uni.createFrom().voidItem();
        });
    }

    private Uni<ChangeResult> applyOne(LedgerChange change, Uni<BatchResult> alreadyStarted) {
        Uni<ChangeResult> applied = change.kind() == LedgerChange.Kind.RETRACT
                ? writer.retract(change.reportId()).map(r -> ChangeResult.applied(change.id(), change.reportId(), 0, 0, r.removed()))
                : (alreadyStarted != null ? alreadyStarted : writer.apply(change.batch()))
                        .map(r -> ChangeResult.applied(change.id(), change.reportId(), r.inserted(), r.updated(), r.removed()));
        return applied.onFailure().recoverWithItem(e -> failure(change, e));
    }

    private static ChangeResult failure(LedgerChange change, Throwable error) {
        if (error instanceof ProblemException p && p.problem().status() < 500) {
            return refusal(change, p);
        }
        LOG.warnf("Change %d (%s of report %s) not applied: %s", change.id(), change.kind(), change.reportId(), error.toString());
        return ChangeResult.failed(change.id(), change.reportId(), 503, "not applied: " + error.getMessage());
    }

    private static ChangeResult refusal(LedgerChange change, ProblemException problem) {
        return ChangeResult.failed(change.id(), change.reportId(), problem.problem().status(), problem.problem().detail());
    }
}
