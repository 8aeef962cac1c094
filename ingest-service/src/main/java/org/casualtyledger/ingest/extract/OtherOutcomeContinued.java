package org.casualtyledger.ingest.extract;

import java.util.List;
import java.util.Set;

/**
 * Rule "other-outcome-scope": "it rose to 71 the number of people killed since the outbreak of the fighting. In
 * addition, more than 100 people were injured", "..., and the number of injured has reached 120", "Another 120
 * civilians were injured": the wounded, captured or displaced told right after a running total of another outcome,
 * joined to it by "and" in its sentence or marked as added in the next one, are counted over the same frame, so they
 * take the total's scope and period ({@link ContinuedScope}, whose checks for their own day or event apply). A figure of
 * the same outcome marked as added is a new toll, which the restatement rules read.
 */
final class OtherOutcomeContinued {

    static final String NAME = "other-outcome-scope";
    private static final Set<String> ADDING = WordList.of("continuing-cues");
    /** How far into its sentence the cue may stand before the figure: "The clashes also left 60 injured". */
    private static final int CUE_REACH = 12;

    private OtherOutcomeContinued() {
    }

    static boolean continues(Draft d, Draft before, List<Token> tokens) {
        if (Restatements.toll(d.outcome) == Restatements.toll(before.outcome) || d.value() < 2) {
            return false;
        }
        if (before.sentence == d.sentence) {
            return joinedByAnd(before, d, tokens) && ownNumberOf(before, d, tokens);
        }
        for (int i = Math.max(d.sentence.from(), d.quantity.from() - CUE_REACH); i < d.quantity.from(); i++) {
            String w = tokens.get(i).lower();
            if (ADDING.contains(w) || w.equals("addition") && i > d.sentence.from() && tokens.get(i - 1).is("in")) {
                return true;
            }
        }
        return false;
    }

    private static boolean joinedByAnd(Draft before, Draft d, List<Token> tokens) {
        for (int i = before.quantity.to(); i < d.quantity.from(); i++) {
            if (tokens.get(i).is("and")) {
                return true;
            }
        }
        return false;
    }

    /** "..., and the number of injured has reached 120": the figure is told as a number of its own, like the total. */
    private static boolean ownNumberOf(Draft before, Draft d, List<Token> tokens) {
        for (int i = before.quantity.to(); i + 1 < d.quantity.from(); i++) {
            if (tokens.get(i).is("number") && tokens.get(i + 1).is("of")) {
                return true;
            }
        }
        return false;
    }
}
