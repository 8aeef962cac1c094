package org.casualtyledger.ingest.extract;

import java.util.List;
import java.util.Set;
import org.casualtyledger.claim.Outcome;

/**
 * Rule "raised-losses": "two guards died in the raid, bringing their losses since the spring to 41": the losses a
 * side has suffered are its dead, and the figure that the raising verb brings them to is a toll of them, of the side
 * that "their" (or a party's possessive) names.
 */
final class RaisedLosses {

    static final String NAME = "raised-losses";
    private static final Set<String> RAISING_VERBS = WordList.of("raising-verbs");
    /** "their losses", "its losses", "the regime's losses": the words that may own the losses. */
    private static final Set<String> OWNERS = WordList.of("loss-owners");
    /** How far back from "to N" the losses may stand: they may carry their place and period. */
    private static final int REACH = 24;
    /** "the regime forces' losses": the owner's name between the determiner and "losses". */
    private static final int OWNER_REACH = 4;

    private RaisedLosses() {
    }

    /** The outcome of the figure at {@code at}, told as "bringing their losses ... to N"; null if none. */
    static OutcomeMatch find(List<Token> tokens, int at, int floor) {
        if (at - 1 <= floor || !tokens.get(at - 1).is("to")) {
            return null;
        }
        for (int k = at - 2; k > Math.max(floor, at - 2 - REACH); k--) {
            Token t = tokens.get(k);
            if (t.is(";") || t.is(".")) {
                return null;
            }
            if (t.is("losses") && ownedAfterRaising(tokens, k, floor)) {
                return new OutcomeMatch(Outcome.KILLED, k, k + 1, NAME);
            }
        }
        return null;
    }

    private static boolean ownedAfterRaising(List<Token> tokens, int losses, int floor) {
        for (int k = losses - 1; k > Math.max(floor, losses - 1 - OWNER_REACH); k--) {
            if (OWNERS.contains(tokens.get(k).lower())) {
                return RAISING_VERBS.contains(tokens.get(k - 1).lower());
            }
        }
        return false;
    }
}
