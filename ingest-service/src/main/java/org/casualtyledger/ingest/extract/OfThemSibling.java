package org.casualtyledger.ingest.extract;

import java.util.List;

/**
 * Rule "of-them-sibling": "the raid killed 30 villagers, 12 of them children and 9 of them women": a part told "of
 * them" right after another part told "of them" counts the same people, so it is that part's sibling, not a part of
 * it. "among them 30 civilians, 10 of them children" still nests: the part before it is not told "of them".
 */
final class OfThemSibling {

    static final String NAME = "of-them-sibling";

    private OfThemSibling() {
    }

    /** True when part {@code d} and the part {@code previous} before it are both told "of them" or "of whom" ({@link OfThemOpener}). */
    static boolean of(Draft d, Draft previous, List<Token> tokens) {
        return previous.parent != null && ofThem(d, tokens) && ofThem(previous, tokens);
    }

    private static boolean ofThem(Draft d, List<Token> tokens) {
        int pronoun = d.quantity.to() + 1;
        return d.phrase.partitive() && pronoun < d.sentence.to() && OfThemOpener.at(tokens, pronoun);
    }
}
