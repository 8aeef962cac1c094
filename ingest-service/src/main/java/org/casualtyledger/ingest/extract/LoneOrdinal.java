package org.casualtyledger.ingest.extract;

import java.util.List;
import java.util.Set;

/**
 * Rule "lone-ordinal": "Two guards were killed and a third was wounded", "killed two men and abducted a third",
 * "killing two of them and injuring the third":
 * "a third" standing alone, as subject or object, is one more of the people counted before it, of their group, as
 * "another" is ({@link OneVictim}'s "another-of-them").
 */
final class LoneOrdinal {

    static final String NAME = "lone-ordinal";
    private static final Set<String> ORDINALS = WordList.of("ordinals");

    private LoneOrdinal() {
    }

    /**
     * True when the token at {@code at} is an ordinal after "a" or "the", with no noun of its own ("a third was
     * wounded", "killing two of them and injuring the third": the one left of the people counted).
     */
    static boolean at(List<Token> tokens, int at, int sentenceFrom) {
        return at - 1 >= sentenceFrom && (tokens.get(at - 1).is("a") || tokens.get(at - 1).is("the"))
                && ORDINALS.contains(tokens.get(at).lower());
    }
}
