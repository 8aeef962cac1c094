package org.casualtyledger.claim;

public enum ClaimFlag {
    /** The source expects the figure to change ("the toll is expected to rise"). */
    PROVISIONAL,
    /** The outcome is implied by the sentence, not stated by a verb or noun of its own. */
    IMPLIED_OUTCOME
}
