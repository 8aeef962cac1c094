package org.casualtyledger.ingest.extract;

import java.util.List;

/**
 * Rule "accompanying-figure": "Five soldiers were killed, along with two civilians", "the clashes killed 7 fighters
 * as well as 3 civilians", "nine guards were wounded, as were two drivers" (the verb left out after "as"): a figure
 * joined to an earlier figure of its sentence by a word of accompaniment ({@code en/accompanying.txt}) in the same
 * clause shares that figure's outcome and is a claim with its own group, not a part of it. A figure past a clause
 * boundary ("detained two suspects while targeting a leader as well as ...") accompanies nothing.
 */
final class AccompanyingFigure {

    static final String NAME = "accompanying-figure";
    /** The longest joining phrase, plus a comma before it. */
    private static final int REACH = 4;
    private static final int MAX_NESTING = 8;

    private AccompanyingFigure() {
    }

    /** The figure of the sentence that the figure at {@code at} accompanies, or null. */
    static Draft joinedTo(List<Token> tokens, int at, int clauseFrom, List<Draft> inSentence, PhraseTable<Boolean> joiners) {
        if (inSentence.isEmpty()) {
            return null;
        }
        Draft previous = inSentence.get(inSentence.size() - 1);
        for (int steps = 0; previous.parent != null && steps < MAX_NESTING; steps++) {
            previous = previous.parent;
        }
        if (previous.outcome == null || previous.quantity.from() < clauseFrom || previous.quantity.to() > at) {
            return null;
        }
        for (int from = Math.max(clauseFrom, at - REACH); from < at; from++) {
            PhraseTable.Match<Boolean> m = joiners.longestAt(tokens, from, at);
            if (m != null && m.to() == at) {
                return previous;
            }
        }
        return null;
    }
}
