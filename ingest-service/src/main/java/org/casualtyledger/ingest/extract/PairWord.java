package org.casualtyledger.ingest.extract;

import java.util.List;
import java.util.Set;
import org.casualtyledger.claim.CountRange;

/**
 * Rule "pair-word": "Both guards were wounded by the blast": "both" before a noun counts two people, exactly as "two"
 * would. "Both the army and the rebels", "both of them" and "both sides" count no one of their own.
 */
final class PairWord {

    static final String NAME = "pair-word";
    private static final Set<String> PAIRS = WordList.of("pair-words");
    private static final Set<String> STOPS = WordList.of("pair-word-stops");

    private PairWord() {
    }

    /** The figure two that the pair word at {@code i} opens, or null. */
    static Quantity at(List<Token> tokens, int i, int to) {
        if (i + 1 >= to || !PAIRS.contains(tokens.get(i).lower())) {
            return null;
        }
        Token next = tokens.get(i + 1);
        if (!next.isWord() || next.isNumber() || STOPS.contains(next.lower())) {
            return null;
        }
        return new Quantity(i, i, i + 1, CountRange.exact(2), false, NAME);
    }
}
