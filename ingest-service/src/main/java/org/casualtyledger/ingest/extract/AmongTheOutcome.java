package org.casualtyledger.ingest.extract;

import java.util.List;
import java.util.Set;
import org.casualtyledger.claim.Outcome;

/**
 * Rule "among-the-outcome": "Four nurses were among the dead", "two guards are among the wounded": people counted
 * among those an outcome names share that outcome; the outcome word stands as a noun after "among the", right after the copula ("who infiltrated
 * among the displaced" names no outcome of theirs).
 */
final class AmongTheOutcome {

    static final String NAME = "among-the-outcome";
    /** The dead a monitor counts as victims: "three children were among the victims". */
    private static final Set<String> KILLED_VICTIMS = WordList.of("killed-victims");

    private AmongTheOutcome() {
    }

    /** The outcome named at {@code at} after "among the" ("among the dead"), or null. */
    static OutcomeMatch at(List<Token> tokens, int at, int from, PhraseTable.Match<OutcomeTerm> term) {
        if (at - 3 < from || !tokens.get(at - 1).is("the") || !tokens.get(at - 2).is("among")
                || !VictimGroups.COPULAS.contains(tokens.get(at - 3).lower())) {
            return null;
        }
        if (term != null && term.value().canFollow()) {
            return new OutcomeMatch(term.value().outcome(), at - 2, term.to(), NAME);
        }
        if (term == null && KILLED_VICTIMS.contains(tokens.get(at).lower())) {
            return new OutcomeMatch(Outcome.KILLED, at - 2, at + 1, NAME);
        }
        return null;
    }
}
