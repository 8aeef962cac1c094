package org.casualtyledger.ingest.extract;

import java.util.List;
import java.util.Set;

/**
 * Rule "fronted-publication": "Yesterday, the monitor reported that 6 guards were killed at the crossing": a time word
 * of an earlier day put before the monitor's reporting verb dates its publication as "reported yesterday that" does.
 * Only the clause before the verb is read, and no figure may stand between the time word and the verb ("Yesterday,
 * 4 soldiers were killed, the monitor reported" tells yesterday's deaths, not an earlier publication); the time word
 * opens its clause or stands right before the verb ("the monitor previously reported"); "earlier today" is this day's
 * telling.
 */
final class FrontedPublication {

    static final String NAME = "fronted-publication";
    private static final Set<String> BEFORE = WordList.of("before");
    /** What may stand right before the time word when it opens its clause: "Yesterday, ...", "– Yesterday, ...". */
    private static final Set<String> OPENERS = Set.of(",", ":", ";", "–", "-", "and");
    /** How far before the reporting verb the time word may stand: "Yesterday evening, the Syrian Observatory published". */
    private static final int REACH = 8;

    private FrontedPublication() {
    }

    /** True when an earlier day's time word opens the clause of the reporting verb at {@code verb}. */
    static boolean before(List<Token> tokens, int verb, Sentence s) {
        for (int k = verb - 1; k >= Math.max(s.from(), verb - REACH); k--) {
            Token t = tokens.get(k);
            if (t.isNumber() || t.is(";")) {
                return false;
            }
            if (BEFORE.contains(t.lower()) && !PublishedBefore.today(tokens, k, s)) {
                return k == verb - 1 || k == s.from() || OPENERS.contains(tokens.get(k - 1).lower());
            }
        }
        return false;
    }
}
