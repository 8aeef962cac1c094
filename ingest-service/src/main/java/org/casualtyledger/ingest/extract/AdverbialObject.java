package org.casualtyledger.ingest.extract;

import java.util.List;
import java.util.Set;

/**
 * Rule "adverbial-object": "the police detained on Sunday night 15 students", "the militia has abducted since the
 * start of the year 40 farmers": a phrase of time or place may stand between an active verb and the people it
 * counts; the verb is still the figure's outcome.
 */
final class AdverbialObject {

    static final String NAME = "adverbial-object";
    /** Words that open the phrase between verb and object: "on", "since", "during", "yesterday". */
    private static final Set<String> OPENERS = WordList.of("adverbial-openers");
    private static final Set<String> PASSIVE_AUXILIARIES = WordList.of("passive-auxiliaries");
    /** How long the phrase may be: "since the start of the offensive on the 5th of June 2019". */
    private static final int REACH = 14;

    private AdverbialObject() {
    }

    /** The active verb before the phrase that ends right before the figure at {@code at}; null if none. */
    static OutcomeMatch find(List<Token> tokens, int at, int floor, Lexicon lexicon) {
        for (int e = at - 1; e > Math.max(floor, at - 1 - REACH); e--) {
            Token t = tokens.get(e);
            if (!t.isWord() && !t.isNumber() || t.is("and") || t.is("or")) {
                return null;
            }
            if (!OPENERS.contains(t.lower())) {
                continue;
            }
            PhraseTable.Match<OutcomeTerm> m = lexicon.outcomes.longestEndingAt(tokens, e, floor);
            if (m != null && m.value().canPrecede() && !(m.from() > 0 && PASSIVE_AUXILIARIES.contains(tokens.get(m.from() - 1).lower()))
                    && !outcomeBetween(tokens, e, at, lexicon)) {
                return new OutcomeMatch(m.value().outcome(), m.from(), m.to(), NAME);
            }
        }
        return null;
    }

    private static boolean outcomeBetween(List<Token> tokens, int from, int to, Lexicon lexicon) {
        for (int i = from; i < to; i++) {
            if (lexicon.outcomes.longestAt(tokens, i, to) != null) {
                return true;
            }
        }
        return false;
    }
}
