package org.casualtyledger.ingest.extract;

import java.util.List;
import java.util.Set;

/**
 * Rule "rising-number-since": "the number of civilians killed by the shelling since Friday rose to 48", "the number
 * of people executed since the group took the town on Wednesday has risen to 217": a number of people counted since a
 * start and told as rising gathers the incidents of every day since then, so it is a running total, whatever the
 * start (a weekday, an event), although "since Friday" alone ("killed five civilians since Friday") may tell one
 * incident's days. Counted since a time of the same day ("since dawn", "since yesterday") it is that day's toll.
 */
final class RisingNumberSince {

    static final String NAME = "rising-number-since";
    private static final Set<String> RISES = WordList.of("rises");
    private static final Set<String> SAME_DAY = WordList.of("same-day-starts");
    /** How far before the figure its rising verb stands: "has thus risen to 48". */
    private static final int VERB_REACH = 4;

    private RisingNumberSince() {
    }

    /** The clause [from, figure) opens "the number of", then "since" a start, then a rising verb right before the figure. */
    static boolean holds(List<Token> tokens, int from, int figure) {
        if (!risesBefore(tokens, Math.max(from, figure - VERB_REACH), figure)) {
            return false;
        }
        boolean number = false;
        for (int i = from; i + 1 < figure; i++) {
            Token t = tokens.get(i);
            if (!number && t.is("number") && tokens.get(i + 1).is("of")) {
                number = true;
            } else if (number && t.is("since")) {
                return !SinceTimeOfDay.after(tokens, i + 1, figure) && !SAME_DAY.contains(tokens.get(i + 1).lower());
            }
        }
        return false;
    }

    private static boolean risesBefore(List<Token> tokens, int from, int figure) {
        for (int i = from; i < figure; i++) {
            if (RISES.contains(tokens.get(i).lower())) {
                return true;
            }
        }
        return false;
    }
}
