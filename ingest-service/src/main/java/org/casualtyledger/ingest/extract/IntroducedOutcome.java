package org.casualtyledger.ingest.extract;

import java.util.List;
import org.casualtyledger.claim.Outcome;

/**
 * Rule "introduced-outcome": "During May 2024, the deaths were distributed as follows: / • 40 villagers / • 20
 * guards", "Since the start of the year, the monitor documented the death of: / • 40 villagers": a list introduced by
 * a sentence that tells no figure but names what befell the people ("the deaths", "the death of", "the toll") counts
 * each line's people with that outcome, as a figure of its own (a running total when the introduction names a period,
 * {@link IntroducedPeriod}).
 */
final class IntroducedOutcome {

    static final String NAME = "introduced-outcome";

    private IntroducedOutcome() {
    }

    /** The one outcome the introduction names, or null when it names none or several. */
    static Outcome of(Sentence intro, List<Token> tokens, Lexicon lexicon) {
        if (intro == null) {
            return null;
        }
        Outcome named = null;
        for (PhraseTable.Match<OutcomeTerm> m : lexicon.outcomes.findAll(tokens, intro.from(), intro.to())) {
            Outcome o = Restatements.toll(m.value().outcome());
            if (named != null && named != o) {
                return null;
            }
            named = o;
        }
        return named;
    }
}
