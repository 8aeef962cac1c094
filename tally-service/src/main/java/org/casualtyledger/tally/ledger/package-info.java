/**
 * Writing the ledger: claim batches (a report's full set of claims; a new revision replaces the previous one's) and
 * retractions, each in one transaction with everything derived from them. {@link org.casualtyledger.tally.ledger.LedgerWriter}
 * drives a write, {@link org.casualtyledger.tally.ledger.GroupCommit} gathers batches into group commits,
 * {@link org.casualtyledger.tally.ledger.ClaimDiff} finds what a batch changes, {@link org.casualtyledger.tally.ledger.ClaimRows}
 * writes the claim rows, and {@link org.casualtyledger.tally.ledger.Derivations} brings events, series and rollups in step
 * (incrementally, or all at once in a rebuild).
 */
package org.casualtyledger.tally.ledger;
