package org.casualtyledger.ingest.extract;

import java.util.List;
import java.util.Set;

/**
 * Rule "parallel-number": "The number of villagers killed since the 20th of January rose to 289, and the number of
 * guards killed rose to 450", "... rose to 289. The number of guards who were killed rose to 450": a rising number
 * told right after a running total, with no period and no event of its own, is the same kind of count over the same
 * period ({@link ContinuedScope}, whose checks for its own day or event apply); "the number of people killed in the
 * explosion rose to 46" names its event and updates that incident's toll.
 */
final class ParallelNumber {

    static final String NAME = "parallel-number";
    private static final Set<String> RISES = WordList.of("rises");
    private static final Set<String> EVENTS = WordList.of("incident-nouns");
    /** How far before the figure its rising verb stands: "has thus risen to 450". */
    private static final int VERB_REACH = 4;
    /** How far before the rising verb "the number of" may stand. */
    private static final int SUBJECT_REACH = 16;

    private ParallelNumber() {
    }

    static boolean continues(Draft d, Draft before, List<Token> tokens) {
        int verb = -1;
        for (int i = d.quantity.from() - 1; i >= Math.max(d.sentence.from(), d.quantity.from() - VERB_REACH); i--) {
            if (RISES.contains(tokens.get(i).lower())) {
                verb = i;
                break;
            }
        }
        if (verb < 0) {
            return false;
        }
        for (int i = verb - 1; i > Math.max(d.sentence.from(), verb - SUBJECT_REACH); i--) {
            String w = tokens.get(i).lower();
            if (EVENTS.contains(w) || w.equals("since") || tokens.get(i).isNumber()) {
                return false;
            }
            if (w.equals("of") && tokens.get(i - 1).is("number")) {
                return true;
            }
        }
        return false;
    }
}
