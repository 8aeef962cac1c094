package org.casualtyledger.tally.ledger;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.casualtyledger.claim.ClaimBatch;
import org.casualtyledger.tally.corrections.CorrectedBatch;

/**
 * A claim batch waiting for its group commit, in its corrected reading (with the batch as received): its entries and claim rows, made ahead of the writing (not while the
 * group holds its locks), and the result that completes when it is written. A rewrite (a report's stored batch written
 * again with new corrections) is dropped when a newer batch of its report was written since it was read.
 */
record PendingBatch(ClaimBatch batch, CorrectedBatch corrected, List<LedgerEntry> entries, Map<String, List<Object>> rows,
                    boolean rewrite, CompletableFuture<BatchResult> result) {

    String reportId() {
        return batch.report().id();
    }
}
