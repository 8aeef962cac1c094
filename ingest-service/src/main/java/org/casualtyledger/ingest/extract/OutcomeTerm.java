package org.casualtyledger.ingest.extract;

import org.casualtyledger.claim.Outcome;

/** An outcome word or phrase of the lexicon and the grammatical role it plays (see outcomes.tsv). */
record OutcomeTerm(Outcome outcome, Role role) {

    enum Role { VERB, ACTIVE, STATE, NOUN, HEAD }

    boolean canPrecede() {
        return role == Role.VERB || role == Role.ACTIVE;
    }

    boolean canFollow() {
        return role == Role.VERB || role == Role.STATE;
    }
}
