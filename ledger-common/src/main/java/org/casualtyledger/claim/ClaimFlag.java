package org.casualtyledger.claim;

public enum ClaimFlag {
    /** The source expects the figure to change ("the toll is expected to rise"). */
    PROVISIONAL,
    /** The outcome is implied by the sentence, not stated by a verb or noun of its own. */
    IMPLIED_OUTCOME,
    /**
     * The report says the figure was published before ("SOHR published yesterday that ...") and does not tell it
     * again: kept as evidence, but no new count, so tallies leave it out as they leave out a restatement.
     */
    PUBLISHED_BEFORE
}
