package org.casualtyledger.ingest.extract;

/**
 * Rule "own-verb-after": "A guard was shot dead and four were wounded at the gate": a figure right after a verb that
 * has a verb of its own after it starts a clause of its own; it is no object of the verb before it, which keeps its
 * own one victim.
 */
final class OwnVerbAfter {

    static final String NAME = "own-verb-after";

    private OwnVerbAfter() {
    }

    /** The figure comes after the verb {@code m} and its outcome was read from a verb after that one. */
    static boolean clauseOfItsOwn(Draft figure, PhraseTable.Match<OutcomeTerm> m) {
        return figure.quantity.from() >= m.to() && figure.outcomeFrom >= m.to();
    }
}
