package org.casualtyledger.ingest.extract;

import java.util.List;
import org.casualtyledger.claim.Groups;

/**
 * Rule "another-opening-others": "Four guards died in the raid. Another was shot dead and two others were wounded at
 * the gate.": a sentence that opens on "another" goes on telling the people the figure before it counted; "another"
 * and the figures after it that name nobody ("two", "two others") are of that figure's group.
 */
final class AnotherOpeningOthers {

    static final String NAME = "another-opening-others";

    private AnotherOpeningOthers() {
    }

    /** Gives "another" opening the sentence, and the figures after it naming nobody, the group of the last total. */
    static void apply(Sentence s, List<Token> tokens, List<Draft> inSentence, List<Draft> earlier) {
        if (earlier.isEmpty() || !tokens.get(s.from()).is("another")) {
            return;
        }
        Draft last = AnotherOpening.lastTotal(earlier);
        if (Groups.PEOPLE.equals(last.group)) {
            return;
        }
        for (Draft d : inSentence) {
            if (d.parent == null && d.restates == null && Groups.PEOPLE.equals(d.group) && namesNobody(d)) {
                d.group = last.group;
                d.rule = NAME + "-" + d.rule;
            }
        }
    }

    /** "Another", "two", "two others": no noun of people and no party of the figure's own. */
    private static boolean namesNobody(Draft d) {
        NounPhrase np = d.phrase;
        return np.group() == null && (np.person() == null || np.person().group() == null);
    }
}
