package org.casualtyledger.ingest.extract;

import java.util.List;

/**
 * Rule "conjunct-after-parenthesis": "the raid killed 6 villagers (2 of them boys) and 3 guards": the closing
 * parenthesis ends the part told of the first figure, and the figure after ") and" shares that figure's verb, beside
 * it; each closing parenthesis of a nested part ("(including 4 boys (2 of them infants))") climbs one level of parts.
 */
final class ClosedParenthesis {

    static final String NAME = "conjunct-after-parenthesis";

    private ClosedParenthesis() {
    }

    /**
     * How many parentheses the gap [from, to) closes before the "and" that ends it (an optional comma between), or 0
     * when the gap is not that.
     */
    static int closed(List<Token> tokens, int from, int to) {
        if (to - from < 2 || !tokens.get(to - 1).is("and")) {
            return 0;
        }
        int end = tokens.get(to - 2).is(",") ? to - 2 : to - 1;
        for (int i = from; i < end; i++) {
            if (!tokens.get(i).is(")")) {
                return 0;
            }
        }
        return end - from;
    }

    /** The figure that the part {@code part} belongs to, {@code levels} levels up, or null past the top. */
    static Draft owner(Draft part, int levels) {
        Draft owner = part;
        for (int i = 0; i < levels && owner != null; i++) {
            owner = owner.parent;
        }
        return owner;
    }
}
