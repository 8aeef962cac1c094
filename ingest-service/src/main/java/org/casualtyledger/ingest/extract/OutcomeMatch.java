package org.casualtyledger.ingest.extract;

import org.casualtyledger.claim.Outcome;

/** An outcome found for a figure, the tokens [from, to) that state it, and the rule that found it. */
record OutcomeMatch(Outcome outcome, int from, int to, String rule) {
}
