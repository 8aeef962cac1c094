package org.casualtyledger.ingest.extract;

import java.util.List;
import java.util.Set;
import org.casualtyledger.claim.Outcome;

/**
 * Rule "raised-losses": "Gunmen shot dead two guards on Friday, bringing their losses since the spring to 31": a toll
 * that the raising verb names by the losses of the people counted ("their losses", "the army's losses", "the human
 * toll of the guard") counts the dead; the figure after "to" is that toll. Read by {@link RaisedNumber} for the
 * subject after its verb.
 */
final class RaisedLosses {

    static final String NAME = "raised-losses";
    /** "the", "their", "its": what opens the subject. */
    private static final Set<String> DETERMINERS = WordList.of("loss-determiners");
    /** "losses", "toll", "tally": nouns that name a toll of the dead. */
    private static final Set<String> TOLLS = WordList.of("raised-tolls");
    /** How many words may stand between the determiner and the noun: "the regime's human losses". */
    private static final int MODIFIERS = 3;

    private RaisedLosses() {
    }

    /** The toll told from the determiner at {@code from}: "their losses ... to N"; null if none. */
    static OutcomeMatch subject(List<Token> tokens, int from, int to) {
        if (from + 1 >= to || !DETERMINERS.contains(tokens.get(from).lower())) {
            return null;
        }
        for (int head = from + 1; head < Math.min(to, from + 2 + MODIFIERS); head++) {
            Token t = tokens.get(head);
            if (TOLLS.contains(t.lower())) {
                return new OutcomeMatch(Outcome.KILLED, head, head + 1, NAME);
            }
            if (!t.isWord() && !t.is("'s") || t.is("number")) {
                return null;
            }
        }
        return null;
    }

    /** "the death toll", "the losses": a noun that names a toll of the dead. */
    static boolean losses(Token t) {
        return TOLLS.contains(t.lower());
    }
}
