package org.casualtyledger.ingest.extract;

import java.util.List;

/**
 * Rule "counted-participle": "nine soldiers died, besides a guard and dozens of wounded": a participle after "of" and
 * an amount ("dozens of wounded", "40 of the injured") names the people that amount counts; it is no passive verb of
 * a figure told before the amount.
 */
final class CountedParticiple {

    static final String NAME = "counted-participle";

    private CountedParticiple() {
    }

    /** The participle at {@code k} is the noun of an amount told after {@code from}: "scores of injured". */
    static boolean ofAnotherAmount(List<Token> tokens, int k, int from, Lexicon lexicon) {
        int of = tokens.get(k - 1).is("the") ? k - 2 : k - 1;
        if (of - 1 < from || !tokens.get(of).is("of")) {
            return false;
        }
        Token amount = tokens.get(of - 1);
        return amount.isNumber() || lexicon.vagueAmounts.longestEndingAt(tokens, of, from) != null;
    }
}
