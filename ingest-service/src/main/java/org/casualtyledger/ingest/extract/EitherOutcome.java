package org.casualtyledger.ingest.extract;

import java.util.List;

/**
 * "killed or wounded 25 people", "more than 40 were either killed or injured": a figure of casualties of either
 * kind tells no killed and no wounded count, so it makes no claim.
 */
final class EitherOutcome {

    private EitherOutcome() {
    }

    static boolean joins(List<Token> tokens, OutcomeMatch outcome, Lexicon lexicon) {
        if (outcome.from() < 0) {
            return false;
        }
        int after = outcome.to();
        if (after + 1 < tokens.size() && tokens.get(after).is("or")) {
            PhraseTable.Match<OutcomeTerm> other = lexicon.outcomes.longestAt(tokens, after + 1, Math.min(tokens.size(), after + 5));
            if (other != null && other.value().outcome() != outcome.outcome()) {
                return true;
            }
        }
        int before = outcome.from() - 1;
        if (before - 1 >= 0 && tokens.get(before).is("or")) {
            PhraseTable.Match<OutcomeTerm> other = lexicon.outcomes.longestEndingAt(tokens, before, Math.max(0, before - 4));
            return other != null && other.value().outcome() != outcome.outcome();
        }
        return false;
    }
}
