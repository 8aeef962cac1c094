package org.casualtyledger.tally.corrections;

import java.util.List;
import java.util.Set;
import org.casualtyledger.claim.Claim;
import org.casualtyledger.claim.ClaimBatch;

/**
 * A report's batch as the ledger writes it: its claims in their corrected reading (claims rejected as no casualty
 * figure left out), the claims split off their events ({@code alone}), and the readings as received of the corrected
 * claims it holds ({@code originals}). {@code corrected} says whether the report has corrections at all, even
 * orphaned ones, so that their state follows the batch. {@code knownUpTo} is the last correction the reading knew
 * of, {@code received} the batch as it came.
 */
public record CorrectedBatch(ClaimBatch batch, Set<String> alone, List<Claim> originals, boolean corrected, long knownUpTo,
                             ClaimBatch received) {

    public static CorrectedBatch unchanged(ClaimBatch batch, long knownUpTo) {
        return new CorrectedBatch(batch, Set.of(), List.of(), false, knownUpTo, batch);
    }

    public String reportId() {
        return batch.report().id();
    }

    /** The claims with corrections: those the batch holds are filed in their corrected reading. */
    public Set<String> originalIds() {
        Set<String> ids = new java.util.HashSet<>();
        originals.forEach(c -> ids.add(c.id()));
        return ids;
    }

    /** Every claim id of the batch as received, the rejected ones too: the corrections of the others are orphaned. */
    public String[] receivedIds() {
        java.util.Set<String> ids = new java.util.TreeSet<>();
        batch.claims().forEach(c -> ids.add(c.id()));
        originals.forEach(c -> ids.add(c.id()));
        return ids.toArray(String[]::new);
    }
}
